/**
 * The in-memory Store: the reference behaviour of the port and the oracle of the conformance kit.
 *
 * @packageDocumentation
 */
import type {
  AppendError,
  AppendInput,
  AppendResult,
  DossierFilter,
  DossierHistory,
  DossierIndex,
  DossierSummary,
  EventEnvelope,
  LoadedDossier,
  Page,
  PageRequest,
  QueryError,
  ReadError,
  Store,
  StoreCapabilities,
  StoredEvent,
  StoreFailure,
  StreamOptions,
} from '@tremplin/core';
import {
  type AppendSnapshot,
  type CommandRow,
  closedStoreFailure,
  commandKey,
  commandRowOf,
  compareCodePoints,
  dossierNotFound,
  type EventRow,
  encodeCursor,
  eventRowsOf,
  matchesFilter,
  normalizeFilter,
  normalizePage,
  normalizeStream,
  type PreparedAppend,
  planAppends,
  prepareAppend,
  prepareAppends,
  type StoredCommand,
  validateDossierId,
  verifyChain,
} from '@tremplin/core/store-kit';
import { err, ok, type Result, ResultAsync } from 'neverthrow';

/** A {@link @tremplin/core!Store | Store} kept in this process's memory, with `appendBatch`. */
export interface MemoryStore<E extends StoredEvent = StoredEvent> extends Store<E> {
  appendBatch(inputs: readonly AppendInput<E>[]): ResultAsync<readonly AppendResult<E>[], AppendError>;
}

/**
 * One dossier as the memory store keeps it: its head, its summary, its log (as JSON text, with each event's
 * chain) and its idempotency records.
 */
export interface MemoryDossier {
  lastSequence: number;
  /** The chain of the last event. */
  lastChain: string;
  index: DossierIndex;
  /** The log, in sequence order. */
  readonly rows: EventRow[];
  /** The commands, by idempotency key. */
  readonly commands: Map<string, CommandRow>;
}

/** Where a memory store keeps its dossiers, by identifier. */
export type MemoryData = Map<string, MemoryDossier>;

/** How to create a memory store. */
export interface MemoryStoreOptions {
  /**
   * The map the store keeps its data in (empty, or filled by another memory store): pass one to read or
   * damage the raw data from outside, as the conformance kit's tamper tests do. A new map by default.
   */
  readonly data?: MemoryData;
}

type DossierRecord = MemoryDossier;

const CAPABILITIES: StoreCapabilities = Object.freeze({
  batchAppend: true,
  migrations: false,
  persistent: false,
  multiProcess: false,
});

const now = <T, X>(result: Result<T, X>): ResultAsync<T, X> => new ResultAsync(Promise.resolve(result));

/** A dossier's log, checked against its hash chain and head (`integrity` when changed from outside). */
function logOf<E extends StoredEvent>(dossierId: string, record: DossierRecord) {
  return verifyChain<E>(dossierId, record.rows, { sequence: record.lastSequence, chain: record.lastChain });
}

function copyIndex(index: DossierIndex): DossierIndex {
  const { discipline, tuteurIds, ...rest } = index;
  const copy = { ...rest, tuteurIds: [...tuteurIds] };
  return discipline === undefined ? copy : { ...copy, discipline };
}

/**
 * Creates an empty in-memory store.
 *
 * @typeParam E - the domain event union.
 * @param options - where to keep the data (a new map by default).
 * @returns the store; its data live as long as the object and are lost on `close()`.
 * @remarks Events are kept as JSON text, exactly as the SQL stores keep them, so that every read returns
 * fresh objects and the store behaves like the others (it is the conformance kit's oracle). Appends are
 * atomic because they run synchronously. Listing sorts by code point, like SQLite's `BINARY` and
 * PostgreSQL's `"C"` collations. Each event carries its link in the dossier's hash chain, as in
 * the SQL stores, and every read checks it (`integrity` when the data were changed from outside). Meant for tests, demos and short-lived processes: every listing walks the
 * sorted identifiers.
 * @example
 * const store = createMemoryStore<MyEvent>();
 * await store.append({ dossierId: 'd1', expectedSequence: 0, idempotencyKey: 'k1',
 *   recordedAt: '2022-09-01T08:00:00+04:00', events: [{ type: 'dossier-ouvert' }], index });
 */
