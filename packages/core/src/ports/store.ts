/**
 * The Store port: where a dossier's events are kept. Adapters (`@tremplin/storage-memory`,
 * `@tremplin/storage-sqlite`, `@tremplin/storage-postgres`) implement it; `@tremplin/storage-testkit`
 * checks that they behave alike.
 *
 * @packageDocumentation
 */
import type { Result, ResultAsync } from 'neverthrow';
import type { ConflictError, NotFoundError, StoreFailure, ValidationError } from '../errors.js';
import type { EventEnvelope } from '../events.js';
import type { AppendInput, AppendResult, StoredEvent } from './append.js';
import type { DossierHistory, LoadedDossier } from './dossier.js';
import type { DossierSummary } from './dossier-index.js';
import type { DossierFilter, Page, PageRequest, StreamOptions } from './query.js';

/**
 * Why an append failed.
 *
 * @category Ports
 */
export type AppendError = ConflictError | StoreFailure | ValidationError;
/**
 * Why reading one dossier failed.
 *
 * @category Ports
 */
export type ReadError = NotFoundError | StoreFailure | ValidationError;
/**
 * Why a listing or a stream failed.
 *
 * @category Ports
 */
export type QueryError = StoreFailure | ValidationError;

/**
 * What a store can do beyond the required methods, and how its data lives. Check a flag before using the
 * optional method it announces.
 *
 * @category Ports
 */
export interface StoreCapabilities {
  /** `appendBatch` is available: many appends in one atomic transaction (bulk imports). */
  readonly batchAppend: boolean;
  /** `migrate` and `schemaVersion` are available: the store has a versioned schema. */
  readonly migrations: boolean;
  /** Data survive `close()` and a process restart. */
  readonly persistent: boolean;
  /** Several processes may open the same data and write concurrently. */
  readonly multiProcess: boolean;
}

/**
 * What `migrate()` did.
 *
 * @category Ports
 */
export interface MigrationReport {
  /** Schema version before. 0 for an empty database. */
  readonly from: number;
  /** Schema version after: the newest the code knows. */
  readonly to: number;
  /** Versions applied now, in order (empty when already up to date). */
  readonly applied: readonly number[];
}

/**
 * A dossier event store: each dossier is an append-only log of events with contiguous sequence numbers
 * from 1, plus a listing summary ({@link DossierIndex}) for selecting dossiers.
 *
 * Every method returns a value, never throws and never rejects: driver exceptions become `StoreFailure`
 * (`unavailable` for a lost connection or a lock timeout, `corrupt` for unreadable data, `driver` for the
 * rest); after `close()` every method fails with code `closed`.
 *
 * Each dossier's log is hash-chained: every event is stored with `computeChain(previous, envelope)` (the
 * SHA-256 of the previous link — 64 zeros before sequence 1 — and of the envelope in canonical JSON), and the
 * dossier's index row keeps the last link beside its last sequence. An append computes the links from that
 * head, without rereading the log; `load`, `history` and `streamCohort` recompute the whole chain and answer
 * `StoreFailure` `integrity` (with `dossierId` and the first altered `sequence`) when an event was edited,
 * deleted or added outside Tremplin, or the head moved. Adapters share one implementation: `verifyChain`
 * and `planAppends` of `@tremplin/core/store-kit`.
 *
 * @typeParam E - the domain event union; events must be JSON objects with a `type` string.
 * @remarks Events are the record: the store never changes or deletes an event, never appends one twice
 * for the same idempotency key, and reports every lost race as a `ConflictError`. A titularisation
 * decision can be contested years later (décret n° 94-874 du 7 octobre 1994), so the log must be complete
 * and must show when it was changed outside Tremplin: the chain makes an edit, a deletion or a truncation
 * of a stored log evident on the next read. It has no secret: whoever rewrites a log together with every
 * later link and the index row is not caught — backups kept elsewhere anchor the record.
 * @category Ports
 */
export interface Store<E extends StoredEvent = StoredEvent> {
  /** What this store can do. */
  readonly capabilities: StoreCapabilities;

