/**
 * A small in-memory store for the service's tests: the port's contract on appends (expected sequence,
 * idempotency keys), with a hook to make another writer win a race and counters of what was written.
 *
 * @packageDocumentation
 */
import { err, errAsync, ok, okAsync, type Result, ResultAsync } from 'neverthrow';
import type { DossierEvent } from '../../dossier/events.js';
import { conflictError, notFound, validationError } from '../../errors.js';
import type { EventEnvelope } from '../../events.js';
import type { AppendInput, AppendResult } from '../../ports/append.js';
import type { AppendError, Store } from '../../ports/store.js';

/** The fake store and what the tests read of it. */
export interface FakeStore extends Store<DossierEvent> {
  /** Every envelope, by dossier. */
  readonly logs: Map<string, EventEnvelope<DossierEvent>[]>;
  /** How many `append` and `appendBatch` calls reached the store. */
  readonly calls: { append: number; appendBatch: number };
  /** Runs once, before the next append is checked: lets a test append "from another writer". */
  beforeNextAppend: (() => unknown) | null;
}

/**
 * Creates the fake store.
 *
 * @param options - `batch: false` to leave `appendBatch` out.
 * @returns the store.
 */
export function createFakeStore(options: { readonly batch?: boolean } = {}): FakeStore {
  const logs = new Map<string, EventEnvelope<DossierEvent>[]>();
  const calls = { append: 0, appendBatch: 0 };
  const write = (input: AppendInput<DossierEvent>): Result<AppendResult<DossierEvent>, AppendError> => {
    const log = logs.get(input.dossierId) ?? [];
    const previous = log.filter((e) => e.idempotencyKey === input.idempotencyKey);
    const replay = {
      dossierId: input.dossierId,
      lastSequence: previous.at(-1)?.sequence ?? 0,
      events: previous,
      replayed: true,
    };
    if (previous.length > 0) {
      const same = JSON.stringify(previous.map((e) => e.event)) === JSON.stringify(input.events);
      return same ? ok(replay) : err(validationError('clé réutilisée', []));
    }
    if (log.length !== input.expectedSequence) {
      return err(conflictError(input.dossierId, input.expectedSequence, log.length));
    }
    const events = input.events.map((event, i) => ({
      dossierId: input.dossierId,
      sequence: log.length + i + 1,
      event,
      recordedAt: input.recordedAt,
      idempotencyKey: input.idempotencyKey,
    }));
    logs.set(input.dossierId, [...log, ...events]);
    return ok({
      dossierId: input.dossierId,
      lastSequence: log.length + events.length,
      events,
      replayed: false,
    });
  };
  const store: FakeStore = {
    logs,
    calls,
    beforeNextAppend: null,
    capabilities: {
      batchAppend: options.batch !== false,
      migrations: false,
      persistent: false,
      multiProcess: false,
    },
    append(input) {
      calls.append += 1;
      const hook = store.beforeNextAppend;
      store.beforeNextAppend = null;
      const run = async () => {
        await hook?.();
        return write(input);
      };
      return new ResultAsync(run());
    },
    load(dossierId) {
      const log = logs.get(dossierId);
      if (log === undefined) return errAsync(notFound(dossierId));
      const index = {
        dossierId,
        academie: '',
        anneeScolaire: '',
        uai: '',
        corps: 'certifie' as const,
        tuteurIds: [],
        etat: '',
      };
      return okAsync({ dossierId, lastSequence: log.length, events: log, index });
    },
    history: (dossierId) => errAsync(notFound(dossierId)),
    list: () => okAsync({ items: [] }),
    async *streamCohort() {
      for (const id of [...logs.keys()].sort()) for (const e of logs.get(id) ?? []) yield ok(e);
    },
    close: () => okAsync(undefined),
  };
  if (options.batch !== false) {
    store.appendBatch = (inputs) => {
      calls.appendBatch += 1;
      const saved = new Map([...logs].map(([k, v]) => [k, [...v]]));
      const results: AppendResult<DossierEvent>[] = [];
      for (const input of inputs) {
        const r = write(input);
        if (r.isErr()) {
          logs.clear();
          for (const [k, v] of saved) logs.set(k, v);
          return errAsync(r.error);
        }
        results.push(r.value);
      }
      return new ResultAsync(Promise.resolve(ok(results)));
    };
  }
  return store;
}
