import { findTextDate, type TextDateOptions } from './find-text-date.js';
import type { IndexedElement } from './page-index.js';

/**
 * Words that label a publication date, in the languages of the month table and the big CJK
 * ones: "Published", "Publicado", "Veröffentlicht", "Опубликовано", "기사입력", "発行", "发布时间"…
 */
const PUBLISHED_LABEL =
  /(?:published|posted|publicado|publicada|publié|publiée|veröffentlicht|pubblicato|gepubliceerd|opublikowano|опубликовано|опубліковано|yayınlanma|yayın tarihi|diterbitkan|publicerad|udgivet|julkaistu|기사입력|입력|発行|公開|配信|发布时间|發佈|发表|發表|تاریخ انتشار|نشر في|تم نشره)/iu;
const TEXT_NODE = 3;
/** A label and its date sit in one short line or in the label's parent element. */
const MAX_LABELLED_LINE_CHARS = 200;

/**
 * The first date printed right after a publication label anywhere in the body, for pages whose
 * date line is neither under the headline nor in a date-classed element.
 */
export function findLabelledDate(elements: readonly IndexedElement[], options: TextDateOptions): string | null {
  for (const entry of elements) {
    if (entry.aside || !hasLabel(entry.element)) continue;
    const line = (entry.element.parentElement?.textContent ?? entry.element.textContent ?? '').replace(/\s+/g, ' ');
    const labelAt = line.search(PUBLISHED_LABEL);
    if (labelAt < 0) continue;
    const date = findTextDate(line.slice(labelAt, labelAt + MAX_LABELLED_LINE_CHARS), options);
    if (date !== null) return date;
  }
  return null;
}

function hasLabel(element: Element): boolean {
  for (const child of Array.from(element.childNodes)) {
    if (child.nodeType === TEXT_NODE && PUBLISHED_LABEL.test(child.textContent ?? '')) return true;
  }
  return false;
}