  /**
   * Appends one command's events to a dossier, atomically.
   *
   * @param input - the dossier, the sequence the writer saw, the command's idempotency key, the events.
   * @returns the appended envelopes, or the original result when the key was already used on this dossier;
   * `ConflictError` when `expectedSequence` is not the dossier's last sequence (nothing appended);
   * `ValidationError` for a malformed input or a key reused with other events.
   * @example
   * const r = await store.append({
   *   dossierId: 'd-1', expectedSequence: 0, idempotencyKey: 'cmd-1',
   *   recordedAt: '2022-09-01T08:00:00+04:00', events: [{ type: 'dossier-ouvert' }], index,
   * });
   */
  append(input: AppendInput<E>): ResultAsync<AppendResult<E>, AppendError>;

  /**
   * Appends many commands in one transaction: all of them or none (present when
   * `capabilities.batchAppend`). Inputs apply in order, so several may target the same dossier.
   *
   * @param inputs - the appends, in order.
   * @returns one result per input, in the same order; the first error otherwise, with nothing appended.
   */
  appendBatch?(inputs: readonly AppendInput<E>[]): ResultAsync<readonly AppendResult<E>[], AppendError>;

  /**
   * Reads a dossier's whole log and latest summary.
   *
   * @param dossierId - the dossier.
   * @returns the dossier, or `NotFoundError` when it has no event; `StoreFailure` `integrity` when its log
   * does not match its hash chain.
   */
  load(dossierId: string): ResultAsync<LoadedDossier<E>, ReadError>;

  /**
   * Reads a dossier's audit trail: every command with its key, instant and events.
   *
   * @param dossierId - the dossier.
   * @returns the commands in order, or `NotFoundError` when the dossier has no event.
   */
  history(dossierId: string): ResultAsync<DossierHistory<E>, ReadError>;

  /**
   * Lists dossiers' summaries, ordered by `dossierId` (code point order), a page at a time.
   *
   * @param filter - which dossiers; `{}` for all.
   * @param page - page size and the cursor returned by the previous page.
   * @returns a page with a `nextCursor` when more dossiers follow; `ValidationError` for a bad cursor or limit.
   * @remarks A cursor marks a position in the order, not a snapshot: dossiers created after it are
   * listed if they sort after it. It stays valid across writes and across filters.
   */
  list(filter: DossierFilter, page?: PageRequest): ResultAsync<Page<DossierSummary>, QueryError>;

  /**
   * Streams every event of the selected dossiers in (`dossierId`, `sequence`) order, for batch evaluation.
   *
   * @param filter - which dossiers, as for `list`.
   * @param options - tuning.
   * @returns an async iterable of results; it ends after the first `err` item. A dossier whose log does
   * not match its hash chain is such an item (`integrity`), yielded before any of its events: the dossiers
   * before it are served whole, none after it (read them with `load` to check each on its own).
   * @remarks Not a snapshot: each dossier's events are read together, so each dossier is a consistent
   * prefix of its log, but dossiers changed during the stream may show their newer events.
   * @example
   * for await (const item of store.streamCohort({ academie: 'Réunion', anneeScolaire: '2022-2023' })) {
   *   if (item.isErr()) throw new Error(item.error.message);
   *   fold(item.value);
   * }
   */
  streamCohort(
    filter: DossierFilter,
    options?: StreamOptions,
  ): AsyncIterable<Result<EventEnvelope<E>, QueryError>>;

  /**
   * Applies the pending schema migrations (present when `capabilities.migrations`).
   *
   * @returns what was applied; `StoreFailure` `schema-too-new` when the database is newer than the code.
   */
  migrate?(): ResultAsync<MigrationReport, StoreFailure>;

  /**
   * Reads the database's schema version (present when `capabilities.migrations`).
   *
   * @returns the version, 0 for an empty database.
   */
  schemaVersion?(): ResultAsync<number, StoreFailure>;

  /**
   * Releases what the store opened (a file, a pool). Connections the caller passed in stay open. Calling it
   * twice is harmless.
   */
  close(): ResultAsync<void, StoreFailure>;
}
