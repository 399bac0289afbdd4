import { Option } from 'commander';

/** The store file when --db is not given: $PARALLAX_DB, else parallax.db in the current folder. */
export function defaultDatabaseFile(): string {
  return process.env.PARALLAX_DB ?? 'parallax.db';
}

/** `--db FILE`: the SQLite store commands read and write. */
export function databaseOption(): Option {
  return new Option('--db <file>', 'store: a SQLite file, or a postgres:// URL (default: $PARALLAX_DB or ./parallax.db)');
}
