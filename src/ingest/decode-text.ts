import { createRequire } from 'node:module';
import type iconvModule from 'iconv-lite';
import type chardetModule from 'chardet';
import type { Message } from '../model/index.js';
import { makeMessage } from '../model/index.js';

export interface DecodedText {
  text: string;
  /** The encoding used, as iconv-lite names it ("utf8", "windows-1252"). */
  encoding: string;
  messages: Message[];
}

const BOMS: ReadonlyArray<{ bytes: number[]; encoding: string }> = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/**
 * Labels browsers treat as another encoding (WHATWG Encoding): pages that say Latin-1 or ASCII
 * are in practice windows-1252 (curly quotes in 0x80–0x9F), and a UTF-16 meta tag in bytes we
 * could read as ASCII cannot be true.
 */
const LABEL_ALIASES: Readonly<Record<string, string>> = {
  'iso-8859-1': 'windows-1252', 'iso8859-1': 'windows-1252', latin1: 'windows-1252',
  'us-ascii': 'windows-1252', ascii: 'windows-1252', 'utf-16': 'utf8', 'utf-16le': 'utf8',
  'utf-16be': 'utf8', 'x-user-defined': 'windows-1252', 'utf-8': 'utf8', utf8: 'utf8',
};

// iconv-lite and chardet (CommonJS, 20 ms to load) are required on first need: UTF-8 without a
// declared charset, what most inputs are, needs neither.
const require = createRequire(import.meta.url);
let iconvOnFirstUse: typeof iconvModule | undefined;
const iconv = (): typeof iconvModule => (iconvOnFirstUse ??= require('iconv-lite') as typeof iconvModule);
let chardetOnFirstUse: typeof chardetModule | undefined;
const chardet = (): typeof chardetModule => (chardetOnFirstUse ??= require('chardet') as typeof chardetModule);

/** The encoding named by a byte-order mark, and the mark's length. */
export function findBom(bytes: Uint8Array): { encoding: string; length: number } | null {
  for (const bom of BOMS) {
    if (bom.bytes.every((byte, index) => bytes[index] === byte)) return { encoding: bom.encoding, length: bom.bytes.length };
  }
  return null;
}

/** A declared charset label in the name iconv-lite knows, or null when it knows none. */
export function normalizeCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  const key = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  const name = LABEL_ALIASES[key] ?? key;
  return iconv().encodingExists(name) ? name : null;
}

/**
 * Bytes → text. Order: byte-order mark; the declared charsets (HTTP header, then meta tag),
 * first one iconv-lite knows; valid UTF-8; chardet's guess. Invalid UTF-8 that is mostly UTF-8
 * is decoded with U+FFFD replacements and a warning instead of being guessed as another encoding.
 */
export function decodeText(bytes: Uint8Array, declared: ReadonlyArray<string | null> = []): DecodedText {
  const bom = findBom(bytes);
  if (bom) return { text: iconv().decode(Buffer.from(bytes.subarray(bom.length)), bom.encoding), encoding: bom.encoding, messages: [] };
  const messages: Message[] = [];
  for (const label of declared) {
    if (!label) continue;
    const encoding = normalizeCharset(label);
    if (encoding === 'utf8') return decodeUtf8(bytes);
    if (encoding && looksLikeUtf8(bytes)) {
      messages.push(makeMessage('charset-mismatch', `The page declares ${label} but its bytes are UTF-8; read as UTF-8.`, { severity: 'info', stage: 'ingest' }));
      return { text: Buffer.from(bytes).toString('utf8'), encoding: 'utf8', messages };
    }
    if (encoding) return { text: iconv().decode(Buffer.from(bytes), encoding), encoding, messages };
    messages.push(makeMessage('unknown-charset', `The declared charset "${label}" is unknown; guessing the encoding.`, { severity: 'warning', stage: 'ingest' }));
  }
  if (isValidUtf8(bytes)) return { text: Buffer.from(bytes).toString('utf8'), encoding: 'utf8', messages };
  const guess = guessLegacyEncoding(bytes);
  if (guess === null) {
    const decoded = decodeUtf8(bytes);
    return { ...decoded, messages: [...messages, ...decoded.messages] };
  }
  messages.push(makeMessage('encoding-guessed', `The text is not UTF-8 and declares no charset; decoded as ${guess}.`, { severity: 'info', stage: 'ingest' }));
  return { text: iconv().decode(Buffer.from(bytes), guess), encoding: guess, messages };
}

function decodeUtf8(bytes: Uint8Array): DecodedText {
  const text = Buffer.from(bytes).toString('utf8');
  if (isValidUtf8(bytes)) return { text, encoding: 'utf8', messages: [] };
  const replaced = text.match(/\uFFFD/g)?.length ?? 0;
  const message = makeMessage(
    'invalid-utf8',
    `The text has ${replaced} invalid UTF-8 ${replaced === 1 ? 'sequence' : 'sequences'}, replaced with U+FFFD.`,
    { severity: 'warning', stage: 'ingest' },
  );
  return { text, encoding: 'utf8', messages: [message] };
}

/**
 * Valid UTF-8 with multi-byte characters in it: text in a legacy encoding almost never forms
 * such sequences by chance, while saved or transcoded pages often keep a stale charset
 * declaration (an ISO-8859-1 meta tag over UTF-8 bytes). Trusting the bytes avoids mojibake.
 */
function looksLikeUtf8(bytes: Uint8Array): boolean {
  return countUtf8MultiByte(bytes.subarray(0, 64 * 1024)) > 0 && isValidUtf8(bytes);
}

export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * A legacy single- or multi-byte encoding for text that is not valid UTF-8, or null when the
 * text looks like damaged UTF-8 (it has valid multi-byte sequences, or chardet is unsure).
 * chardet is asked only here: on valid UTF-8 it is slower and sometimes wrong.
 */
function guessLegacyEncoding(bytes: Uint8Array): string | null {
  const sample = bytes.subarray(0, 64 * 1024);
  if (countUtf8MultiByte(sample) > 0) return null;
  const best = chardet().analyse(sample)[0];
  if (!best || best.confidence < 10) return null;
  const encoding = normalizeCharset(best.name);
  return encoding === 'utf8' ? null : encoding;
}

/** Well-formed UTF-8 sequences of two to four bytes: their presence means the text was meant as UTF-8. */
function countUtf8MultiByte(bytes: Uint8Array): number {
  let count = 0;
  for (let index = 0; index < bytes.length; index += 1) {
    const lead = bytes[index] ?? 0;
    const length = lead >= 0xf0 && lead <= 0xf4 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc2 && lead <= 0xdf ? 2 : 0;
    if (length === 0 || lead >= 0xf5) continue;
    let valid = true;
    for (let next = 1; next < length; next += 1) {
      const byte = bytes[index + next];
      if (byte === undefined || (byte & 0xc0) !== 0x80) valid = false;
    }
    if (valid) {
      count += 1;
      index += length - 1;
    }
  }
  return count;
}
