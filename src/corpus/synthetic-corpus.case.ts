// Test helper: a folder of plain-text articles with header blocks, made of synthetic words:
// events reported by several outlets (shared event words, own paragraphs), plus exact
// duplicates, wire copies under new headlines, and one empty document that fails extraction.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { syntheticParagraphs } from '../dedup/synthetic-text.case.js';

export interface SyntheticCorpus {
  documents: number;
  exactDuplicates: number;
  wireCopies: number;
  failing: number;
}

export function writeSyntheticCorpus(folder: string, events: number, outletsPerEvent = 3): SyntheticCorpus {
  mkdirSync(folder, { recursive: true });
  let documents = 0;
  const write = (name: string, header: Record<string, string>, body: string) => {
    const lines = Object.entries(header).map(([key, value]) => `${key}: ${value}`);
    writeFileSync(join(folder, `${name}.txt`), `${lines.join('\n')}\n\n${body}\n`);
    documents += 1;
  };
  for (let event = 0; event < events; event += 1) {
    const eventWords = syntheticParagraphs(event * 1000 + 1, 2, 25);
    const day = `2020-01-${String(1 + (event % 28)).padStart(2, '0')}`;
    for (let outlet = 0; outlet < outletsPerEvent; outlet += 1) {
      const own = syntheticParagraphs(event * 1000 + 10 + outlet, 6);
      const body = [own[0], eventWords[0], ...own.slice(1, 4), eventWords[1], ...own.slice(4)].join('\n\n');
      write(`e${event}-o${outlet}`, { title: `${eventWords[0]!.split(' ').slice(0, 6).join(' ')} ${outlet}`, outlet: `Outlet ${outlet}`, url: `https://outlet${outlet}.example/e${event}`, date: day }, body);
      if (outlet === 0 && event % 5 === 0) {
        write(`e${event}-o${outlet}-again`, { outlet: `Outlet ${outlet}`, url: `https://www.outlet${outlet}.example/e${event}/?utm_source=feed`, date: day }, body);
        const copy = [syntheticParagraphs(event * 1000 + 99, 1)[0], ...body.split('\n\n').slice(0, 6)].join('\n\n');
        write(`e${event}-wire`, { title: `Republished ${event}`, outlet: 'Copier', url: `https://copier.example/${event}`, date: day }, copy);
      }
    }
  }
  write('zz-empty', { title: 'Nothing here' }, '');
  const repeated = Math.ceil(events / 5);
  return { documents, exactDuplicates: repeated, wireCopies: repeated, failing: 1 };
}
