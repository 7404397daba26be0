/**
 * The engine's statements as work the dialect runs: the steps the engine yields, and the two ways of
 * running them (synchronously, or awaiting each statement).
 *
 * @packageDocumentation
 */
import type { AsyncSqlExecutor, SqlExecutor, SqlRequest, SqlRows, SqlWork } from './dialect.js';

/**
 * Asks for one statement's rows.
 *
 * @typeParam R - the rows' shape.
 * @param sql - the statement.
 * @param params - its values.
 * @returns a step to `yield*`, whose value is the rows.
 */
export function* query<R>(sql: string, params: readonly unknown[]): SqlWork<R[]> {
  return (yield { kind: 'query', sql, params }) as R[];
}

/**
 * Asks for a write over many rows.
 *
 * @param sql - the statement.
 * @param rows - the rows, column by column.
 * @returns a step to `yield*`, whose value is the number of rows changed.
 */
export function* executeRows(sql: string, rows: SqlRows): SqlWork<number> {
  return (yield { kind: 'executeRows', sql, rows }) as number;
}

/**
 * Asks for a read over many rows.
 *
 * @typeParam R - the rows' shape.
 * @param sql - the statement.
 * @param rows - the rows, column by column.
 * @returns a step to `yield*`, whose value is every row read.
 */
export function* queryRows<R>(sql: string, rows: SqlRows): SqlWork<R[]> {
  return (yield { kind: 'queryRows', sql, rows }) as R[];
}

function answer(request: SqlRequest, executor: SqlExecutor): unknown {
  switch (request.kind) {
    case 'query':
      return executor.query(request.sql, request.params);
    case 'executeRows':
      return executor.executeRows(request.sql, request.rows);
    case 'queryRows':
      return executor.queryRows(request.sql, request.rows);
  }
}

/**
 * Runs work to its end on a synchronous executor, without yielding to the event loop.
 *
 * @typeParam T - the work's value.
 * @param work - the engine's work.
 * @param executor - the connection.
 * @returns the work's value. Throws what the executor throws.
 * @remarks For in-process drivers: the whole of a transaction then runs inside one synchronous call, as
 * the driver's own transaction helpers expect.
 */
export function runSqlWork<T>(work: SqlWork<T>, executor: SqlExecutor): T {
  let step = work.next();
  while (step.done !== true) step = work.next(answer(step.value, executor));
  return step.value;
}

/**
 * Runs work to its end on an asynchronous executor, awaiting each statement.
 *
 * @typeParam T - the work's value.
 * @param work - the engine's work.
 * @param executor - the connection (or the pool, outside transactions).
 * @returns the work's value. Rejects with what the executor throws.
 */
export async function runSqlWorkAsync<T>(work: SqlWork<T>, executor: AsyncSqlExecutor): Promise<T> {
  let step = work.next();
  while (step.done !== true) {
    const request = step.value;
    const value =
      request.kind === 'query'
        ? await executor.query(request.sql, request.params)
        : request.kind === 'executeRows'
          ? await executor.executeRows(request.sql, request.rows)
          : await executor.queryRows(request.sql, request.rows);
    step = work.next(value);
  }
  return step.value;
}
