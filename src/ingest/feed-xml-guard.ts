import type { Message } from '../model/index.js';
import { makeMessage } from '../model/index.js';

/**
 * XML bombs and external entities, kept out before any parser sees the text. The internal DTD
 * subset is removed; a general entity whose value is plain text (no entity or parameter
 * reference, no SYSTEM or PUBLIC identifier, at most MAX_ENTITY_VALUE_CHARS) is expanded once,
 * as feeds like `<!ENTITY id "tag:example.com,">` need. Every other declaration — nested
 * references (billion laughs), external files or URLs (XXE), parameter entities — is refused
 * with a message and its references stay as written, unexpanded.
 */
export interface GuardedXml {
  xml: string;
  messages: Message[];
}

const MAX_ENTITY_VALUE_CHARS = 1024;
/** Expansion may add at most this much text: a defence in depth behind the no-nesting rule. */
const MAX_EXPANDED_CHARS = 1024 * 1024;
const DOCTYPE_WITH_SUBSET = /<!DOCTYPE\s[^[>]*\[([\s\S]*?)\]\s*>/i;
const GENERAL_ENTITY = /<!ENTITY\s+([\w.:-]+)\s+(?:"([^"]*)"|'([^']*)')\s*>/g;

export function guardFeedXml(xml: string, source: string): GuardedXml {
  const doctype = DOCTYPE_WITH_SUBSET.exec(xml);
  if (!doctype) return { xml, messages: [] };
  const subset = doctype[1] ?? '';
  const stripped = xml.slice(0, doctype.index) + xml.slice(doctype.index + doctype[0].length);
  if (!/<!ENTITY/i.test(subset)) return { xml: stripped, messages: [] };
  const safe = new Map<string, string>();
  let refused = 0;
  for (const match of subset.matchAll(/<!ENTITY[\s\S]*?>/gi)) {
    const literal = new RegExp(GENERAL_ENTITY.source).exec(match[0]);
    const value = literal ? (literal[2] ?? literal[3] ?? '') : null;
    if (literal && value !== null && !/[&%]/.test(value) && value.length <= MAX_ENTITY_VALUE_CHARS) {
      safe.set(literal[1] as string, value.replace(/</g, '&lt;'));
    } else {
      refused += 1;
    }
  }
  const messages: Message[] = [];
  if (refused > 0) {
    messages.push(makeMessage('feed-entities-refused',
      `${source} declares ${refused} XML ${refused === 1 ? 'entity' : 'entities'} that nest, point outside the file or are parameter entities; they were not expanded (XML bomb and external-entity guard).`,
      { source, severity: 'warning', stage: 'ingest' }));
  }
  return { xml: expandSafeEntities(stripped, safe, source, messages), messages };
}

function expandSafeEntities(xml: string, safe: ReadonlyMap<string, string>, source: string, messages: Message[]): string {
  if (safe.size === 0) return xml;
  let added = 0;
  let capped = false;
  const expanded = xml.replace(/&([\w.:-]+);/g, (reference, name: string) => {
    const value = safe.get(name);
    if (value === undefined || capped) return reference;
    added += value.length;
    if (added > MAX_EXPANDED_CHARS) {
      capped = true;
      return reference;
    }
    return value;
  });
  if (capped) {
    messages.push(makeMessage('feed-entities-capped',
      `${source} expands its entities past ${MAX_EXPANDED_CHARS} characters; the rest were left unexpanded.`,
      { source, severity: 'warning', stage: 'ingest' }));
  }
  return expanded;
}
