import type * as chronoModule from 'chrono-node';
import * as chronoEnglish from 'chrono-node/en';
import { packageOnFirstUse } from '../package-on-first-use.js';
import { findTextDate } from './find-text-date.js';
import { findHeadlineElement } from './find-headline-element.js';
import { findLabelledDate } from './labelled-date.js';
import type { IndexedElement, PageIndex } from './page-index.js';
import { textNodesAfterElement } from './text-after-element.js';
import { DATE_CLASS_PATTERN, NOT_PUBLISHED_CLASS_PATTERN } from './published-date-tags.js';

/** A date line is short ("Published 7 June 2020, 10:00"); longer blocks are lists or bodies. */
const MAX_DATE_LINE_CHARS = 160;
/** How much text after the headline may still hold its date line (deck, byline, date). */
const TEXT_AFTER_HEADLINE_CHARS = 800;
/** Elements whose text is never the page's date. */
const SKIPPED_TAGS = new Set(['NAV', 'FOOTER', 'TEXTAREA', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

export interface VisibleDateOptions {
  dayFirst: boolean;
  /** BCP 47 language of the page, to choose chrono-node's parser. */
  language: string | null;
  /** The page's title, to find the headline the date line sits under. */
  title: string | null;
}

/**
 * The publication day printed on the page: first in the text right after the headline (where
 * the date line sits), then in the short elements whose class or id names a date (after the
 * headline before the ones above it, where related-article lists sit), then after a
 * "Published" label anywhere, then by chrono-node in the text after the headline.
 */
export function findVisibleDate(index: PageIndex, options: VisibleDateOptions): string | null {
  const elements = index.elements();
  const headline = findHeadlineElement(elements, options.title);
  const window = headline ? dateLinesAfter(elements, headline) : '';
  const afterHeadline = findTextDate(window, options);
  if (afterHeadline !== null) return afterHeadline;
  const headlineIndex = headline ? elements.indexOf(headline) : -1;
  const ordered = headlineIndex < 0 ? elements : [...elements.slice(headlineIndex), ...elements.slice(0, headlineIndex)];
  for (const entry of ordered) {
    if (!isDateElement(entry)) continue;
    const date = findTextDate(entry.element.textContent ?? '', options);
    if (date !== null) return date;
  }
  return findLabelledDate(elements, options) ?? chronoDate(window, options.language);
}

/**
 * The short lines after the headline, joined: a date line is short, while long text nodes are
 * body paragraphs whose dates are the events' ("down since March 6, 2002"), and a line
 * repeating the headline carries the headline's dates.
 */
function dateLinesAfter(elements: readonly IndexedElement[], headline: IndexedElement): string {
  const headlineText = (headline.element.textContent ?? '').replace(/\s+/g, ' ').trim();
  const lines = textNodesAfterElement(elements, headline, TEXT_AFTER_HEADLINE_CHARS).filter(
    (line) => line.length <= MAX_DATE_LINE_CHARS && !headlineText.includes(line),
  );
  // Update stamps go last: read only when the page prints no other date.
  const updates = lines.filter((line) => UPDATE_LABEL.test(line));
  return [...lines.filter((line) => !UPDATE_LABEL.test(line)), ...updates].join(' \n ');
}

/** A line that labels its date as an update, in the languages of the month table. */
const UPDATE_LABEL =
  /^(?:last\s+)?(?:updated|modified|actualizad[oa]|actualización|mis à jour|aktualisiert|atualizad[oa]|aggiornat[oa]|обновлено|оновлено|güncelleme|zaktualizowano)/iu;

function isDateElement(entry: IndexedElement): boolean {
  if (SKIPPED_TAGS.has(entry.tag)) return false;
  const label = `${entry.className} ${entry.id} ${entry.itemprop}`;
  if (!DATE_CLASS_PATTERN.test(label) || NOT_PUBLISHED_CLASS_PATTERN.test(label)) return false;
  const length = (entry.element.textContent ?? '').trim().length;
  return length > 0 && length <= MAX_DATE_LINE_CHARS;
}

/**
 * chrono-node with every locale takes 0.1–0.3 s to load; English pages (and languages chrono
 * has no parser for) use the English entry alone, so the others load with the first page in
 * one of their languages.
 */
const chronoAllLocales = packageOnFirstUse<typeof chronoModule>('chrono-node');
const CHRONO_LANGUAGES = ['de', 'es', 'fr', 'it', 'ja', 'nl', 'pt', 'ru', 'uk', 'sv', 'fi', 'zh'] as const;

function chronoParser(language: string | null): chronoModule.Chrono {
  const code = CHRONO_LANGUAGES.find((candidate) => candidate === (language ?? 'en').slice(0, 2));
  return code === undefined ? chronoEnglish.casual : chronoAllLocales()[code].casual;
}

/** chrono-node's first result whose year, month and day are all printed (never "yesterday"). */
function chronoDate(text: string, language: string | null): string | null {
  const parser = chronoParser(language);
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
