/**
 * The PostgreSQL dialect of the shared SQL store engine (`@tremplin/core/store-kit`), on a `pg` pool or
 * PGlite: `$n` placeholders, arrays sent whole, rows as column arrays through `unnest`, dossiers locked
 * with `FOR UPDATE`.
 *
 * @packageDocumentation
 */
import type { StoreFailure } from '@tremplin/core';
import {
  runSqlWorkAsync,
  type SqlDialect,
  type SqlWork,
  storeFailure,
  type TransactionOutcome,
} from '@tremplin/core/store-kit';
import { err, ok, type Result } from 'neverthrow';
import type { PgDriver } from './driver.js';
import { POSTGRES_SCHEMA_VERSION } from './migrations.js';
import { isRetryable, pgFailure } from './pg-errors.js';
import { executorOf, postgresSyntax } from './pg-executor.js';
import { applyMigrations, inspectSchema, readSchemaVersion } from './pg-schema.js';

/** Attempts of an append transaction that hits a deadlock, a serialisation failure or a creation race. */
const ATTEMPTS = 8;

/**
 * Runs a transaction, again after a deadlock, a serialisation failure or a lost creation race, waiting a
 * little longer each time.
 */
async function retrying<T>(driver: PgDriver, work: () => SqlWork<TransactionOutcome<T>>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      const outcome = await driver.transaction(async (tx) => {
        const o = await runSqlWorkAsync(work(), executorOf(tx));
        return { commit: o.commit, value: o };
      });
      if (outcome.retry !== true || attempt >= ATTEMPTS) return outcome.value;
    } catch (cause) {
      if (!isRetryable(cause) || attempt >= ATTEMPTS) throw cause;
    }
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * attempt));
  }
}

/**
 * The PostgreSQL dialect over a driver.
 *
 * @param driver - a `pg` pool's or PGlite's driver, with the schema checked by the factory.
 * @param schema - the schema holding the tables.
 * @returns the dialect.
 * @remarks Appends run in `READ COMMITTED` transactions that first lock the batch's existing dossiers
 * (`SELECT … FOR UPDATE`, in identifier order), so that concurrent writers on other connections or
 * processes are serialised per dossier. Creating a dossier is an `INSERT … ON CONFLICT DO NOTHING`: a
 * writer that loses the creation race retries, and then sees the winner. A whole batch is one slice: few
 * round trips, rows sent as column arrays.
 */
export function createPostgresDialect(driver: PgDriver, schema: string): SqlDialect {
  const pool = executorOf(driver);
  return {
    ...postgresSyntax(schema),
    capabilities: Object.freeze({
      batchAppend: true,
      migrations: true,
      persistent: driver.persistent,
      multiProcess: driver.kind === 'pg',
    }),
    appendSlice: Number.POSITIVE_INFINITY,
    read: (work) => runSqlWorkAsync(work, pool),
    transaction: (work) => retrying(driver, work),
    failure: pgFailure,
    checkSchema: () => checkSchema(driver, schema),
    migrate: () => applyMigrations(driver, schema),
    schemaVersion: () => readSchemaVersion(driver, schema),
    close: () => driver.close(),
  };
}

async function checkSchema(driver: PgDriver, schema: string): Promise<Result<void, StoreFailure>> {
  const inspected = await inspectSchema(driver, schema);
  if (inspected.isErr()) return err(inspected.error);
  const version = inspected.value;
  if (version < POSTGRES_SCHEMA_VERSION) {
    return err(
      storeFailure(
        'unavailable',
        `Le schéma ${schema} est à la version ${version}, ce code attend la version ${POSTGRES_SCHEMA_VERSION} : appeler migrate().`,
      ),
    );
  }
  return ok(undefined);
}
