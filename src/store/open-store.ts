import type { Store } from './store.js';
import { openSqliteStore } from './sqlite/sqlite-store.js';
import { openPostgresStore } from './postgres/postgres-store.js';

/**
 * Opens the store a `--db` value names: a `postgres://` or `postgresql://` URL opens PostgreSQL
 * (a `schema` query parameter picks the schema, default `parallax`), anything else is a SQLite
 * file path.
 */
export async function openStore(target: string): Promise<Store> {
  if (!/^postgres(ql)?:\/\//i.test(target)) return openSqliteStore(target);
  const url = new URL(target);
  const schema = url.searchParams.get('schema') ?? 'parallax';
  url.searchParams.delete('schema');
  return openPostgresStore({ connectionString: url.toString(), schema });
}
