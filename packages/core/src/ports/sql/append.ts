/**
 * The append transaction: a batch planned and written a slice at a time, all or nothing.
 *
 * @packageDocumentation
 */
import { err, ok, type Result } from 'neverthrow';
import type { AppendInput, AppendResult, StoredEvent } from '../append.js';
import { planAppends } from '../plan.js';
import type { AppendError } from '../store.js';
import { storeFailure } from '../store-errors.js';
import type { PreparedAppend } from '../validation.js';
import type { SqlDialect, SqlWork, TransactionOutcome } from './dialect.js';
import { readSnapshot } from './snapshot.js';
import type { SqlStatements } from './statements.js';
import { writePlan } from './write.js';

/** The inputs of a batch, prepared a slice at a time: `slice(start, end)` for `start < end ≤ count`. */
export interface AppendSource<E extends StoredEvent> {
  readonly count: number;
  slice(start: number, end: number): readonly PreparedAppend<E>[];
}

type Outcome<E extends StoredEvent> = TransactionOutcome<Result<AppendResult<E>[], AppendError>>;

function* appendSlices<E extends StoredEvent>(
  dialect: SqlDialect,
  sql: SqlStatements,
  source: AppendSource<E>,
): SqlWork<Outcome<E>> {
  const results: AppendResult<E>[] = [];
  const { count } = source;
  for (let start = 0; start < count; start += dialect.appendSlice) {
    const prepared = source.slice(start, Math.min(count, start + dialect.appendSlice));
    const snapshot = yield* readSnapshot(dialect, sql, prepared);
    const plan = planAppends(prepared, snapshot, { offset: start, total: count });
    if (plan.isErr()) return { commit: false, value: err(plan.error) };
    if (!(yield* writePlan(dialect, sql, plan.value))) {
      // A concurrent writer created one of the slice's dossiers first: what to answer if it keeps winning.
      const race = storeFailure('unavailable', 'Création concurrente répétée du même dossier : réessayer.');
      return { commit: false, retry: true, value: err(race) };
    }
    for (const result of plan.value.results) results.push(result);
  }
  return { commit: true, value: ok(results) };
}

/**
 * Runs a batch's append transaction.
 *
 * @param dialect - the dialect.
 * @param sql - the engine's statements.
 * @param source - the validated inputs.
 * @returns one result per input, or the first error, with nothing written. Throws what the driver throws.
 * @remarks Each slice is planned against what the previous ones wrote, in the same transaction, so the
 * outcome is the whole batch's while a large import keeps only one slice of JSON text in memory. The
 * expected-sequence check and the idempotency rules are `planAppends`'s; the lock that makes them hold
 * against concurrent writers is the dialect's (its transaction, and its row lock on the dossiers read).
 */
export function appendInTransaction<E extends StoredEvent>(
  dialect: SqlDialect,
  sql: SqlStatements,
  source: AppendSource<E>,
): Promise<Result<AppendResult<E>[], AppendError>> {
  if (source.count === 0) return Promise.resolve(ok([]));
  return dialect.transaction(() => appendSlices(dialect, sql, source));
}

/**
 * The source of a validated batch, serialised a slice at a time.
 *
 * @param inputs - the inputs, validated.
 * @param serialize - how one input is serialised.
 * @returns the source.
 */
export function sourceOfInputs<E extends StoredEvent>(
  inputs: readonly AppendInput<E>[],
  serialize: (input: AppendInput<E>) => PreparedAppend<E>,
): AppendSource<E> {
  return { count: inputs.length, slice: (start, end) => inputs.slice(start, end).map(serialize) };
}
