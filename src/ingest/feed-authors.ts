import { feedText, field, list, plainLine } from './feed-values.js';

const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/;

/**
 * Author names from an item: RSS `<author>` ("me@example.com (Example editor)"), Dublin Core
 * creators (an array in feedsmith), Atom persons `{name, email}`. Names, not addresses: an
 * address is kept only when no name is written.
 */
export function feedAuthors(item: unknown): string[] {
  const names: string[] = [];
  const add = (name: string | null): void => {
    if (name && !names.includes(name)) names.push(name);
  };
  for (const person of list(field(item, 'authors'))) add(personName(person));
  for (const creator of list(field(field(item, 'dc'), 'creators'))) add(personName(creator));
  for (const creator of list(field(field(item, 'dc'), 'creator'))) add(personName(creator));
  return names;
}

function personName(person: unknown): string | null {
  if (typeof person === 'string') return nameFromText(person);
  const name = plainLine(feedText(field(person, 'name')));
  if (name) return nameFromText(name);
  const email = field(person, 'email');
  return typeof email === 'string' && email.trim().length > 0 ? email.trim() : null;
}

/** "me@example.com (Example editor)" and "Example editor (me@example.com)" → "Example editor". */
export function nameFromText(text: string): string | null {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length === 0) return null;
  const parenthesized = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(line);
  if (parenthesized) {
    const [, outside = '', inside = ''] = parenthesized;
    if (EMAIL.test(outside) && inside.trim()) return inside.trim();
    if (EMAIL.test(inside) && outside.trim()) return outside.trim();
  }
  const withoutAddress = line.replace(/<[^>]*@[^>]*>/, '').trim();
  return withoutAddress.length > 0 ? withoutAddress : line;
}
