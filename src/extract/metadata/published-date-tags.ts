/**
 * Meta-tag keys (lowercased) that carry a page's publication date, most specific first. Collected
 * from OpenGraph, Dublin Core, schema.org microdata and the CMS and analytics conventions news
 * sites use (Sailthru, Parse.ly, Cxense, Highwire). Plain "date" comes late: some sites put the
 * crawl or render date there.
 */
export const PUBLISHED_DATE_KEYS: readonly string[] = [
  'article:published_time', 'article:published', 'og:article:published_time', 'og:published_time',
  'article.published', 'published_time', 'published-date', 'published_date', 'publish-date', 'publish_date',
  'publishdate', 'publishdatetime', 'publication_date', 'publication-date', 'pubdate', 'datepublished',
  'date_published', 'date-published', 'article_date_original', 'original-publish-date', 'originalpublicationdate',
  'dc.date.issued', 'dcterms.issued', 'dc.date.created', 'dcterms.created', 'dc.date', 'dcterms.date',
  'dc.date.published', 'citation_publication_date', 'citation_date', 'prism.publicationdate',
  'sailthru.date', 'parsely-pub-date', 'cxenseparse:recs:publishtime', 'article:post_date',
  'article.created', 'created', 'displaydate', 'date', 'content_date', 'weibo:article:create_at',
  'og:pubdate', 'article:publication_date', 'news_keywords_date', 'dc.date.available',
];

/** Keys of the last-modified date: a fallback only, when nothing names the publication. */
export const MODIFIED_DATE_KEYS: readonly string[] = [
  'article:modified_time', 'og:updated_time', 'article:modified', 'datemodified', 'dc.date.modified',
  'dcterms.modified', 'last-modified', 'lastmod', 'modified_time',
];

/** Class or id words of elements that print the publication date (English and the big languages). */
export const DATE_CLASS_PATTERN =
  /date|time|publish|posted|created|byline|dateline|timestamp|meta|fecha|data|datum|zeit|tarih|article-info|post-info|entry-info|vremya|дата|время/i;
/** Class or id words of elements whose date is not the publication's. */
export const NOT_PUBLISHED_CLASS_PATTERN = /updat|modif|comment|related|footer|copyright|weather|event|expir/i;
