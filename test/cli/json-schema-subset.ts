/**
 * A validator for the part of JSON Schema 2020-12 that docs/*.schema.json use: type (one or a
 * list), enum, properties, required, additionalProperties: false, items, minLength, minimum,
 * pattern and local $ref ("#/$defs/…"). Keywords it does not know fail loudly, so a schema
 * cannot silently outgrow it.
 */
export type Schema = Record<string, unknown>;

const KNOWN_KEYWORDS = new Set([
  '$schema', '$id', '$defs', '$ref', 'title', 'description', 'type', 'enum', 'properties', 'required',
  'additionalProperties', 'items', 'minLength', 'minimum', 'pattern',
]);

export function validate(value: unknown, schema: Schema, root: Schema = schema, path = '$'): string[] {
  for (const keyword of Object.keys(schema)) {
    if (!KNOWN_KEYWORDS.has(keyword)) throw new Error(`The schema validator does not know "${keyword}" (at ${path}).`);
  }
  if (typeof schema.$ref === 'string') return validate(value, resolve(schema.$ref, root), root, path);
  const errors: string[] = [];
  if (schema.type !== undefined && !matchesType(value, schema.type as string | string[])) {
    return [`${path}: expected ${JSON.stringify(schema.type)}, got ${value === null ? 'null' : typeof value}`];
  }
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) errors.push(`${path}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
  if (typeof value === 'string') {
    if (typeof schema.minLength === 'number' && value.length < schema.minLength) errors.push(`${path}: shorter than ${schema.minLength}`);
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) errors.push(`${path}: ${JSON.stringify(value)} does not match ${schema.pattern}`);
  }
  if (typeof value === 'number' && typeof schema.minimum === 'number' && value < schema.minimum) errors.push(`${path}: below ${schema.minimum}`);
  if (Array.isArray(value) && schema.items) {
    value.forEach((item, index) => errors.push(...validate(item, schema.items as Schema, root, `${path}[${index}]`)));
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) errors.push(...validateObject(value as Record<string, unknown>, schema, root, path));
  return errors;
}

function validateObject(value: Record<string, unknown>, schema: Schema, root: Schema, path: string): string[] {
  const errors: string[] = [];
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  for (const name of (schema.required ?? []) as string[]) {
    if (!(name in value)) errors.push(`${path}: missing "${name}"`);
  }
  for (const [name, item] of Object.entries(value)) {
    const property = properties[name];
    if (property) errors.push(...validate(item, property, root, `${path}.${name}`));
    else if (schema.additionalProperties === false) errors.push(`${path}: unexpected "${name}"`);
  }
  return errors;
}

function matchesType(value: unknown, type: string | string[]): boolean {
  const types = Array.isArray(type) ? type : [type];
  return types.some((name) => {
    if (name === 'null') return value === null;
    if (name === 'array') return Array.isArray(value);
    if (name === 'object') return value !== null && typeof value === 'object' && !Array.isArray(value);
    if (name === 'integer') return Number.isInteger(value);
    return typeof value === name;
  });
}

function resolve(ref: string, root: Schema): Schema {
  if (!ref.startsWith('#/')) throw new Error(`Only local $ref is supported, not ${ref}.`);
  let node: unknown = root;
  for (const part of ref.slice(2).split('/')) node = (node as Record<string, unknown>)[part];
  if (!node || typeof node !== 'object') throw new Error(`Cannot resolve ${ref}.`);
  return node as Schema;
}
