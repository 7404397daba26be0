/**
 * The PostgreSQL Store: for an académie's or the nation's server (`pg`), or embedded (PGlite). The store is
 * the shared SQL engine of `@tremplin/core/store-kit` on the PostgreSQL dialect; this module connects.
 *
 * @packageDocumentation
 */
import type { StoredEvent, StoreFailure, ValidationError } from '@tremplin/core';
import { createSqlStore, normalizeBatchSize, type SqlStore, validationError } from '@tremplin/core/store-kit';
import { err, ok, type Result, ResultAsync } from 'neverthrow';
import { type PGliteLike, type PgDriver, type PgPoolLike, pgliteDriver, pgPoolDriver } from './driver.js';
import { POSTGRES_SCHEMA_VERSION } from './migrations.js';
import { createPostgresDialect } from './pg-dialect.js';
import { pgFailure } from './pg-errors.js';
import { isSchemaName } from './pg-names.js';
import { applyMigrations, inspectSchema } from './pg-schema.js';

/** Options shared by every way of connecting. */
interface CommonOptions {
  /** The PostgreSQL schema holding Tremplin's tables (default `'tremplin'`), created by the first migration. */
  readonly schema?: string;
  /**
   * Apply pending migrations on open (default `true`). With `false`, the store opens but every method fails
   * with `unavailable` until `migrate()` is called; a schema newer than the code is refused either way.
   */
  readonly migrate?: boolean;
  /** Dossiers read per round trip by `streamCohort` (default 500). */
  readonly streamBatchSize?: number;
}

/** Use a `pg.Pool` the caller created (left open by `close()`). */
export interface PostgresPoolOptions extends CommonOptions {
  readonly pool: PgPoolLike;
}

/** Create a `pg.Pool` from a connection string (ended by `close()`). */
export interface PostgresUrlOptions extends CommonOptions {
  readonly connectionString: string;
  /** Largest number of connections (default 10). */
  readonly poolSize?: number;
}

/** Use embedded PostgreSQL: a `PGlite` instance the caller created (left open by `close()`). */
export interface PostgresPGliteOptions extends CommonOptions {
  readonly pglite: PGliteLike;
}

/** How to open a PostgreSQL store: exactly one of `pool`, `connectionString`, `pglite`. */
export type PostgresStoreOptions = PostgresPoolOptions | PostgresUrlOptions | PostgresPGliteOptions;

/** A {@link @tremplin/core!Store | Store} on PostgreSQL, with `appendBatch`, `migrate` and `schemaVersion`. */
export interface PostgresStore<E extends StoredEvent = StoredEvent> extends SqlStore<E> {
  /** The schema holding the tables. */
  readonly schema: string;
}

const later = <T, X>(promise: Promise<Result<T, X>>): ResultAsync<T, X> => new ResultAsync(promise);

/**
 * Opens a PostgreSQL store on a `pg` pool, a connection string, or a PGlite instance.
 *
 * @typeParam E - the domain event union.
 * @param options - the connection, the schema, whether to migrate on open.
 * @returns the store; `ValidationError` for bad options; `StoreFailure` when the server cannot be reached
 * (`unavailable`) or the schema was written by a newer Tremplin (`schema-too-new`).
 * @remarks Appends run in `READ COMMITTED` transactions that first lock the batch's existing dossiers
 * (`SELECT … FOR UPDATE`, in identifier order) and then read their heads and idempotency records, so that
 * concurrent writers on other connections or processes are serialised per dossier and every stale
 * `expectedSequence` is reported as a `ConflictError`. Creating a dossier is an `INSERT … ON CONFLICT DO
 * NOTHING`: a writer that loses the creation race retries, and then sees the winner. Deadlocks and
 * serialisation failures are retried a few times before `unavailable`. Reads are single statements, hence
 * consistent snapshots. Everything but connecting is the shared engine's (`createSqlStore` of
 * `@tremplin/core/store-kit`) on the PostgreSQL dialect.
 * @example
 * import pg from 'pg';
 * const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
 * const opened = await createPostgresStore<MyEvent>({ pool, schema: 'tremplin' });
 */
export function createPostgresStore<E extends StoredEvent = StoredEvent>(
  options: PostgresStoreOptions,
): ResultAsync<PostgresStore<E>, StoreFailure | ValidationError> {
  return later(open<E>(options));
}

async function open<E extends StoredEvent>(
  options: PostgresStoreOptions,
): Promise<Result<PostgresStore<E>, StoreFailure | ValidationError>> {
  const checked = checkOptions(options);
  if (checked.isErr()) return err(checked.error);
  const schema = options.schema ?? 'tremplin';
  let driver: PgDriver;
  if ('pool' in options && options.pool !== undefined) {
    driver = pgPoolDriver(options.pool, false);
  } else if ('pglite' in options && options.pglite !== undefined) {
    driver = pgliteDriver(options.pglite);
  } else {
    const url = options as PostgresUrlOptions;
    try {
      const pg = await import('pg');
      const Pool = (pg.default ?? pg).Pool;
      const pool = new Pool({ connectionString: url.connectionString, max: url.poolSize ?? 10 });
      // An idle client's error (server restart) must not crash the process; the next query reports it.
      pool.on('error', () => {});
      driver = pgPoolDriver(pool, true);
    } catch (cause) {
      return err(pgFailure(cause, 'chargement du pilote pg'));
    }
  }
  const fail = async (failure: StoreFailure) => {
    await driver.close().catch(() => {});
    return err(failure);
  };
  try {
    const version = await inspectSchema(driver, schema);
    if (version.isErr()) return fail(version.error);
    if (options.migrate !== false && version.value < POSTGRES_SCHEMA_VERSION) {
      const report = await applyMigrations(driver, schema);
      if (report.isErr()) return fail(report.error);
    }
  } catch (cause) {
    return fail(pgFailure(cause, 'ouverture'));
  }
  const store = createSqlStore<E>(createPostgresDialect(driver, schema), {
    streamBatchSize: options.streamBatchSize ?? 500,
  });
  return ok({ ...store, schema });
}

function checkOptions(options: PostgresStoreOptions): Result<void, ValidationError> {
  const bad = (code: string, message: string, path: string[]) =>
    err(validationError('Options du stockage PostgreSQL invalides.', [{ code, message, path }]));
  if (typeof options !== 'object' || options === null)
    return bad('options.type', 'Un objet est attendu.', []);
  const sources = ['pool', 'connectionString', 'pglite'].filter(
    (key) => (options as unknown as Record<string, unknown>)[key] !== undefined,
  );
  if (sources.length !== 1) {
    return bad('options.source', 'Donner exactement un de `pool`, `connectionString`, `pglite`.', []);
  }
  if (options.schema !== undefined && (typeof options.schema !== 'string' || !isSchemaName(options.schema))) {
    return bad(
      'options.schema',
      'Nom de schéma : une lettre ou _, puis lettres, chiffres ou _, 63 caractères au plus.',
      ['schema'],
    );
  }
  if (options.streamBatchSize !== undefined) {
    const size = normalizeBatchSize(options.streamBatchSize, 500);
    if (size.isErr()) return err(size.error);
  }
  return ok(undefined);
}
