import type { Span } from '../model/index.js';

/**
 * Brat standoff as PolNeAR writes it: `T<n>\t<Label> <start> <end>[;<start> <end>…]\t<text>`
 * and `E<n>\tAttribution:T<a> Content:T<c> Cue:T<q> Source:T<s>`. Offsets are characters
 * (code points, as brat counts them in Python); they are converted to UTF-16 here.
 */
export interface BratAttribution {
  content: Span[];
  source: Span[] | null;
  cue: Span[] | null;
}

export function parseBratAttributions(ann: string, text: string): BratAttribution[] {
  const toUtf16 = codePointToUtf16(text);
  const spans = new Map<string, Span[]>();
  const events: string[][] = [];
  for (const line of ann.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const fields = line.split('\t');
    const id = fields[0] ?? '';
    if (id.startsWith('T') && fields[1]) spans.set(id, parseSpans(fields[1], toUtf16));
    else if (id.startsWith('E') && fields[1]) events.push(fields[1].trim().split(/\s+/));
  }
  const attributions: BratAttribution[] = [];
  for (const roles of events) {
    const role = (name: string): Span[] | null => {
      const ref = roles.find((part) => part.toLowerCase().startsWith(`${name}:`));
      return ref ? spans.get(ref.slice(name.length + 1)) ?? null : null;
    };
    const content = role('content');
    if (content) attributions.push({ content, source: role('source'), cue: role('cue') });
  }
  return attributions;
}

/** `Content 115 290;300 310` → two spans (discontinuous spans are `;`-separated pairs). */
function parseSpans(field: string, toUtf16: (offset: number) => number): Span[] {
  const ranges = field.slice(field.indexOf(' ') + 1).split(';');
  return ranges.flatMap((range) => {
    const [start, end] = range.trim().split(/\s+/).map(Number);
    if (start === undefined || end === undefined || Number.isNaN(start) || Number.isNaN(end)) return [];
    return [{ start: toUtf16(start), end: toUtf16(end) }];
  });
}

/** Maps a code-point offset to a UTF-16 offset; the identity when the text has no astral characters. */
export function codePointToUtf16(text: string): (offset: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (offset) => offset;
  const utf16: number[] = [];
  let index = 0;
  for (const character of text) {
    utf16.push(index);
    index += character.length;
  }
  utf16.push(index);
  return (offset) => utf16[Math.min(offset, utf16.length - 1)] ?? index;
}
