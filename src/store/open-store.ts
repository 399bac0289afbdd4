import type { Store } from './store.js';
import { openSqliteStore, type SqliteStoreOptions } from './sqlite/sqlite-store.js';
import { openPostgresStore } from './postgres/postgres-store.js';

/**
 * Opens the store a `--db` value names: a `postgres://` or `postgresql://` URL opens PostgreSQL
 * (a `schema` query parameter picks the schema, default `parallax`), anything else is a SQLite
 * file path (opened with `sqlite`'s options).
 */
export async function openStore(target: string, sqlite: SqliteStoreOptions = {}): Promise<Store> {
  if (!/^postgres(ql)?:\/\//i.test(target)) return openSqliteStore(target, sqlite);
  const url = new URL(target);
  const schema = url.searchParams.get('schema') ?? 'parallax';
  url.searchParams.delete('schema');
  return openPostgresStore({ connectionString: url.toString(), schema });
}
