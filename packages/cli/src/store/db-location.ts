/**
 * Where the database is: a SQLite file (the default, `./tremplin.sqlite`) or a PostgreSQL URL.
 *
 * @packageDocumentation
 */
import { isAbsolute, resolve } from 'node:path';

/** A database location. */
export type DbLocation =
  | { readonly kind: 'sqlite'; readonly file: string }
  | { readonly kind: 'postgres'; readonly url: string };

/** The default database file, relative to the working directory. */
export const DEFAULT_DB_FILE = 'tremplin.sqlite';

/**
 * Reads `--db` (or `TREMPLIN_DB`).
 *
 * @param value - the option's value; undefined for the default.
 * @param cwd - the directory a relative file is resolved against.
 * @returns a PostgreSQL location for `postgres://` or `postgresql://` URLs, a SQLite file otherwise.
 */
export function parseDbLocation(value: string | undefined, cwd: string): DbLocation {
  const v = value === undefined || value === '' ? DEFAULT_DB_FILE : value;
  if (/^postgres(?:ql)?:\/\//i.test(v)) return { kind: 'postgres', url: v };
  return { kind: 'sqlite', file: isAbsolute(v) ? v : resolve(cwd, v) };
}

/**
 * The location for people: the file, or the URL without its password.
 *
 * @param db - the location.
 * @returns a printable text.
 */
export function describeDb(db: DbLocation): string {
  if (db.kind === 'sqlite') return db.file;
  try {
    const url = new URL(db.url);
    if (url.password !== '') url.password = '***';
    return url.toString();
  } catch {
    return 'postgres://…';
  }
}
