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
import { prepareAppend, serializeAppend, validateAppends, validateDossierId } from '../validation.js';
import { type AppendSource, appendInTransaction, sourceOfInputs } from './append.js';
import type { SqlDialect } from './dialect.js';
import { createGuard, type SqlGuard } from './guard.js';
import { readHistory } from './history.js';
import { listDossiers, readCohortBatch } from './list.js';
import { loadDossier } from './load.js';
import { renderStatements, type SqlStatements } from './statements.js';
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

type Reads<E extends StoredEvent> = Pick<SqlStore<E>, 'load' | 'history' | 'list' | 'streamCohort'>;

/** The reading methods: validation, then one statement each (a stream, one per batch). */
function readMethods<E extends StoredEvent>(
  dialect: SqlDialect,
  sql: SqlStatements,
  guard: SqlGuard,
  options: SqlStoreOptions,
): Reads<E> {
  return {
    load(dossierId) {
      const id = validateDossierId(dossierId);
      if (id.isErr()) return now(err(id.error));
      return later(guard.guarded('lecture du dossier', () => dialect.read(loadDossier<E>(sql, dossierId))));
    },
    history(dossierId) {
      const id = validateDossierId(dossierId);
      if (id.isErr()) return now(err(id.error));
      return later(
        guard.guarded('lecture de l’historique', () => dialect.read(readHistory<E>(sql, dossierId))),
      );
    },
    list(filter, page) {
      const checked = normalizeFilter(filter).andThen((f) => normalizePage(page).map((p) => ({ f, p })));
      if (checked.isErr()) return now(err(checked.error));
      const { f, p } = checked.value;
      return later(guard.guarded('liste des dossiers', () => dialect.read(listDossiers(dialect, f, p))));
    },
    streamCohort(filter, streamOptions) {
      const checked = normalizeStream(filter, streamOptions, options.streamBatchSize);
      const read = (f: NormalizedFilter, after: string | undefined, size: number) =>
        guard.guarded('lecture de cohorte', () =>
          dialect.read(readCohortBatch(dialect, f, after, size)).then((rows) => ok(rows)),
        );
      return streamCohort<E>(checked, () => guard.closed, read);
    },
  };
}

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
  const guard = createGuard(dialect);
  const append = (source: AppendSource<E>) =>
    later(guard.guarded('ajout', () => appendInTransaction(dialect, sql, source)));
  return {
    capabilities: dialect.capabilities,
    append(input) {
      const prepared = prepareAppend(input);
      if (prepared.isErr()) return now(err(prepared.error));
      return append({ count: 1, slice: () => [prepared.value] }).map(
        (results) => results[0] as AppendResult<E>,
      );
    },
    appendBatch(inputs) {
      const valid = validateAppends(inputs);
      if (valid.isErr()) return now(err(valid.error));
      return append(sourceOfInputs(inputs, serializeAppend));
    },
    ...readMethods<E>(dialect, sql, guard, options),
    migrate() {
      return later(
        guard.unguarded('migration', async () => {
          const report = await dialect.migrate();
          if (report.isOk()) guard.recheck();
          return report;
        }),
      );
    },
    schemaVersion() {
      return later(
        guard.unguarded('lecture de la version du schéma', async () => ok(await dialect.schemaVersion())),
      );
    },
    close() {
      if (!guard.close()) return now(ok(undefined));
      return later(
        dialect.close().then(
          () => ok(undefined),
          (cause: unknown) => err(dialect.failure(cause, 'fermeture')),
        ),
      );
    },
  };
}
