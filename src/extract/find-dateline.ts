/**
 * The dateline that opens an article body: a place in capitals, optionally an agency in
 * parentheses, then a dash ("MOSCOW —", "LONDON (AP) —", "WASHINGTON, D.C. —").
 * Returns it without the dash, as printed; it stays in the body.
 */
export function findDateline(text: string): string | null {
  const match = /^([A-Z][A-Z.'’\- ]{1,40}(?:,\s*[A-Z][A-Za-z.'’\- ]{1,30})?(?:\s*\([A-Za-z .&]{1,30}\))?)\s*[—–-]{1,2}\s/u.exec(
    text.trimStart(),
  );
  return match?.[1]?.trim() ?? null;
}
