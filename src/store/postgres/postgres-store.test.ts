import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { runStoreContract } from '../store.case.js';
import { openPostgresStore } from './postgres-store.js';

/** The local test database (trust auth); override with PARALLAX_TEST_POSTGRES. */
const CONNECTION = process.env.PARALLAX_TEST_POSTGRES ?? 'postgresql://postgres@127.0.0.1:5432/test';

let reachable: Promise<string | null> | undefined;
/** Null when the server answers, else why the suite is skipped. */
function checkServer(): Promise<string | null> {
  reachable ??= (async () => {
    const client = new pg.Client({ connectionString: CONNECTION, connectionTimeoutMillis: 2000 });
    try {
      await client.connect();
      await client.end();
      return null;
    } catch (error) {
      return `PostgreSQL not reachable at ${CONNECTION} (${(error as Error).message}); skipping the PostgreSQL store contract`;
    }
  })();
  return reachable;
}

runStoreContract('postgres', async () => {
  const skip = await checkServer();
  if (skip !== null) throw Object.assign(new Error(skip), { skip });
  // A fresh schema per test, dropped afterwards: tests never see each other's rows.
  const schema = `parallax_test_${randomBytes(6).toString('hex')}`;
  const store = await openPostgresStore({ connectionString: CONNECTION, schema });
  return {
    store,
    dispose: async () => {
      const admin = new pg.Client({ connectionString: CONNECTION });
      await admin.connect();
      await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await admin.end();
    },
  };
});
