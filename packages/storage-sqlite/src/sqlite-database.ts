/**
 * The connection type of the public API, declared here so that the published types do not need
 * `@types/better-sqlite3` (a consumer compiling with `skipLibCheck: false` may not have it).
 *
 * @packageDocumentation
 */
import type Database from 'better-sqlite3';

/**
 * A better-sqlite3 connection (`new Database(file)`), typed by the members a caller may rely on: any
 * `Database` of better-sqlite3 12 is one.
 *
 * @remarks The store and the register run their statements through better-sqlite3's full API on this
 * connection; a caller who has `@types/better-sqlite3` passes its `Database` as it is.
 */
export interface SqliteDatabase {
  /** The file's path, or `':memory:'`. */
  readonly name: string;
  /** `true` until `close()`. */
  readonly open: boolean;
  /** `true` inside a transaction. */
  readonly inTransaction: boolean;
  /** `true` for an in-memory database. */
  readonly memory: boolean;
  /** `true` for a connection opened read-only. */
  readonly readonly: boolean;
  /** Runs SQL statements without results. */
  exec(source: string): this;
  /** Runs a `PRAGMA` and returns its rows (or its single value with `{ simple: true }`). */
  pragma(source: string, options?: { readonly simple?: boolean }): unknown;
  /** Closes the connection. */
  close(): this;
}

/** The better-sqlite3 connection behind a {@link SqliteDatabase} (the same object). */
export function betterSqlite(db: SqliteDatabase): Database.Database {
  return db as Database.Database;
}
