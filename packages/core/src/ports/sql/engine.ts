/**
 * The SQL store engine: one implementation of the Store port over any {@link SqlDialect}.
 *
 * @packageDocumentation
 */
import { err, ok, type Result, ResultAsync } from 'neverthrow';
import type { StoreFailure } from '../../errors.js';
import type { AppendInput, AppendResult, StoredEvent } from '../append.js';
import { type NormalizedFilter, normalizeFilter, normalizePage, normalizeStream } from '../filter.js';
import type { AppendError, MigrationReport, Store } from '../store.js';
import { closedStoreFailure } from '../store-errors.js';
import { prepareAppend, serializeAppend, validateAppends, validateDossierId } from '../validation.js';
import { appendInTransaction, sourceOfInputs } from './append.js';
import type { SqlDialect } from './dialect.js';
import { readHistory } from './history.js';
import { listDossiers, readCohortBatch } from './list.js';
import { loadDossier } from './load.js';
import { renderStatements } from './statements.js';
import { streamCohort } from './stream.js';

/** How the engine runs a store. */
export interface SqlStoreOptions {
  /** Dossiers read per round trip by `streamCohort` when the caller does not say (checked by the factory). */
  readonly streamBatchSize: number;
}

/**
 * A {@link Store} on SQL, with the methods every SQL store has: `appendBatch`, `migrate`, `schemaVersion`.
 *
 * @typeParam E - the domain event union.
 */
export interface SqlStore<E extends StoredEvent = StoredEvent> extends Store<E> {
  appendBatch(inputs: readonly AppendInput<E>[]): ResultAsync<readonly AppendResult<E>[], AppendError>;
  migrate(): ResultAsync<MigrationReport, StoreFailure>;
  schemaVersion(): ResultAsync<number, StoreFailure>;
}

const later = <T, X>(promise: Promise<Result<T, X>>): ResultAsync<T, X> => new ResultAsync(promise);
const now = <T, X>(result: Result<T, X>): ResultAsync<T, X> => later(Promise.resolve(result));

/**
 * Builds a store on a dialect.
 *
 * @typeParam E - the domain event union.
 * @param dialect - the database, opened (and migrated, if asked) by the dialect's factory.
 * @param options - the engine's settings.
 * @returns the store.
 * @remarks Everything the SQL stores share lives here: input validation, the append transaction (the
 * expected-sequence check, idempotent replays and reuse detection, the dossier index), `appendBatch`,
 * `load`, `history`, `list` with its cursor, `streamCohort`, the where clause, the schema check before
 * first use, closing, and the flow of errors — every exception the dialect throws is caught here and
 * mapped with its `failure`, so that no method throws. The dialect gives only what differs between
 * databases. The store holds no state but whether it is closed and whether the schema was checked.
 * @example
 * const store = createSqlStore<MyEvent>(mySqlDialect(connection), { streamBatchSize: 500 });
 */
export function createSqlStore<E extends StoredEvent = StoredEvent>(
  dialect: SqlDialect,
  options: SqlStoreOptions,
): SqlStore<E> {
  const sql = renderStatements(dialect);
  let closed = false;
  let ready = false;

  /**
   * Runs `fn` once the schema is known to be current, mapping every exception. Once it is, no more
   * promise than `fn`'s and one `catch`: a point read of an in-process database stays cheap.
   */
  const guarded = <T, X>(
    doing: string,
    fn: () => Promise<Result<T, X>>,
  ): Promise<Result<T, X | StoreFailure>> => {
    if (closed) return Promise.resolve(err(closedStoreFailure()));
    const run = (): Promise<Result<T, X | StoreFailure>> => {
      try {
        return fn();
      } catch (cause) {
        return Promise.reject(cause);
      }
    };
    const failed = (cause: unknown) => err(dialect.failure(cause, doing));
    if (ready) return run().catch(failed);
    return dialect
      .checkSchema()
      .then((checked) => {
        if (checked.isErr()) return err(checked.error);
        ready = true;
        return run();
      })
      .catch(failed);
  };
  /** Runs an operation that needs no schema (migrating, reading the version), mapping every exception. */
  const unguarded = <T>(doing: string, fn: () => Promise<Result<T, StoreFailure>>) => {
    if (closed) return now<T, StoreFailure>(err(closedStoreFailure()));
    return later(fn().catch((cause: unknown) => err(dialect.failure(cause, doing))));
  };

  return {
    capabilities: dialect.capabilities,
    append(input) {
      const prepared = prepareAppend(input);
      if (prepared.isErr()) return now(err(prepared.error));
      const source = { count: 1, slice: () => [prepared.value] };
      return later(guarded('ajout', () => appendInTransaction(dialect, sql, source))).map(
        (results) => results[0] as AppendResult<E>,
      );
    },
    appendBatch(inputs) {
      const valid = validateAppends(inputs);
      if (valid.isErr()) return now(err(valid.error));
      const source = sourceOfInputs(inputs, serializeAppend);
      return later(guarded('ajout', () => appendInTransaction(dialect, sql, source)));
    },
    load(dossierId) {
      const id = validateDossierId(dossierId);
      if (id.isErr()) return now(err(id.error));
      return later(guarded('lecture du dossier', () => dialect.read(loadDossier<E>(sql, dossierId))));
    },
    history(dossierId) {
      const id = validateDossierId(dossierId);
      if (id.isErr()) return now(err(id.error));
      return later(guarded('lecture de l’historique', () => dialect.read(readHistory<E>(sql, dossierId))));
    },
    list(filter, page) {
      const checked = normalizeFilter(filter).andThen((f) => normalizePage(page).map((p) => ({ f, p })));
      if (checked.isErr()) return now(err(checked.error));
      const { f, p } = checked.value;
      return later(guarded('liste des dossiers', () => dialect.read(listDossiers(dialect, f, p))));
    },
    streamCohort(filter, streamOptions) {
      const checked = normalizeStream(filter, streamOptions, options.streamBatchSize);
      const read = (f: NormalizedFilter, after: string | undefined, size: number) =>
        guarded('lecture de cohorte', () =>
          dialect.read(readCohortBatch(dialect, f, after, size)).then((rows) => ok(rows)),
        );
      return streamCohort<E>(checked, () => closed, read);
    },
    migrate() {
      return unguarded('migration', async () => {
        const report = await dialect.migrate();
        if (report.isOk()) ready = false;
        return report;
      });
    },
    schemaVersion() {
      return unguarded('lecture de la version du schéma', async () => ok(await dialect.schemaVersion()));
    },
    close() {
      if (closed) return now(ok(undefined));
      closed = true;
      return later(
        dialect.close().then(
          () => ok(undefined),
          (cause: unknown) => err(dialect.failure(cause, 'fermeture')),
        ),
      );
    },
  };
}
