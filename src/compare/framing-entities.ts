import type { Article, EntityFraming, FramingForm, Mention } from '../model/index.js';
import { speakerSurname } from '../align/speaker-names.js';

// Honorifics some outlets put before every later mention of a person (house style, but a choice of register).
const HONORIFIC = /\b(Mr|Mrs|Ms|Dr)\.?\s+$/;
// How far before a name a title may start ("Russian Foreign Minister Sergey Lavrov").
const TITLE_WINDOW_CHARS = 60;

/**
 * For each entity two or more outlets name, the titles, descriptions and honorifics each outlet
 * uses for it, counted and cited. People are matched across outlets by surname (entity keys need
 * not agree: "trump" and "donald trump"); other entities by key. Entities whose forms are the same
 * in every outlet are left out: there is no difference to show.
 */
export function entityFraming(articles: readonly Article[]): EntityFraming[] {
  const byEntity = new Map<string, { name: string; outlets: Map<string, Map<string, FramingForm>> }>();
  const slot = (key: string, name: string, articleId: string): Map<string, FramingForm> => {
    let entry = byEntity.get(key);
    if (!entry) byEntity.set(key, (entry = { name, outlets: new Map() }));
    if (name.length > entry.name.length) entry.name = name;
    let forms = entry.outlets.get(articleId);
    if (!forms) entry.outlets.set(articleId, (forms = new Map()));
    return forms;
  };
  const add = (forms: Map<string, FramingForm>, kind: FramingForm['kind'], text: string, mention: Mention): void => {
    const id = `${kind}:${text}`;
    let form = forms.get(id);
    if (!form) forms.set(id, (form = { kind, text, count: 0, mentions: [] }));
    form.count += 1;
    form.mentions.push(mention);
  };
  for (const article of articles) {
    for (const entity of article.entities ?? []) {
      const forms = slot(matchKey(entity.kind, entity.name, entity.key), entity.name, article.id);
      const before = article.text.slice(Math.max(0, entity.start - TITLE_WINDOW_CHARS), entity.start);
      const honorific = HONORIFIC.exec(before);
      if (honorific) add(forms, 'honorific', `${honorific[1]!.toLowerCase()}.`, { articleId: article.id, span: { start: entity.start - honorific[0].length, end: entity.end } });
      for (const title of entity.titles ?? []) {
        // Cite the title with the name when it is printed just before it, else the name alone.
        const at = before.toLowerCase().lastIndexOf(title.toLowerCase());
        const start = at >= 0 ? entity.start - before.length + at : entity.start;
        add(forms, 'title', title.toLowerCase(), { articleId: article.id, span: { start, end: entity.end } });
      }
    }
    for (const reference of article.references ?? []) {
      if (reference.kind !== 'description') continue;
      const text = article.text.slice(reference.start, reference.end).replace(/\s+/g, ' ').toLowerCase();
      // A reference names a person only by canonical name; its kind is looked up by name.
      const kind = article.entities?.find((entity) => entity.name === reference.name)?.kind ?? 'person';
      add(slot(matchKey(kind, reference.name, reference.key), reference.name, article.id), 'description', text, { articleId: article.id, span: { start: reference.start, end: reference.end } });
    }
  }
  const found: EntityFraming[] = [];
  for (const { name, outlets } of byEntity.values()) {
    if (outlets.size < 2) continue;
    const lists = [...outlets].map(([articleId, forms]) => ({ articleId, forms: [...forms.values()].sort((a, b) => b.count - a.count) }));
    const signatures = new Set(lists.map((list) => list.forms.map((form) => `${form.kind}:${form.text}`).sort().join('|')));
    if (signatures.size < 2) continue;
    found.push({ name, outlets: lists });
  }
  return found;
}

function matchKey(kind: string, name: string, key: string): string {
  return kind === 'person' ? `person:${speakerSurname(name) ?? key}` : `${kind}:${key}`;
}
