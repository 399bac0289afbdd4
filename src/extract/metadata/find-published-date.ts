import type { JsonLdArticle } from './json-ld-article.js';
import { findVisibleDate } from './find-visible-date.js';
import { parseMachineDate } from './parse-date-string.js';
import { preferLocalDay } from './prefer-local-day.js';
import { MODIFIED_DATE_KEYS, PUBLISHED_DATE_KEYS } from './published-date-tags.js';
import { allMeta, type MetaTags } from './read-meta-tags.js';
import { findUrlDate } from './url-date.js';
import { isDayFirst } from './day-first.js';
import type { IndexedElement, PageIndex } from './page-index.js';

/** Where a page's date was found: the first source of the cascade that gave one. */
export type DateSource = 'meta' | 'json-ld' | 'microdata' | 'time-element' | 'url' | 'visible-text' | 'modified';

export interface PublishedDate {
  value: string;
  source: DateSource;
}

export interface PublishedDateInputs {
  index: PageIndex;
  meta: MetaTags;
  jsonLd: JsonLdArticle;
  /** The page's addresses (where it was fetched from, its canonical URL): their paths may hold the date. */
  urls: ReadonlyArray<string | null>;
  language: string | null;
  /** The page's title, to find the headline the printed date sits under. */
  title: string | null;
}

/**
 * The publication date by the cascade: what the page declares for machines (meta tags, JSON-LD,
 * microdata, `<time pubdate>`), then the URL, then what it prints, and the modified date only
 * when nothing names the publication. A UTC machine date yields to the page's local day.
 */
export function findPublishedDate(inputs: PublishedDateInputs): PublishedDate | null {
  const dayFirst = isDayFirst(inputs.language, inputs.urls);
  const parse = (value: string | null): string | null => (value === null ? null : parseMachineDate(value, { dayFirst }));
  const visibleDate = (): string | null => findVisibleDate(inputs.index, { dayFirst, language: inputs.language, title: inputs.title });
  const machine = machineDates(inputs, parse);
  const first = mostPrecise(earliestDeclared(machine), machine);
  if (first) {
    const localDay = (): string | null => visibleDate() ?? urlDate(inputs.urls);
    const value = preferLocalDay(first.value, machine.slice(1).map((date) => date.value), localDay);
    return { value, source: first.source };
  }
  const steps: Array<[DateSource, () => string | null]> = [
    ['url', () => urlDate(inputs.urls)],
    // An unmarked <time> may be a sidebar's; the URL is the page's own, so it comes first.
    ['time-element', () => firstParsed(unmarkedTimeDates(inputs.index.elements()), parse)],
    ['visible-text', visibleDate],
    ['modified', () => parse(inputs.jsonLd.modifiedAt) ?? firstParsed(allMeta(inputs.meta, MODIFIED_DATE_KEYS), parse)],
  ];
  for (const [source, find] of steps) {
    const value = find();
    if (value !== null) return { value, source };
  }
  return null;
}

/** Every publication date the page declares for machines, parsed, in the cascade's order. */
function machineDates(inputs: PublishedDateInputs, parse: (value: string | null) => string | null): PublishedDate[] {
  const raw: Array<[DateSource, string | null]> = [
    ...allMeta(inputs.meta, PUBLISHED_DATE_KEYS).map((value): [DateSource, string] => ['meta', value]),
    ['json-ld', inputs.jsonLd.publishedAt],
    ...microdataDates(inputs.index.elements()).map((value): [DateSource, string] => ['microdata', value]),
    ...markedTimeDates(inputs.index.elements()).map((value): [DateSource, string] => ['time-element', value]),
  ];
  const dates: PublishedDate[] = [];
  for (const [source, value] of raw) {
    const parsed = parse(value);
    if (parsed !== null) dates.push({ value: parsed, source });
  }
  return dates;
}

/**
 * The first meta-tag date, unless the page's JSON-LD names an earlier publication: sites
 * rewrite article:published_time when they republish, and their JSON-LD keeps the original (and
 * the other way round). The earlier of two declared publication dates is the first publication.
 */
function earliestDeclared(machine: readonly PublishedDate[]): PublishedDate | undefined {
  const meta = machine.find((date) => date.source === 'meta');
  const jsonLd = machine.find((date) => date.source === 'json-ld');
  if (!meta || !jsonLd) return machine[0];
  return Date.parse(jsonLd.value) < Date.parse(meta.value) ? jsonLd : meta;
}

/**
 * A day-only date ("2019-11-20", from a time written without its offset) replaced by another
 * declaration of the same day that has a time and an offset, which says more and lets a UTC
 * instant yield to the local day.
 */
function mostPrecise(chosen: PublishedDate | undefined, machine: readonly PublishedDate[]): PublishedDate | undefined {
  if (!chosen || chosen.value.length > DAY_LENGTH) return chosen;
  return machine.find((date) => date.value.length > DAY_LENGTH && date.value.startsWith(chosen.value)) ?? chosen;
}

const DAY_LENGTH = 'YYYY-MM-DD'.length;

function urlDate(urls: ReadonlyArray<string | null>): string | null {
  for (const url of urls) {
    const date = findUrlDate(url);
    if (date !== null) return date;
  }
  return null;
}

function firstParsed(values: readonly string[], parse: (value: string) => string | null): string | null {
  for (const value of values) {
    const parsed = parse(value);
    if (parsed !== null) return parsed;
  }
  return null;
}

/** `itemprop="datePublished"` on any element but `<meta>` (read with the tags): content, datetime or text. */
function microdataDates(elements: readonly IndexedElement[]): string[] {
  return elements
    .filter((entry) => entry.tag !== 'META' && /\bdatepublished\b/.test(entry.itemprop))
    .map(({ element }) => element.getAttribute('content') ?? element.getAttribute('datetime') ?? element.textContent ?? '')
    .filter((value) => value.trim() !== '');
}

/**
 * `<time datetime>` marked as the publication (a `pubdate` attribute or a "published" class),
 * and the hAtom microformat's `<abbr class="published" title="…">`.
 */
function markedTimeDates(elements: readonly IndexedElement[]): string[] {
  const times = timeElements(elements)
    .filter((time) => time.element.hasAttribute('pubdate') || /publish|posted|created/.test(time.className))
    .map((time) => time.element.getAttribute('datetime') ?? '');
  const abbreviations = elements
    .filter((entry) => entry.tag === 'ABBR' && /\bpublished\b/.test(entry.className))
    .map((entry) => entry.element.getAttribute('title') ?? '');
  return [...times, ...abbreviations];
}

/** The first `<time datetime>` not marked as an update. */
function unmarkedTimeDates(elements: readonly IndexedElement[]): string[] {
  const first = timeElements(elements).find((time) => !/updat|modif/.test(time.className));
  return first ? [first.element.getAttribute('datetime') ?? ''] : [];
}

function timeElements(elements: readonly IndexedElement[]): IndexedElement[] {
  return elements.filter((entry) => entry.tag === 'TIME' && entry.element.hasAttribute('datetime'));
}
