import * as chrono from 'chrono-node';
import { findTextDate } from './find-text-date.js';
import { DATE_CLASS_PATTERN, NOT_PUBLISHED_CLASS_PATTERN } from './published-date-tags.js';

/** A date line is short ("Published 7 June 2020, 10:00"); longer blocks are lists or bodies. */
const MAX_DATE_LINE_CHARS = 160;
/** How much text after the headline may still hold its date line. */
const TEXT_AFTER_HEADLINE_CHARS = 800;
/** Elements whose text is never the page's date. */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'OPTION', 'SELECT', 'TEXTAREA', 'NAV', 'FOOTER']);

export interface VisibleDateOptions {
  dayFirst: boolean;
  /** BCP 47 language of the page, to choose chrono-node's parser. */
  language: string | null;
}

/**
 * The publication day printed on the page: first in the short elements whose class or id names
 * a date (after the headline before the ones above it, where related-article lists sit), then in
 * the text right after the headline, read by our multilingual patterns and then by chrono-node.
 */
export function findVisibleDate(document: Document, options: VisibleDateOptions): string | null {
  const elements = Array.from(document.querySelectorAll('body *'));
  const headlineIndex = elements.findIndex((element) => element.tagName === 'H1');
  const ordered = headlineIndex < 0 ? elements : [...elements.slice(headlineIndex), ...elements.slice(0, headlineIndex)];
  for (const element of ordered) {
    if (!isDateElement(element)) continue;
    const date = findTextDate(element.textContent ?? '', options);
    if (date !== null) return date;
  }
  const headline = headlineIndex >= 0 ? elements[headlineIndex] : undefined;
  return headline ? dateAfterHeadline(headline, options) : null;
}

function isDateElement(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.tagName)) return false;
  const label = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''} ${element.getAttribute('itemprop') ?? ''}`;
  if (!DATE_CLASS_PATTERN.test(label) || NOT_PUBLISHED_CLASS_PATTERN.test(label)) return false;
  const length = (element.textContent ?? '').trim().length;
  return length > 0 && length <= MAX_DATE_LINE_CHARS;
}

function dateAfterHeadline(headline: Element, options: VisibleDateOptions): string | null {
  const container = headline.parentElement?.parentElement ?? headline.parentElement;
  const text = container?.textContent ?? '';
  const headlineText = headline.textContent ?? '';
  const start = Math.max(0, text.indexOf(headlineText) + headlineText.length);
  const window = text.slice(start, start + TEXT_AFTER_HEADLINE_CHARS);
  return findTextDate(window, options) ?? chronoDate(window, options.language);
}

const CHRONO_BY_LANGUAGE: Record<string, chrono.Chrono> = {
  de: chrono.de.casual, es: chrono.es.casual, fr: chrono.fr.casual, it: chrono.it.casual,
  ja: chrono.ja.casual, nl: chrono.nl.casual, pt: chrono.pt.casual, ru: chrono.ru.casual,
  uk: chrono.uk.casual, sv: chrono.sv.casual, fi: chrono.fi.casual, zh: chrono.zh.casual,
};

/** chrono-node's first result whose year, month and day are all printed (never "yesterday"). */
function chronoDate(text: string, language: string | null): string | null {
  const parser = CHRONO_BY_LANGUAGE[(language ?? 'en').slice(0, 2)] ?? chrono.en.casual;
  for (const result of parser.parse(text)) {
    const start = result.start;
    if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) continue;
    const year = start.get('year');
    const month = start.get('month');
    const day = start.get('day');
    if (year === null || month === null || day === null) continue;
    return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  return null;
}
