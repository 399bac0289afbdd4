/**
 * A declared language as a canonical BCP 47 tag ("en_US" → "en-US", "EN" → "en", "pt-br" →
 * "pt-BR"), or null for what is no tag ("English", "x"). Readers take a caller's language only
 * through this, so the output always matches docs/article.schema.json.
 */
export function toLanguageTag(value: string): string | null {
  const candidate = value.trim().replace(/_/g, '-');
  if (!/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/iu.test(candidate)) return null;
  try {
    return Intl.getCanonicalLocales(candidate)[0] ?? null;
  } catch {
    return null;
  }
}
