/**
 * Every `<meta>` value of a page by lowercased key, in document order. The key is the tag's
 * `property`, `name`, `itemprop` or `http-equiv` (a tag may carry several, space-separated, as in
 * `property="og:title twitter:title"`). Values are trimmed; empty ones are left out.
 */
export type MetaTags = ReadonlyMap<string, readonly string[]>;

const KEY_ATTRIBUTES = ['property', 'name', 'itemprop', 'http-equiv'] as const;

export function readMetaTags(document: Document): MetaTags {
  const tags = new Map<string, string[]>();
  for (const element of Array.from(document.querySelectorAll('meta'))) {
    const value = (element.getAttribute('content') ?? element.getAttribute('value') ?? '').trim();
    if (value === '') continue;
    for (const attribute of KEY_ATTRIBUTES) {
      for (const key of (element.getAttribute(attribute) ?? '').toLowerCase().split(/\s+/)) {
        if (key === '') continue;
        const values = tags.get(key) ?? [];
        values.push(value);
        tags.set(key, values);
      }
    }
  }
  return tags;
}

/** The first value under any of the keys, trying the keys in the order given. */
export function firstMeta(tags: MetaTags, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = tags.get(key)?.[0];
    if (value !== undefined) return value;
  }
  return null;
}

/** Every value under any of the keys, in key order, without repeats. */
export function allMeta(tags: MetaTags, keys: readonly string[]): string[] {
  return [...new Set(keys.flatMap((key) => tags.get(key) ?? []))];
}
