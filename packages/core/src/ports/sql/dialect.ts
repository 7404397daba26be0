/**
 * What a SQL dialect gives the shared SQL store engine: how its SQL is spelled (placeholders, array
 * parameters, rows bound as parameters, row locks), how statements run, how transactions are taken, how
 * driver errors read, and its schema's migrations. Everything else — the append transaction, the reads,
 * the where clause, the error flow — is the engine's.
 *
 * @packageDocumentation
 */
import type { Result } from 'neverthrow';
import type { StoreFailure } from '../../errors.js';
import type { MigrationReport, StoreCapabilities } from '../store.js';

/**
 * The type of a column bound as parameters: the engine only stores text and integers.
 *
 * @remarks Dialects that send a column as one typed array (PostgreSQL's `unnest($1::text[])`) need it;
 * dialects that bind row by row may ignore it.
 */
export type SqlType = 'text' | 'integer';

/** A column of rows bound as parameters: its name in the statement and its type. */
export interface SqlColumn {
  readonly name: string;
  readonly type: SqlType;
}

/**
 * The values of several rows, one array per column, in the order of the statement's columns; every array
 * has the same length (the number of rows).
 *
 * @remarks Column-major, so that a dialect that sends whole columns (PostgreSQL arrays) binds them as they
 * are, while a dialect that binds row by row (a prepared SQLite statement) reads across them.
 */
export type SqlRows = readonly (readonly unknown[])[];

/**
 * The qualified names of the four tables of the shared schema.
 *
 * @remarks Each dialect names them its own way (`tremplin_events` in a SQLite file, `"schema".events` in a
 * PostgreSQL schema); the columns are the same everywhere (see `DossierColumns`, `EventColumns`,
 * `CommandColumns`).
 */
export interface SqlTables {
  readonly dossiers: string;
  readonly events: string;
  readonly commands: string;
  /** `(tuteur_id, dossier_id)` pairs, for the `tuteurId` filter. */
  readonly tuteurs: string;
}

/**
 * How a dialect spells what differs between SQL databases. Pure functions of their arguments: the engine
 * renders its statements once with them, and the where clause of every listing.
 */
export interface SqlSyntax {
  /** The tables. */
  readonly tables: SqlTables;
  /**
   * The placeholder of a parameter.
   *
   * @param position - the parameter's position in the statement, from 1.
   * @returns e.g. `?` (SQLite) or `$3` (PostgreSQL).
   */
  placeholder(position: number): string;
  /**
   * A predicate: the column's value is one of the strings bound, as one parameter, at `placeholder`.
   *
   * @param column - the column, qualified as the statement needs.
   * @param placeholder - what {@link SqlSyntax.placeholder} rendered for the parameter.
   * @returns e.g. `c IN (SELECT value FROM json_each(?))` or `c = ANY($1::text[])`.
   * @remarks One parameter whatever the number of values, so that the statement's text — hence its
   * prepared form — does not depend on the filter's length.
   */
  inArray(column: string, placeholder: string): string;
  /**
   * The value to bind for the parameter of an {@link SqlSyntax.inArray} predicate.
   *
   * @param values - the strings.
   * @returns e.g. their JSON text (SQLite) or the array itself (PostgreSQL).
   */
  arrayParameter(values: readonly string[]): unknown;
  /**
   * What follows `INSERT INTO t (columns)` to insert rows bound with {@link SqlExecutor.executeRows}.
   *
   * @param columns - the inserted columns, in order.
   * @returns e.g. `VALUES (?, ?)` (bound once per row) or `SELECT * FROM unnest($1::text[], $2::int4[])`
   * (bound once per chunk of rows).
   */
  insertRows(columns: readonly SqlColumn[]): string;
  /**
   * A relation of rows bound with {@link SqlExecutor.executeRows} or {@link SqlExecutor.queryRows}, for a
   * `FROM` or a `JOIN`, whose columns carry the given names.
   *
   * @param columns - its columns, in order.
   * @param alias - the relation's name in the statement.
   * @returns e.g. `(SELECT ? AS a, ? AS b) AS r` or `unnest($1::text[], $2::int4[]) AS r(a, b)`.
   */
  rowsRelation(columns: readonly SqlColumn[], alias: string): string;
  /**
   * What ends the `SELECT` of the append transaction that reads the batch's dossiers, to lock them until
   * the transaction ends: `' FOR UPDATE'` where rows are locked one by one, `''` where the transaction
   * already holds the database's write lock (SQLite's `BEGIN IMMEDIATE`).
   */
  readonly lockRows: string;
}

/**
 * Runs statements on one connection, synchronously (an in-process driver such as better-sqlite3).
 *
 * @remarks The engine never calls it: it describes its statements as {@link SqlWork}, and the dialect
 * runs them with `runSqlWork` on one of these (or `runSqlWorkAsync` on an
 * {@link AsyncSqlExecutor}).
 */
