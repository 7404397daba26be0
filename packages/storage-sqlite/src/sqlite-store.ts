/**
 * The SQLite Store (better-sqlite3): Tremplin's embedded default, one file per installation. The store is
 * the shared SQL engine of `@tremplin/core/store-kit` on the SQLite dialect; this module opens the file.
 *
 * @packageDocumentation
 */
import type { StoredEvent, StoreFailure, ValidationError } from '@tremplin/core';
import { createSqlStore, normalizeBatchSize, type SqlStore, validationError } from '@tremplin/core/store-kit';
import Database from 'better-sqlite3';
import { err, ok, type Result } from 'neverthrow';
import { SQLITE_SCHEMA_VERSION } from './migrations.js';
import { betterSqlite, type SqliteDatabase } from './sqlite-database.js';
import { createSqliteDialect } from './sqlite-dialect.js';
import { sqliteFailure } from './sqlite-errors.js';
import { applyMigrations, inspectSchema } from './sqlite-schema.js';

type Db = Database.Database;

/** Options shared by both ways of opening a SQLite store. */
interface CommonOptions {
  /**
   * Apply pending migrations on open (default `true`). With `false`, the store opens but every method fails
   * with `unavailable` until `migrate()` is called; a database newer than the code is refused either way.
   */
  readonly migrate?: boolean;
  /** Dossiers read per round trip by `streamCohort` (default 500). */
  readonly streamBatchSize?: number;
}

/** Open (or create) a database file. */
export interface SqliteFileOptions extends CommonOptions {
  /** Path of the database file, created if missing; `':memory:'` for a private in-memory database. */
  readonly file: string;
  readonly database?: never;
  /** How long a writer waits for another one's lock before failing with `unavailable` (default 5000 ms). */
  readonly busyTimeoutMs?: number;
  /**
   * `PRAGMA synchronous`: `'full'` (default) makes every committed append survive a power loss;
   * `'normal'` is faster and may lose the last commits on power loss (never on a process crash).
   */
  readonly synchronous?: 'full' | 'normal';
}

/** Use a connection the caller opened and configured (its pragmas are left as they are; it stays open on `close()`). */
export interface SqliteDatabaseOptions extends CommonOptions {
  readonly database: SqliteDatabase;
  readonly file?: never;
}

/** How to open a SQLite store. */
export type SqliteStoreOptions = SqliteFileOptions | SqliteDatabaseOptions;

/** A {@link @tremplin/core!Store | Store} on SQLite, with `appendBatch`, `migrate`, `schemaVersion` and its file. */
export interface SqliteStore<E extends StoredEvent = StoredEvent> extends SqlStore<E> {
  /** The database file's path (`''` or `':memory:'` for an in-memory database). */
  readonly file: string;
}

/**
 * Opens a SQLite store: on a file (created if missing, in WAL mode) or on a connection you opened.
 *
 * @typeParam E - the domain event union.
 * @param options - `{ file }` or `{ database }`, and whether to migrate on open.
 * @returns the store; `ValidationError` for contradictory options; `StoreFailure` when the file cannot be
 * opened (`unavailable`), is not a database (`corrupt`), or was written by a newer Tremplin (`schema-too-new`).
 * @remarks Appends run in `BEGIN IMMEDIATE` transactions: the writer takes the file's write lock before
 * reading the dossier's head, so concurrent writers — other connections or other processes — are
 * serialised by SQLite and every stale `expectedSequence` is reported as a `ConflictError`. A writer waits
 * up to `busyTimeoutMs` for the lock. Reads are single statements, hence consistent snapshots. Everything
 * but opening the file is the shared engine's (`createSqlStore` of `@tremplin/core/store-kit`) on the SQLite
 * dialect.
 * @example
 * const opened = createSqliteStore<MyEvent>({ file: 'tremplin.db' });
 * if (opened.isErr()) throw new Error(opened.error.message);
 * const store = opened.value;
 */
export function createSqliteStore<E extends StoredEvent = StoredEvent>(
  options: SqliteStoreOptions,
): Result<SqliteStore<E>, StoreFailure | ValidationError> {
  const checked = checkOptions(options);
  if (checked.isErr()) return err(checked.error);
  let db: Db;
  const owned = options.database === undefined;
  try {
    if (options.database !== undefined) {
      db = betterSqlite(options.database);
    } else {
      const file = options as SqliteFileOptions;
      db = new Database(file.file, { timeout: file.busyTimeoutMs ?? 5000 });
    }
  } catch (cause) {
    // Whatever prevents opening the file (missing directory, permissions) makes the store unavailable.
    const failure = sqliteFailure(cause, 'ouverture');
    return err(failure.code === 'driver' ? { ...failure, code: 'unavailable' } : failure);
  }
  const fail = (failure: StoreFailure) => {
    if (owned) db.close();
    return err(failure);
  };
  try {
    if (owned) {
      const file = options as SqliteFileOptions;
      if (!db.memory) db.pragma('journal_mode = WAL');
      db.pragma(`synchronous = ${file.synchronous === 'normal' ? 'NORMAL' : 'FULL'}`);
    }
    const version = inspectSchema(db);
    if (version.isErr()) return fail(version.error);
    if (options.migrate !== false && version.value < SQLITE_SCHEMA_VERSION) {
      const report = applyMigrations(db);
      if (report.isErr()) return fail(report.error);
    }
  } catch (cause) {
    return fail(sqliteFailure(cause, 'ouverture'));
  }
  const store = createSqlStore<E>(createSqliteDialect(db, owned), {
    streamBatchSize: options.streamBatchSize ?? 500,
  });
  return ok({ ...store, file: db.name });
}

function checkOptions(options: SqliteStoreOptions): Result<void, ValidationError> {
  const bad = (code: string, message: string, path: string[]) =>
    err(validationError('Options du stockage SQLite invalides.', [{ code, message, path }]));
  if (typeof options !== 'object' || options === null)
    return bad('options.type', 'Un objet est attendu.', []);
  const hasFile = options.file !== undefined;
  const hasDb = options.database !== undefined;
  if (hasFile === hasDb) {
    return bad('options.source', 'Donner soit `file`, soit `database`.', []);
  }
  if (hasFile && typeof options.file !== 'string')
    return bad('options.file', 'Un chemin est attendu.', ['file']);
  const timeout = (options as SqliteFileOptions).busyTimeoutMs;
  if (timeout !== undefined && (!Number.isInteger(timeout) || timeout < 0)) {
    return bad('options.busy-timeout', 'Un entier de millisecondes positif ou nul est attendu.', [
      'busyTimeoutMs',
    ]);
  }
  if (options.streamBatchSize !== undefined) {
    const size = normalizeBatchSize(options.streamBatchSize, 500);
    if (size.isErr()) return err(size.error);
  }
  return ok(undefined);
}
