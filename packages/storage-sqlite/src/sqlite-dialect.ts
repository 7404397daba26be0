/**
 * The SQLite dialect of the shared SQL store engine (`@tremplin/core/store-kit`): better-sqlite3, run
 * synchronously.
 *
 * @packageDocumentation
 */
import type { StoreFailure } from '@tremplin/core';
import {
  runSqlWork,
  type SqlColumn,
  type SqlDialect,
  type SqlExecutor,
  type SqlRows,
  type SqlSyntax,
  type SqlWork,
  storeFailure,
  type TransactionOutcome,
} from '@tremplin/core/store-kit';
import type Database from 'better-sqlite3';
import { err, ok, type Result } from 'neverthrow';
import { SQLITE_SCHEMA_VERSION } from './migrations.js';
import { sqliteFailure } from './sqlite-errors.js';
import { applyMigrations, inspectSchema, readSchemaVersion } from './sqlite-schema.js';

type Db = Database.Database;
type Statement = Database.Statement;

/** How SQLite spells the engine's SQL: `?` placeholders, arrays as JSON text walked by `json_each`. */
const SQLITE_SYNTAX: SqlSyntax = {
  tables: {
    dossiers: 'tremplin_dossiers',
    events: 'tremplin_events',
    commands: 'tremplin_commands',
    tuteurs: 'tremplin_dossier_tuteurs',
  },
  placeholder: () => '?',
  inArray: (column, placeholder) => `${column} IN (SELECT value FROM json_each(${placeholder}))`,
  arrayParameter: (values) => JSON.stringify(values),
  insertRows: (columns) => `VALUES (${columns.map(() => '?').join(', ')})`,
  rowsRelation: (columns: readonly SqlColumn[], alias) =>
    `(SELECT ${columns.map((c) => `? AS ${c.name}`).join(', ')}) AS ${alias}`,
  // BEGIN IMMEDIATE holds the file's write lock for the whole transaction.
  lockRows: '',
};

type Column = readonly unknown[];
/** Up to nine columns, read only as far as the row shape goes. */
type Columns = readonly [Column, Column, Column, Column, Column, Column, Column, Column, Column];

/**
 * Runs a write once per row, each row's values passed straight from the columns as the call's arguments:
 * no array per row, and better-sqlite3 binds arguments faster than the elements of an array.
 *
 * @param s - the prepared statement.
 * @param rows - the rows, column by column.
 * @returns how many rows it changed in all.
 */
function runEachRow(s: Statement, rows: SqlRows): number {
  const [a, b, c, d, e, f, g, h, i] = rows as unknown as Columns;
  const count = rows.length === 0 ? 0 : a.length;
  let changes = 0;
  // The engine's row shapes (`statements.ts`): 2, 3, 5, 6 and 9 columns.
  switch (rows.length) {
    case 2:
      for (let r = 0; r < count; r++) changes += s.run(a[r], b[r]).changes;
      return changes;
    case 3:
      for (let r = 0; r < count; r++) changes += s.run(a[r], b[r], c[r]).changes;
      return changes;
    case 5:
      for (let r = 0; r < count; r++) changes += s.run(a[r], b[r], c[r], d[r], e[r]).changes;
      return changes;
    case 6:
      for (let r = 0; r < count; r++) {
        changes += s.run(a[r], b[r], c[r], d[r], e[r], f[r]).changes;
      }
      return changes;
    case 9:
      for (let r = 0; r < count; r++) {
        changes += s.run(a[r], b[r], c[r], d[r], e[r], f[r], g[r], h[r], i[r]).changes;
      }
      return changes;
    default:
      for (let r = 0; r < count; r++) changes += s.run(...rows.map((column) => column[r])).changes;
      return changes;
  }
}

/**
 * Statements on one connection, each prepared once and cached by its text; rows bound one at a time
 * (in process, a prepared statement per row is as fast as SQLite goes).
 */
function createExecutor(db: Db, cache: Map<string, Statement>): SqlExecutor {
  const statement = (sql: string): Statement => {
    let prepared = cache.get(sql);
    if (prepared === undefined) {
      prepared = db.prepare(sql);
      cache.set(sql, prepared);
    }
    return prepared;
  };
  return {
    query(sql, params) {
      const s = statement(sql);
      if (s.reader) return s.all(...params);
      s.run(...params);
      return [];
    },
    executeRows: (sql, rows) => runEachRow(statement(sql), rows),
    queryRows(sql, rows) {
      const s = statement(sql);
      const count = rows[0]?.length ?? 0;
      const out: unknown[] = [];
      // Reads over rows only look up replays: rare, and a few rows.
      for (let r = 0; r < count; r++) {
        for (const found of s.all(...rows.map((column) => column[r]))) out.push(found);
      }
      return out;
    },
  };
}

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
