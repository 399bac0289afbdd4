export type JsonLdNode = Record<string, unknown>;

/** How deep nested objects are searched for typed nodes; real pages nest three or four levels. */
const MAX_DEPTH = 6;

/**
 * Every typed JSON-LD node of a page, in document order: top-level objects, arrays, `@graph`
 * members and nested objects (`mainEntity`, `itemListElement`…). Scripts that are not valid JSON
 * are repaired where the damage is common (comments, CDATA, trailing commas, raw line breaks in
 * strings) and skipped otherwise.
 */
export function readJsonLd(document: Document): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  for (const script of Array.from(document.querySelectorAll('script'))) {
    if (!/ld\+json/i.test(script.getAttribute('type') ?? '')) continue;
    const parsed = parseLenient(script.textContent ?? '');
    if (parsed !== undefined) collectNodes(parsed, nodes, 0);
  }
  return nodes;
}

function parseLenient(source: string): unknown {
  const text = source.trim();
  if (text === '') return undefined;
  const repaired = repairJson(text);
  for (const candidate of [text, repaired, ...withoutTrailingClosers(repaired)]) {
    try {
      return JSON.parse(candidate);
    } catch {
      // Try the next repair.
    }
  }
  return salvageFields(text);
}

function repairJson(text: string): string {
  return text
    .replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
    .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/, '')
    .replace(/[\u0000-\u001F]+/g, ' ')
    .replace(/,\s*([}\]])/g, '$1')
    .replace(/;\s*$/, '');
}

/** Hand-written templates often close one brace too many; drop up to this many from the end. */
const MAX_EXTRA_CLOSERS = 3;

function withoutTrailingClosers(text: string): string[] {
  const variants: string[] = [];
  let current = text;
  for (let count = 0; count < MAX_EXTRA_CLOSERS && /[}\]]\s*$/.test(current); count += 1) {
    current = current.replace(/[}\]]\s*$/, '');
    variants.push(current);
  }
  return variants;
}

/** Fields that matter, read one by one from a script no repair could parse. */
const SALVAGED_KEYS = ['datePublished', 'dateModified', 'dateCreated', 'headline'] as const;

function salvageFields(text: string): JsonLdNode | undefined {
  const node: JsonLdNode = { '@type': 'Article' };
  for (const key of SALVAGED_KEYS) {
    const match = new RegExp(`"${key}"\\s*:\\s*"([^"]{1,300})"`).exec(text);
    if (match) node[key] = match[1];
  }
  return Object.keys(node).length > 1 ? node : undefined;
}

function collectNodes(value: unknown, nodes: JsonLdNode[], depth: number): void {
  if (depth > MAX_DEPTH) return;
  if (Array.isArray(value)) {
    for (const item of value) collectNodes(item, nodes, depth + 1);
    return;
  }
  if (!isNode(value)) return;
  if (value['@type'] !== undefined) nodes.push(value);
  for (const [key, child] of Object.entries(value)) {
    if (key === '@context') continue;
    if (typeof child === 'object' && child !== null) collectNodes(child, nodes, depth + 1);
  }
}

export function isNode(value: unknown): value is JsonLdNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The node's types, without a schema.org prefix: "NewsArticle", "Person"… */
export function nodeTypes(node: JsonLdNode): string[] {
  const raw = node['@type'];
  const types = Array.isArray(raw) ? raw : [raw];
  return types.filter((type): type is string => typeof type === 'string').map((type) => type.replace(/^.*[/:]/, ''));
}

/** A property as a string: a plain string, the first of an array, or an object's `@value`/`name`. */
export function textProperty(node: JsonLdNode, key: string): string | null {
  const value = node[key];
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first === 'string') return first.trim() || null;
  if (typeof first === 'number') return String(first);
  if (isNode(first)) {
    const inner = first['@value'] ?? first['name'];
    if (typeof inner === 'string') return inner.trim() || null;
  }
  return null;
}