export interface SqlExecutor {
  /**
   * Runs one statement.
   *
   * @param sql - the statement, with the dialect's placeholders.
   * @param params - the values, in placeholder order.
   * @returns the rows it returns (none for a write).
   */
  query(sql: string, params: readonly unknown[]): unknown[];
  /**
   * Runs a write whose rows come from {@link SqlSyntax.insertRows} or {@link SqlSyntax.rowsRelation}, for
   * all the rows.
   *
   * @param sql - the statement.
   * @param rows - the rows' values, column by column.
   * @returns how many rows the statement changed in all.
   * @remarks The dialect decides how the rows travel: one execution per row of a cached prepared
   * statement (SQLite, in process), or a few executions of column arrays cut by size (PostgreSQL, over
   * the network).
   */
  executeRows(sql: string, rows: SqlRows): number;
  /**
   * Runs a read whose rows come from {@link SqlSyntax.rowsRelation}, for all the rows.
   *
   * @param sql - the statement.
   * @param rows - the rows' values, column by column.
   * @returns every row read, in no particular order across executions.
   */
  queryRows(sql: string, rows: SqlRows): unknown[];
}

/** {@link SqlExecutor} for a driver that answers asynchronously (a network client such as `pg`, or PGlite). */
export interface AsyncSqlExecutor {
  /** As {@link SqlExecutor.query}. */
  query(sql: string, params: readonly unknown[]): Promise<unknown[]>;
  /** As {@link SqlExecutor.executeRows}. */
  executeRows(sql: string, rows: SqlRows): Promise<number>;
  /** As {@link SqlExecutor.queryRows}. */
  queryRows(sql: string, rows: SqlRows): Promise<unknown[]>;
}

/** One statement the engine asks for, as data: which {@link SqlExecutor} method, and its arguments. */
export type SqlRequest =
  | { readonly kind: 'query'; readonly sql: string; readonly params: readonly unknown[] }
  | { readonly kind: 'executeRows'; readonly sql: string; readonly rows: SqlRows }
  | { readonly kind: 'queryRows'; readonly sql: string; readonly rows: SqlRows };

/**
 * A piece of the engine's work: a generator that yields the statements it needs, receives each one's
 * answer, and returns its value.
 *
 * @typeParam T - the value.
 * @remarks The engine's logic is written once and never awaits a driver: a synchronous dialect runs it
 * to the end without yielding to the event loop (a better-sqlite3 transaction stays synchronous, so two
 * connections of one process never wait on each other inside it), an asynchronous one awaits each
 * statement.
 */
export type SqlWork<T> = Generator<SqlRequest, T, unknown>;

/**
 * What a transaction body hands back: whether to commit, and the value to return.
 *
 * @typeParam T - the value.
 * @remarks `retry` asks the dialect to roll back and run the body again (the append lost a race to create a
 * dossier); `value` is returned once the dialect stops retrying. Retrying — how often, how long to wait —
 * is the dialect's, so that the engine needs no clock.
 */
export interface TransactionOutcome<T> {
  readonly commit: boolean;
  readonly retry?: boolean;
  readonly value: T;
}

/**
 * A SQL database as the engine sees it: its syntax, its statements, its transactions, its errors and its
 * schema. A new SQL store is one of these plus a factory that opens the connection.
 *
 * @remarks Methods may throw (reject) what the driver throws: the engine catches every exception and maps
 * it with {@link SqlDialect.failure}, so that the store itself never throws.
 */
export interface SqlDialect extends SqlSyntax {
  /** What the store announces. */
  readonly capabilities: StoreCapabilities;
  /**
   * How many inputs of a batch are planned and written at a time, in the one transaction.
   *
   * @remarks Small slices keep a large import's memory flat where statements are cheap (SQLite); one
   * slice keeps round trips few where they are not (PostgreSQL).
   */
  readonly appendSlice: number;
  /**
   * Runs work outside a transaction: the engine's reads, each a single statement (hence a snapshot).
   *
   * @param work - the work.
   * @returns its value.
   */
  read<T>(work: SqlWork<T>): Promise<T>;
  /**
   * Runs work in a write transaction, with whatever lock keeps concurrent writers of the same dossiers
   * apart, and commits, rolls back or retries as its outcome says (and rolls back if it throws).
   *
   * @param work - makes the transaction's work (called again for each attempt).
   * @returns the outcome's value.
   * @remarks The dialect also retries the failures it knows to be transient (a deadlock).
   */
  transaction<T>(work: () => SqlWork<TransactionOutcome<T>>): Promise<T>;
  /**
   * Maps a driver exception.
   *
   * @param cause - what the driver threw.
   * @param doing - what the store was doing, in French, for the message.
   * @returns `unavailable`, `corrupt` or `driver`, with `cause` kept.
   */
  failure(cause: unknown, doing: string): StoreFailure;
  /**
   * Checks that the schema is the one this code writes.
   *
   * @returns nothing; `unavailable` when migrations are pending, `schema-too-new`, or `corrupt`.
   */
  checkSchema(): Promise<Result<void, StoreFailure>>;
  /** Applies the pending migrations. */
  migrate(): Promise<Result<MigrationReport, StoreFailure>>;
  /** Reads the schema version (0 for an empty database). */
  schemaVersion(): Promise<number>;
  /** Releases what the dialect owns (a file, a pool), after the transactions under way. */
  close(): Promise<void>;
}
