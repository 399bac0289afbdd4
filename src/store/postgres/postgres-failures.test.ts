import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { isParallaxError } from '../../model/index.js';
import { sampleArticle } from '../store.case.js';
import { openPostgresStore } from './postgres-store.js';
import { LATEST_POSTGRES_SCHEMA_VERSION } from './postgres-schema.js';

const CONNECTION = process.env.PARALLAX_TEST_POSTGRES ?? 'postgresql://postgres@127.0.0.1:5432/test';

async function withSchema(context: { skip(message: string): void }, body: (schema: string, admin: pg.Client) => Promise<void>): Promise<void> {
  const admin = new pg.Client({ connectionString: CONNECTION, connectionTimeoutMillis: 2000 });
  try {
    await admin.connect();
  } catch (error) {
    context.skip(`PostgreSQL not reachable at ${CONNECTION} (${(error as Error).message})`);
    return;
  }
  const schema = `parallax_test_${randomBytes(6).toString('hex')}`;
  try {
    await body(schema, admin);
  } finally {
    await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await admin.end();
  }
}

test('a PostgreSQL schema written by a newer Parallax is refused with PX021', async (context) => {
  await withSchema(context, async (schema, admin) => {
    await (await openPostgresStore({ connectionString: CONNECTION, schema })).close();
    await admin.query(`UPDATE "${schema}".schema_version SET version = $1`, [LATEST_POSTGRES_SCHEMA_VERSION + 1]);
    await assert.rejects(openPostgresStore({ connectionString: CONNECTION, schema }), (error) => isParallaxError(error) && error.code === 'PX021');
  });
});

test('an unreachable PostgreSQL server is a PX020 that names the connection', async () => {
  await assert.rejects(openPostgresStore({ connectionString: 'postgresql://postgres@127.0.0.1:1/none', schema: 'x' }),
    (error) => isParallaxError(error) && error.code === 'PX020');
});

test('writing through a read-only PostgreSQL transaction is PX022 and keeps what was stored', async (context) => {
  await withSchema(context, async (schema) => {
    const store = await openPostgresStore({ connectionString: `${CONNECTION}?options=-c%20default_transaction_read_only%3Doff`, schema });
    await store.putArticle(sampleArticle('a'));
    await store.close();
    const readOnly = await openPostgresStore({ connectionString: `${CONNECTION}?options=-c%20default_transaction_read_only%3Don`, schema })
      .catch((error: unknown) => error);
    if (isParallaxError(readOnly)) { assert.equal(readOnly.code, 'PX022'); return; }
    const store2 = readOnly as Awaited<ReturnType<typeof openPostgresStore>>;
    await assert.rejects(store2.putArticle(sampleArticle('b')), (error) => isParallaxError(error) && error.code === 'PX022');
    assert.equal(await store2.countArticles(), 1);
    await store2.close();
  });
});
