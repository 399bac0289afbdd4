import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareArticles } from '../compare/compare-articles.js';
import { textArticle } from '../compare/text-article.js';
import { annotateArticle } from '../pipeline/default-pipeline.js';

type Schema = Record<string, unknown>;
const schema = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'comparison.schema.json'), 'utf8')) as Schema;

/** The subset of JSON Schema the document uses: type, const, enum, required, properties, items, $ref. */
function check(value: unknown, node: Schema, path: string, problems: string[]): void {
  if (typeof node.$ref === 'string') return check(value, (schema.$defs as Record<string, Schema>)[node.$ref.split('/').pop()!]!, path, problems);
  if ('const' in node && value !== node.const) problems.push(`${path} is not ${String(node.const)}`);
  if (Array.isArray(node.enum) && !node.enum.includes(value)) problems.push(`${path} = ${String(value)} is not one of ${node.enum.join(', ')}`);
  const types = node.type === undefined ? [] : Array.isArray(node.type) ? node.type as string[] : [node.type as string];
  const actual = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value === 'number' && Number.isInteger(value) ? 'integer' : typeof value;
  if (types.length > 0 && !types.includes(actual) && !(actual === 'integer' && types.includes('number'))) problems.push(`${path} is ${actual}, not ${types.join('|')}`);
  if (actual === 'object' && value !== null) {
    for (const key of (node.required as string[] | undefined) ?? []) if (!(key in (value as object))) problems.push(`${path}.${key} is missing`);
    for (const [key, child] of Object.entries((node.properties as Record<string, Schema> | undefined) ?? {})) {
      if (key in (value as object)) check((value as Record<string, unknown>)[key], child, `${path}.${key}`, problems);
    }
  }
  if (actual === 'array' && node.items) (value as unknown[]).forEach((item, index) => check(item, node.items as Schema, `${path}[${index}]`, problems));
}

test('the JSON comparison follows docs/comparison.schema.json', () => {
  const articles = [
    'Officials said “we will rebuild the bridge within two years,” the mayor told reporters on Monday. More than 80 people were hurt.',
    'The mayor said “we will rebuild the bridge within two years.” At least 80 people were hurt in the collapse on Monday.',
  ].map((text, index) => annotateArticle(textArticle(`a${index}`, text, { publishedAt: '2024-05-02' })));
  const problems: string[] = [];
  check(JSON.parse(JSON.stringify(compareArticles(articles))), schema, '$', problems);
  assert.deepEqual(problems, []);
});
