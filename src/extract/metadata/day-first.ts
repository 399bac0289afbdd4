/**
 * Whether a page writes numeric dates day first (13/04/2017) or month first (4/13/2017). The
 * United States and the Philippines write the month first; the rest of the world, British,
 * Indian, Australian or Nigerian English included, the day. A page that declares plain "en"
 * is read by its host: a country domain of the day-first English-speaking world wins.
 */
export function isDayFirst(language: string | null, urls: ReadonlyArray<string | null>): boolean {
  if (language === null) return true;
  const lower = language.toLowerCase();
  if (lower === 'en-us' || lower === 'en-ph') return false;
  if (lower !== 'en') return true;
  return urls.some((url) => DAY_FIRST_ENGLISH_DOMAINS.has(countryDomain(url)));
}

/** Country domains of English-speaking countries that write the day first (not .ca: Canada mixes). */
const DAY_FIRST_ENGLISH_DOMAINS = new Set([
  'uk', 'ie', 'au', 'nz', 'in', 'pk', 'bd', 'lk', 'sg', 'my', 'za', 'ng', 'gh', 'ke', 'ug', 'tz', 'zm', 'zw', 'jm', 'tt', 'mt', 'cy',
]);

function countryDomain(url: string | null): string {
  if (url === null) return '';
  try {
    return new URL(url).hostname.split('.').pop() ?? '';
  } catch {
    return '';
  }
}