export function createMemoryStore<E extends StoredEvent = StoredEvent>(
  options: MemoryStoreOptions = {},
): MemoryStore<E> {
  const dossiers: MemoryData = options.data ?? new Map();
  /** Dossier identifiers in code point order. */
  const sorted: string[] = [...dossiers.keys()].sort(compareCodePoints);
  let closed = false;

  const insertSorted = (id: string): void => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareCodePoints(sorted[mid] as string, id) < 0) lo = mid + 1;
      else hi = mid;
    }
    sorted.splice(lo, 0, id);
  };
  /** Position of the first identifier after `after` (or 0). */
  const startAfter = (after: string | undefined): number => {
    if (after === undefined) return 0;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareCodePoints(sorted[mid] as string, after) <= 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  const applyBatch = (prepared: readonly PreparedAppend<E>[]): Result<AppendResult<E>[], AppendError> => {
    const heads = new Map<string, number>();
    const chains = new Map<string, string>();
    const commands = new Map<string, StoredCommand>();
    for (const { input } of prepared) {
      const record = dossiers.get(input.dossierId);
      if (record === undefined) continue;
      heads.set(input.dossierId, record.lastSequence);
      chains.set(input.dossierId, record.lastChain);
      const command = record.commands.get(input.idempotencyKey);
      if (command !== undefined) {
        const events = record.rows.slice(command.firstSequence - 1, command.lastSequence);
        commands.set(commandKey(input.dossierId, input.idempotencyKey), { ...command, events });
      }
    }
    const snapshot: AppendSnapshot = { heads, chains, commands };
    const plan = planAppends(prepared, snapshot);
    if (plan.isErr()) return err(plan.error);
    for (const write of plan.value.dossiers) {
      if (write.created) {
        dossiers.set(write.dossierId, {
          lastSequence: 0,
          lastChain: '',
          index: copyIndex(write.index as DossierIndex),
          rows: [],
          commands: new Map(),
        });
        insertSorted(write.dossierId);
      }
    }
    for (const planned of plan.value.appends) {
      const record = dossiers.get(planned.prepared.input.dossierId) as DossierRecord;
      record.rows.push(...eventRowsOf(planned));
      record.commands.set(planned.prepared.input.idempotencyKey, commandRowOf(planned));
    }
    for (const write of plan.value.dossiers) {
      const record = dossiers.get(write.dossierId) as DossierRecord;
      record.lastSequence = write.lastSequence;
      record.lastChain = write.lastChain;
      if (write.index !== undefined) record.index = copyIndex(write.index);
    }
    return ok(plan.value.results);
  };

  const summary = (record: DossierRecord): DossierSummary => ({
    ...copyIndex(record.index),
    lastSequence: record.lastSequence,
  });

  const read = (dossierId: string): Result<DossierRecord, ReadError> => {
    if (closed) return err(closedStoreFailure());
    const id = validateDossierId(dossierId);
    if (id.isErr()) return err(id.error);
    const record = dossiers.get(dossierId);
    return record === undefined ? err(dossierNotFound(dossierId)) : ok(record);
  };

  async function* stream(
    filter: DossierFilter,
    options: StreamOptions | undefined,
  ): AsyncGenerator<Result<EventEnvelope<E>, QueryError>> {
    if (closed) {
      yield err(closedStoreFailure());
      return;
    }
    const checked = normalizeStream(filter, options, 500);
    if (checked.isErr()) {
      yield err(checked.error);
      return;
    }
    const f = checked.value.filter;
    if (f.matchesNothing) return;
    let after: string | undefined;
    for (;;) {
      if (closed) {
        yield err(closedStoreFailure());
        return;
      }
      const position = startAfter(after);
      if (position >= sorted.length) return;
      const id = sorted[position] as string;
      after = id;
      const record = dossiers.get(id) as DossierRecord;
      if (!matchesFilter(record.index, f)) continue;
      const envelopes = logOf<E>(id, record);
      if (envelopes.isErr()) {
        yield err(envelopes.error);
        return;
      }
      for (const envelope of envelopes.value) yield ok(envelope);
    }
  }

  return {
    capabilities: CAPABILITIES,

    append(input) {
      if (closed) return now(err(closedStoreFailure()));
      return now(
        prepareAppend(input)
          .mapErr((e): AppendError => e)
          .andThen((p) => applyBatch([p]))
          .map((results) => results[0] as AppendResult<E>),
      );
    },

    appendBatch(inputs) {
      if (closed) return now(err(closedStoreFailure()));
      return now(
        prepareAppends(inputs)
          .mapErr((e): AppendError => e)
          .andThen((p) => applyBatch(p)),
      );
    },

    load(dossierId) {
      return now(
        read(dossierId).andThen(
          (record): Result<LoadedDossier<E>, ReadError> =>
            logOf<E>(dossierId, record).map((events) => ({
              dossierId,
              lastSequence: record.lastSequence,
              events,
              index: copyIndex(record.index),
            })),
        ),
      );
    },

    history(dossierId) {
      return now(
        read(dossierId).andThen((record): Result<DossierHistory<E>, ReadError> => {
          const log = logOf<E>(dossierId, record);
          if (log.isErr()) return err(log.error);
          const commands = [...record.commands.values()].sort((a, b) => a.firstSequence - b.firstSequence);
          const out: DossierHistory<E>['commands'][number][] = commands.map((c) => ({
            idempotencyKey: c.idempotencyKey,
            recordedAt: c.recordedAt,
            firstSequence: c.firstSequence,
            lastSequence: c.lastSequence,
            events: log.value.slice(c.firstSequence - 1, c.lastSequence),
          }));
          return ok({ dossierId, commands: out });
        }),
      );
    },

    list(filter: DossierFilter, page?: PageRequest) {
      if (closed) return now(err<Page<DossierSummary>, QueryError>(closedStoreFailure()));
      const checked = normalizeFilter(filter).andThen((f) => normalizePage(page).map((p) => ({ f, p })));
      if (checked.isErr()) return now(err<Page<DossierSummary>, QueryError>(checked.error));
      const { f, p } = checked.value;
      const items: DossierSummary[] = [];
      if (!f.matchesNothing) {
        for (let i = startAfter(p.after); i < sorted.length && items.length <= p.limit; i++) {
          const record = dossiers.get(sorted[i] as string) as DossierRecord;
          if (matchesFilter(record.index, f)) items.push(summary(record));
        }
      }
      if (items.length > p.limit) {
        items.length = p.limit;
        const last = items[items.length - 1] as DossierSummary;
        return now(ok<Page<DossierSummary>, QueryError>({ items, nextCursor: encodeCursor(last.dossierId) }));
      }
      return now(ok<Page<DossierSummary>, QueryError>({ items }));
    },

    streamCohort(filter, options) {
      return stream(filter, options);
    },

    close() {
      closed = true;
      dossiers.clear();
      sorted.length = 0;
      return now(ok<undefined, StoreFailure>(undefined));
    },
  };
}
