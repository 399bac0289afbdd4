import type { Article } from '../model/index.js';

/**
 * A bare article around a text that did not come through extraction (an evaluation sentence,
 * a data set's paragraphs): every extracted field present, unknowns null.
 */
export function textArticle(id: string, text: string, fields: Partial<Article> = {}): Article {
  return {
    id,
    source: id,
    url: null,
    outlet: null,
    title: null,
    authors: [],
    publishedAt: null,
    language: 'en',
    dateline: null,
    captions: [],
    credits: [],
    text,
    messages: [],
    ...fields,
  };
}
