/**
 * A Tremplin `Store` over a JSON-lines journal file: every successful append is one line, written before it is
 * acknowledged; at open, the lines are replayed into in-memory indexes that serve every read.
 *
 * Built only from `@tremplin/core`'s public API: the port types, and the helpers every adapter shares so that
 * all stores accept, refuse and word things alike (`prepareAppends`, `planAppends`, `normalizeFilter`…).
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
  computeChain,
  dossierNotFound,
  type EventRow,
  encodeCursor,
  eventRowsOf,
  GENESIS_CHAIN,
  matchesFilter,
  normalizeFilter,
  normalizePage,
  normalizeStream,
  type PreparedAppend,
  planAppends,
  prepareAppend,
  prepareAppends,
  type StoredCommand,
  storeFailure,
  validateDossierId,
  verifyChain,
} from '@tremplin/core/store-kit';
import { err, ok, type Result, ResultAsync } from 'neverthrow';
import {
  acquireLock,
  JournalWriteError,
  type JournalWriter,
  openJournalWriter,
  readJournal,
  releaseLock,
} from './journal-file.js';
import { formatLine, type JournalCommand, type JournalLine, parseLine } from './journal-line.js';

/** Options of {@link openJsonlStore}. */
export interface JsonlStoreOptions {
  /** Path of the journal file; created on the first append. Its directory must exist. */
  readonly file: string;
  /**
   * `fdatasync` after each append (default `true`): an acknowledged append survives a power loss. `false` is
   * faster and still survives a crash of the process.
   */
  readonly sync?: boolean;
}

/** A {@link Store} over a JSON-lines file, with `appendBatch`. */
export interface JsonlStore<E extends StoredEvent = StoredEvent> extends Store<E> {
  /** The journal's path. */
  readonly file: string;
  /** Bytes of a torn last line cut off at open (a write the previous process did not finish). */
  readonly recoveredBytes: number;
  appendBatch(inputs: readonly AppendInput<E>[]): ResultAsync<readonly AppendResult<E>[], AppendError>;
}

interface DossierRecord {
  lastSequence: number;
  /** The chain of the last event (its link in the dossier's hash chain). */
  lastChain: string;
  index: DossierIndex;
  readonly rows: EventRow[];
  readonly commands: Map<string, CommandRow>;
}

const CAPABILITIES: StoreCapabilities = Object.freeze({
  batchAppend: true,
  migrations: false,
  persistent: true,
  // One process at a time: the lock file refuses a second one.
  multiProcess: false,
});

/** A dossier's log, checked against its hash chain and head, as every store does on every read. */
function logOf<E extends StoredEvent>(dossierId: string, record: DossierRecord) {
  return verifyChain<E>(dossierId, record.rows, { sequence: record.lastSequence, chain: record.lastChain });
}

function copyIndex(index: DossierIndex): DossierIndex {
  const { discipline, tuteurIds, ...rest } = index;
  const copy = { ...rest, tuteurIds: [...tuteurIds] };
  return discipline === undefined ? copy : { ...copy, discipline };
}

function failureOf(error: unknown, what: string): StoreFailure {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const unavailable = code === 'ENOSPC' || code === 'EIO' || code === 'EACCES' || code === 'EROFS';
  return storeFailure(unavailable ? 'unavailable' : 'driver', `${what} : ${String(error)}`, error);
}

/** The in-memory indexes rebuilt from the journal. */
class Indexes {
  readonly dossiers = new Map<string, DossierRecord>();
  /** Dossier identifiers in code point order. */
  readonly sorted: string[] = [];

