import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runStoreContract } from '../store.case.js';
import { openSqliteStore } from './sqlite-store.js';

runStoreContract('sqlite', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'parallax-store-'));
  return {
    store: openSqliteStore(join(folder, 'test.db')),
    dispose: async () => rmSync(folder, { recursive: true, force: true }),
  };
});
