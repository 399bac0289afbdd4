/**
 * A half-open range `[start, end)` of UTF-16 code units into one article's `text`
 * (the way JavaScript indexes strings). Every annotation is a span; nothing copies substrings.
 */
export interface Span {
  start: number;
  end: number;
}

/** The cross-article pointer: a span in one named article. Findings are lists of mentions. */
export interface Mention {
  articleId: string;
  span: Span;
}
