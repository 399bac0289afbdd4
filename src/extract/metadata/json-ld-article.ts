import { isNode, nodeTypes, textProperty, type JsonLdNode } from './read-json-ld.js';

/** What a page's JSON-LD says about its article; every field may be missing. */
export interface JsonLdArticle {
  /** The article node's headline, else its name. */
  title: string | null;
  /** Its name, when it has a headline too (Wikipedia's headline is a description). */
  name: string | null;
  authors: string[];
  publishedAt: string | null;
  modifiedAt: string | null;
  outlet: string | null;
  url: string | null;
  language: string | null;
}

/** schema.org types of a news story or post, the nodes whose dates and authors are the page's. */
const ARTICLE_TYPES = new Set([
  'Article', 'NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle',
  'BackgroundNewsArticle', 'ReviewNewsArticle', 'AskPublicNewsArticle', 'BlogPosting', 'LiveBlogPosting',
  'SocialMediaPosting', 'Report', 'ScholarlyArticle', 'TechArticle', 'Blog', 'VideoObject', 'ClaimReview', 'Review',
]);
/** Page-level types: a fallback when no article node carries the field. */
const PAGE_TYPES = new Set(['WebPage', 'ItemPage', 'CollectionPage']);
const ORGANIZATION_TYPES = new Set(['Organization', 'NewsMediaOrganization', 'Corporation', 'WebSite']);

export function readJsonLdArticle(nodes: readonly JsonLdNode[]): JsonLdArticle {
  const articles = nodes.filter((node) => nodeTypes(node).some((type) => ARTICLE_TYPES.has(type)));
  const pages = nodes.filter((node) => nodeTypes(node).some((type) => PAGE_TYPES.has(type)));
  const ranked = [...articles, ...pages];
  const first = (key: string): string | null => firstText(ranked, key);
  return {
    title: firstText(articles, 'headline') ?? firstText(articles, 'name') ?? firstText(pages, 'headline'),
    name: firstText(articles, 'name'),
    authors: authorsOf(articles),
    publishedAt: first('datePublished') ?? first('dateCreated'),
    modifiedAt: first('dateModified'),
    outlet: publisherName(articles) ?? websiteName(nodes),
    url: urlOf(articles),
    language: first('inLanguage'),
  };
}

function firstText(nodes: readonly JsonLdNode[], key: string): string | null {
  for (const node of nodes) {
    const value = textProperty(node, key);
    if (value !== null) return value;
  }
  return null;
}

/** Names of the first article node that has authors; people before organizations. */
function authorsOf(articles: readonly JsonLdNode[]): string[] {
  for (const article of articles) {
    const raw = article['author'] ?? article['creator'];
    const entries = (Array.isArray(raw) ? raw : [raw]).filter((entry) => entry !== undefined && entry !== null);
    const names = entries.map(authorName).filter((name): name is string => name !== null);
    if (names.length > 0) return names;
  }
  return [];
}

function authorName(entry: unknown): string | null {
  if (typeof entry === 'string') return entry.trim() || null;
  if (!isNode(entry)) return null;
  const name = textProperty(entry, 'name');
  if (name !== null) return name;
  const given = textProperty(entry, 'givenName');
  const family = textProperty(entry, 'familyName');
  return given || family ? [given, family].filter(Boolean).join(' ') : null;
}

function publisherName(articles: readonly JsonLdNode[]): string | null {
  for (const article of articles) {
    const publisher = article['publisher'];
    const first = Array.isArray(publisher) ? publisher[0] : publisher;
    if (typeof first === 'string' && first.trim()) return first.trim();
    if (isNode(first)) {
      const name = textProperty(first, 'name');
      if (name !== null) return name;
    }
  }
  return null;
}

function websiteName(nodes: readonly JsonLdNode[]): string | null {
  const site = nodes.find((node) => nodeTypes(node).some((type) => ORGANIZATION_TYPES.has(type)));
  return site ? textProperty(site, 'name') : null;
}

function urlOf(articles: readonly JsonLdNode[]): string | null {
  for (const article of articles) {
    const url = textProperty(article, 'url') ?? entityUrl(article['mainEntityOfPage']);
    if (url !== null && /^https?:\/\//i.test(url)) return url;
  }
  return null;
}

function entityUrl(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (isNode(value)) return typeof value['@id'] === 'string' ? value['@id'] : null;
  return null;
}