  /** Position of the first identifier after `after` (or 0). */
  startAfter(after: string | undefined): number {
    if (after === undefined) return 0;
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareCodePoints(this.sorted[mid] as string, after) <= 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private insertSorted(id: string): void {
    const at = this.startAfter(id);
    this.sorted.splice(at, 0, id);
  }

  /** What the planner needs to know about the dossiers and keys of a batch. */
  snapshot(prepared: readonly PreparedAppend[]): AppendSnapshot {
    const heads = new Map<string, number>();
    const chains = new Map<string, string>();
    const commands = new Map<string, StoredCommand>();
    for (const { input } of prepared) {
      const record = this.dossiers.get(input.dossierId);
      if (record === undefined) continue;
      heads.set(input.dossierId, record.lastSequence);
      chains.set(input.dossierId, record.lastChain);
      const command = record.commands.get(input.idempotencyKey);
      if (command !== undefined) {
        const events = record.rows.slice(command.firstSequence - 1, command.lastSequence);
        commands.set(commandKey(input.dossierId, input.idempotencyKey), { ...command, events });
      }
    }
    return { heads, chains, commands };
  }

  /**
   * Applies one journal line. Lines written by this store always apply; a line that does not (a sequence
   * gap, a dossier created without its summary, a key used twice) means the file was edited or damaged.
   *
   * @returns `null`, or what is wrong.
   */
  apply(line: JournalLine): string | null {
    for (const c of line.commands) {
      let record = this.dossiers.get(c.dossierId);
      if (record === undefined) {
        if (c.index === undefined) return `dossier ${JSON.stringify(c.dossierId)} créé sans résumé`;
        record = {
          lastSequence: 0,
          lastChain: GENESIS_CHAIN,
          index: copyIndex(c.index),
          rows: [],
          commands: new Map(),
        };
        this.dossiers.set(c.dossierId, record);
        this.insertSorted(c.dossierId);
      }
      if (c.first !== record.lastSequence + 1) {
        return `dossier ${JSON.stringify(c.dossierId)} : séquence ${c.first} après ${record.lastSequence}`;
      }
      if (record.commands.has(c.key)) return `clé ${JSON.stringify(c.key)} utilisée deux fois`;
      for (let j = 0; j < c.events.length; j++) {
        const payload = c.events[j] as string;
        let event: { type?: unknown };
        try {
          event = JSON.parse(payload) as { type?: unknown };
        } catch {
          return `événement illisible (dossier ${JSON.stringify(c.dossierId)}, séquence ${c.first + j})`;
        }
        const { type } = event;
        if (typeof type !== 'string') return `événement sans type (séquence ${c.first + j})`;
        const sequence = c.first + j;
        const envelope = {
          dossierId: c.dossierId,
          sequence,
          idempotencyKey: c.key,
          recordedAt: c.recordedAt,
        };
        const chain = computeChain(record.lastChain, { ...envelope, event: { ...event, type } });
        // Lines written since the hash chain carry each event's link: an event edited in the file breaks it.
        if (c.chains !== undefined && c.chains[j] !== chain) {
          return `dossier ${JSON.stringify(c.dossierId)} : séquence ${sequence} modifiée hors de Tremplin`;
        }
        record.rows.push({ ...envelope, type, payload, chain });
        record.lastChain = chain;
      }
      record.lastSequence = c.first + c.events.length - 1;
      record.commands.set(c.key, {
        dossierId: c.dossierId,
        idempotencyKey: c.key,
        firstSequence: c.first,
        lastSequence: record.lastSequence,
        recordedAt: c.recordedAt,
      });
      if (c.index !== undefined) record.index = copyIndex(c.index);
    }
    return null;
  }

  /** Applies what a plan appends (already written to the journal). */
  applyPlanned(plan: {
    appends: readonly { prepared: PreparedAppend; firstSequence: number; chains: readonly string[] }[];
  }): void {
    for (const planned of plan.appends) {
      const { input } = planned.prepared;
      let record = this.dossiers.get(input.dossierId);
      if (record === undefined) {
        record = {
          lastSequence: 0,
          lastChain: GENESIS_CHAIN,
          index: copyIndex(input.index as DossierIndex),
          rows: [],
          commands: new Map(),
        };
        this.dossiers.set(input.dossierId, record);
        this.insertSorted(input.dossierId);
      }
      record.rows.push(...eventRowsOf(planned));
      const command = commandRowOf(planned);
      record.commands.set(input.idempotencyKey, command);
      record.lastSequence = command.lastSequence;
      record.lastChain = planned.chains.at(-1) ?? record.lastChain;
      if (input.index !== undefined) record.index = copyIndex(input.index);
    }
  }
}

/**
 * Opens (or creates) a journal file as a store.
 *
 * @typeParam E - the domain event union (`DossierEvent` for Tremplin's dossiers).
 * @param options - the file, and whether to sync each append.
 * @returns the store, or a `StoreFailure`: `unavailable` when another running process holds the file,
 * `corrupt` (with the line number) when a complete line cannot be read or replayed.
 * @example
 * ```ts
 * const store = await openJsonlStore<DossierEvent>({ file: 'stage-2022.jsonl' });
 * if (store.isOk()) createTremplin({ store: store.value, rules });
 * ```
 */
export function openJsonlStore<E extends StoredEvent = StoredEvent>(
  options: JsonlStoreOptions,
): ResultAsync<JsonlStore<E>, StoreFailure> {
  return new ResultAsync(open<E>(options));
}

async function open<E extends StoredEvent>(
  options: JsonlStoreOptions,
): Promise<Result<JsonlStore<E>, StoreFailure>> {
  const { file } = options;
  try {
    const held = await acquireLock(file);
    if (held !== null) {
      return err(
        storeFailure(
          'unavailable',
          `Le journal ${file} est déjà ouvert par le processus ${held.pid} : un seul processus à la fois.`,
        ),
      );
    }
  } catch (error) {
    return err(failureOf(error, `Verrou du journal ${file} impossible`));
  }
  const indexes = new Indexes();
  let recoveredBytes = 0;
  try {
    const content = await readJournal(file);
    recoveredBytes = content.tornBytes;
    for (const { number, text } of content.lines) {
      const parsed = parseLine(text);
      const problem = parsed.ok ? indexes.apply(parsed.line) : parsed.reason;
      if (problem !== null) {
        await releaseLock(file);
        return err(storeFailure('corrupt', `Journal ${file}, ligne ${number} : ${problem}.`));
      }
    }
  } catch (error) {
    await releaseLock(file).catch(() => undefined);
    return err(failureOf(error, `Lecture du journal ${file} impossible`));
  }
  let writer: JournalWriter;
  try {
    writer = await openJournalWriter(file, options.sync ?? true);
  } catch (error) {
    await releaseLock(file).catch(() => undefined);
    return err(failureOf(error, `Ouverture du journal ${file} impossible`));
  }
  return ok(storeOver<E>(file, recoveredBytes, indexes, writer));
}

function storeOver<E extends StoredEvent>(
  file: string,
  recoveredBytes: number,
  indexes: Indexes,
  writer: JournalWriter,
): JsonlStore<E> {
  let closed = false;
  /** Set when a write failed and could not be undone: the file may hold a partial line. */
  let broken: StoreFailure | null = null;
  /** Appends run one after the other: each plans against the indexes the previous one left. */
  let queue: Promise<unknown> = Promise.resolve();
  let closing: Promise<Result<undefined, StoreFailure>> | null = null;

  const now = <T, X>(result: Result<T, X>): ResultAsync<T, X> => new ResultAsync(Promise.resolve(result));

  const serial = <T>(task: () => Promise<Result<T, AppendError>>): ResultAsync<T, AppendError> => {
    // Tasks queued before `close()` still run: close waits for them.
    const run = queue.then(async (): Promise<Result<T, AppendError>> => {
      if (broken !== null) return err(broken);
      try {
        return await task();
      } catch (error) {
        return err(failureOf(error, 'Ajout impossible'));
      }
    });
    queue = run;
    return new ResultAsync(run);
  };

  const write = (prepared: PreparedAppend<E>[]) =>
    serial(async (): Promise<Result<AppendResult<E>[], AppendError>> => {
      const plan = planAppends(prepared, indexes.snapshot(prepared));
      if (plan.isErr()) return err(plan.error);
      if (plan.value.appends.length > 0) {
        const commands: JournalCommand[] = plan.value.appends.map(
          ({ prepared: p, firstSequence, chains }) => {
            const base = {
              dossierId: p.input.dossierId,
              key: p.input.idempotencyKey,
              recordedAt: p.input.recordedAt,
              first: firstSequence,
              events: p.payloads,
              chains,
            };
            return p.input.index === undefined ? base : { ...base, index: p.input.index };
          },
        );
        try {
          await writer.append(formatLine(commands));
        } catch (error) {
          const cause = error instanceof JournalWriteError ? error.cause : error;
          const failure = failureOf(cause, `Écriture dans le journal ${file} impossible`);
          // A partial line that could not be cut off would sit between this line and the next: refuse
          // every further append; reopening the file drops the torn line.
          if (!(error instanceof JournalWriteError && error.undone)) broken = failure;
          return err(failure);
        }
        indexes.applyPlanned(plan.value);
      }
      return ok(plan.value.results);
    });

  const read = (dossierId: string): Result<DossierRecord, ReadError> => {
    if (closed) return err(closedStoreFailure());
    const id = validateDossierId(dossierId);
    if (id.isErr()) return err(id.error);
    const record = indexes.dossiers.get(dossierId);
    return record === undefined ? err(dossierNotFound(dossierId)) : ok(record);
  };

  async function* stream(
    filter: DossierFilter,
    options: StreamOptions | undefined,
  ): AsyncGenerator<Result<EventEnvelope<E>, QueryError>> {
    const checked = normalizeStream(filter, options, 256).map((s) => s.filter);
    if (closed) {
      yield err(closedStoreFailure());
      return;
    }
    if (checked.isErr()) {
      yield err(checked.error);
      return;
    }
    const f = checked.value;
    if (f.matchesNothing) return;
    let after: string | undefined;
    for (;;) {
      if (closed) {
        yield err(closedStoreFailure());
        return;
      }
      const position = indexes.startAfter(after);
      if (position >= indexes.sorted.length) return;
      const id = indexes.sorted[position] as string;
      after = id;
      const record = indexes.dossiers.get(id) as DossierRecord;
      if (!matchesFilter(record.index, f)) continue;
      // A copy: appends that land while the consumer reads do not change this dossier's prefix.
      const envelopes = logOf<E>(id, record);
      if (envelopes.isErr()) {
        yield err(envelopes.error);
        return;
      }
      for (const envelope of envelopes.value) yield ok(envelope);
    }
  }

  return {
    file,
    recoveredBytes,
    capabilities: CAPABILITIES,

    append(input) {
      if (closed) return now(err(closedStoreFailure()));
      const prepared = prepareAppend<E>(input);
      if (prepared.isErr()) return now(err(prepared.error));
      return write([prepared.value]).map((results) => results[0] as AppendResult<E>);
    },

    appendBatch(inputs) {
      if (closed) return now(err(closedStoreFailure()));
      const prepared = prepareAppends<E>(inputs);
      if (prepared.isErr()) return now(err(prepared.error));
      return write(prepared.value);
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
      if (closed) return now<Page<DossierSummary>, QueryError>(err(closedStoreFailure()));
      const checked = normalizeFilter(filter).andThen((f) => normalizePage(page).map((p) => ({ f, p })));
      if (checked.isErr()) return now<Page<DossierSummary>, QueryError>(err(checked.error));
      const { f, p } = checked.value;
      const items: DossierSummary[] = [];
      if (!f.matchesNothing) {
        for (let i = indexes.startAfter(p.after); i < indexes.sorted.length && items.length <= p.limit; i++) {
          const record = indexes.dossiers.get(indexes.sorted[i] as string) as DossierRecord;
          if (matchesFilter(record.index, f)) {
            items.push({ ...copyIndex(record.index), lastSequence: record.lastSequence });
          }
        }
      }
      if (items.length <= p.limit) return now<Page<DossierSummary>, QueryError>(ok({ items }));
      items.length = p.limit;
      const last = items[items.length - 1] as DossierSummary;
      return now<Page<DossierSummary>, QueryError>(ok({ items, nextCursor: encodeCursor(last.dossierId) }));
    },

    streamCohort(filter, options) {
      return stream(filter, options);
    },

    close() {
      closing ??= (async (): Promise<Result<undefined, StoreFailure>> => {
        closed = true;
        // Appends already queued finish writing; any call made after this point fails with `closed`.
        await queue.catch(() => undefined);
        try {
          await writer.close();
          await releaseLock(file);
        } catch (error) {
          return err(failureOf(error, `Fermeture du journal ${file} impossible`));
        }
        indexes.dossiers.clear();
        indexes.sorted.length = 0;
        return ok(undefined);
      })();
      return new ResultAsync(closing);
    },
  };
}
