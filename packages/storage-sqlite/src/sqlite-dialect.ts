/**
 * The SQLite dialect of the shared SQL store engine (`@tremplin/core/store-kit`): better-sqlite3, run
 * synchronously.
 *
 * @packageDocumentation
 */
import type { StoreFailure } from '@tremplin/core';
import {
  runSqlWork,
  type SqlDialect,
  type SqlWork,
  storeFailure,
  type TransactionOutcome,
} from '@tremplin/core/store-kit';
import type Database from 'better-sqlite3';
import { err, ok, type Result } from 'neverthrow';
import { SQLITE_SCHEMA_VERSION } from './migrations.js';
import { sqliteFailure } from './sqlite-errors.js';
import { createExecutor, SQLITE_SYNTAX } from './sqlite-executor.js';
import { applyMigrations, inspectSchema, readSchemaVersion } from './sqlite-schema.js';

type Db = Database.Database;
type Statement = Database.Statement;

/** Carries a rolled-back transaction's value out of better-sqlite3's transaction helper. */
class Rollback {
  constructor(readonly value: unknown) {}
}

/** Runs a synchronous call as a promise: its exception becomes the rejection. */
const settle = <T>(fn: () => T): Promise<T> => new Promise((resolve) => resolve(fn()));

/**
 * The SQLite dialect over a connection.
 *
 * @param db - the connection, with the schema checked by the factory.
 * @param owned - whether `close()` closes it (only for connections the store opened).
 * @returns the dialect.
 * @remarks The engine's work runs synchronously to its end ({@link runSqlWork}): an append is one
 * `BEGIN IMMEDIATE` transaction of better-sqlite3, which takes the file's write lock before reading the
 * heads, so that writers on other connections or in other processes are serialised by SQLite, and which
 * never yields to the event loop, so that two connections of one process never wait on each other inside
 * it. Reads are single statements, hence snapshots, not blocked by other connections' writers (WAL).
 */
export function createSqliteDialect(db: Db, owned: boolean): SqlDialect {
  const cache = new Map<string, Statement>();
  const executor = createExecutor(db, cache);
  const immediate = db.transaction((work: SqlWork<TransactionOutcome<unknown>>) => {
    const outcome = runSqlWork(work, executor);
    // A creation race cannot happen under the file's write lock: a retry is answered as a rollback.
    if (!outcome.commit) throw new Rollback(outcome.value);
    return outcome.value;
  }).immediate;
  return {
    ...SQLITE_SYNTAX,
    capabilities: Object.freeze({
      batchAppend: true,
      migrations: true,
      persistent: !db.memory,
      multiProcess: !db.memory,
    }),
    appendSlice: 1000,
    read: (work) => settle(() => runSqlWork(work, executor)),
    transaction: <T>(work: () => SqlWork<TransactionOutcome<T>>) =>
      settle(() => {
        try {
          return immediate(work()) as T;
        } catch (cause) {
          if (cause instanceof Rollback) return cause.value as T;
          throw cause;
        }
      }),
    failure: sqliteFailure,
    checkSchema: () => settle(() => checkSchema(db)),
    migrate: () =>
      settle(() => {
        cache.clear();
        return applyMigrations(db);
      }),
    schemaVersion: () => settle(() => readSchemaVersion(db)),
    close: () =>
      settle(() => {
        cache.clear();
        if (owned) db.close();
      }),
  };
}

function checkSchema(db: Db): Result<void, StoreFailure> {
  const inspected = inspectSchema(db);
  if (inspected.isErr()) return err(inspected.error);
  const version = inspected.value;
  if (version < SQLITE_SCHEMA_VERSION) {
    return err(
      storeFailure(
        'unavailable',
        `La base est au schéma ${version}, ce code attend le schéma ${SQLITE_SCHEMA_VERSION} : appeler migrate().`,
      ),
    );
  }
  return ok(undefined);
}
