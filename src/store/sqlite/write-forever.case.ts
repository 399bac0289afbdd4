// Test helper for sqlite-failures.test.ts: writes articles with their document records in one
// transaction each, as fast as it can, until the test kills it.
import { openSqliteStore } from './sqlite-store.js';
import { sampleArticle } from '../store.case.js';

const store = openSqliteStore(process.argv[2] as string);
for (let index = 0; ; index += 1) {
  const id = `a${index}`;
  await store.transaction(async () => {
    await store.putArticle(sampleArticle(id, { text: `Article number ${index}. `.repeat(50) }));
    await store.putDocument({ key: `doc-${id}`, articleId: id, outcome: 'stored' });
  });
}
