/**
 * Query parameters that track a click rather than name a page: campaign tags (utm_*), ad and
 * social click ids, newsletter ids, and the referral markers outlets add to shared links.
 */
const TRACKING_PARAMETER = /^(utm_.*|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|mc_cid|mc_eid|_hsenc|_hsmi|mkt_tok|igshid|ref|ref_src|ref_url|referrer|source|cmpid|cmp|ocid|smid|smtyp|taid|icid|ito|ns_mchannel|ns_source|ns_campaign|ns_linkname|ns_fee|__twitter_impression|share|s_cid|xtor|at_medium|at_campaign|guccounter|outputtype)$/i;

/**
 * The form of a URL under which two links to one page compare equal: scheme folded to https,
 * host lowercased without `www.` and default port, tracking parameters and the fragment dropped,
 * the remaining parameters sorted, and no trailing slash. Null for what is not an http(s) URL.
 */
export function canonicalUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const host = parsed.hostname.toLowerCase().replace(/^www\d*\./, '');
  const parameters = [...parsed.searchParams.entries()]
    .filter(([name]) => !TRACKING_PARAMETER.test(name))
    .sort(([a, av], [b, bv]) => (a === b ? av.localeCompare(bv) : a.localeCompare(b)));
  const query = parameters.length > 0 ? `?${new URLSearchParams(parameters).toString()}` : '';
  const path = parsed.pathname.replace(/\/+$/, '');
  return `https://${host}${path}${query}`;
}
