/**
 * Deciding what a batch of appends does, given what the database holds: the one implementation of the
 * append rules (sequence check, idempotent replay, creation) that every adapter runs inside its
 * transaction.
 *
 * @packageDocumentation
 */
import { err, ok, type Result } from 'neverthrow';
import {
  type ConflictError,
  conflictError,
  issue,
  type StoreFailure,
  storeFailure,
  type ValidationError,
  validationError,
} from '../errors.js';
import type { EventEnvelope } from '../events.js';
import type { AppendResult, StoredEvent } from './append.js';
import { computeChains, GENESIS_CHAIN } from './chain.js';
import { type CommandRow, type DossierWrite, type EventRow, envelopesFromRows } from './rows.js';
import type { PreparedAppend } from './validation.js';

/**
 * A command already stored, with its events (needed to return the original result on a replay).
 *
 * @category Ports
 */
export interface StoredCommand extends CommandRow {
  readonly events: readonly EventRow[];
}

/**
 * What the database holds for a batch, read inside the append transaction after locking the dossiers.
 *
 * @remarks `commands` needs only the (dossier, key) pairs of the batch, and only for dossiers that exist.
 * @category Ports
 */
export interface AppendSnapshot {
  /** Last sequence of each dossier of the batch that exists. */
  readonly heads: ReadonlyMap<string, number>;
  /** The chain of the last event of each dossier of the batch that exists (its index row's). */
  readonly chains: ReadonlyMap<string, string>;
  /** Stored commands of the batch's (dossier, key) pairs, by {@link commandKey}. */
  readonly commands: ReadonlyMap<string, StoredCommand>;
}

/**
 * One input the plan appends: its events get the sequences `firstSequence`, `firstSequence + 1`…
 *
 * @typeParam E - the domain event union.
 * @category Ports
 */
export interface PlannedAppend<E extends StoredEvent = StoredEvent> {
  readonly prepared: PreparedAppend<E>;
  readonly firstSequence: number;
  /** The hash chain of each event, in order (`computeChain`). */
  readonly chains: readonly string[];
}

/**
 * What to write, and what to answer, for a batch.
 *
 * @typeParam E - the domain event union.
 * @remarks New events and commands are given as {@link PlannedAppend}s rather than rows, so that a bulk
 * import does not allocate a row object per event: use {@link eventRowsOf} and {@link commandRowOf} to
 * get rows.
 * @category Ports
 */
export interface AppendPlan<E extends StoredEvent = StoredEvent> {
  /** One result per input, in order. */
  readonly results: AppendResult<E>[];
  /** The inputs that append (not the replays), in the batch's order. */
  readonly appends: PlannedAppend<E>[];
  /** One write per dossier that receives events, in order of first appearance. */
  readonly dossiers: DossierWrite[];
}

/**
 * The map key of a (dossier, idempotency key) pair. U+0000 cannot occur in identifiers, so the join is
 * unambiguous.
 *
 * @param dossierId - the dossier.
 * @param idempotencyKey - the key.
 * @returns the map key.
 * @category Ports
 */
export function commandKey(dossierId: string, idempotencyKey: string): string {
  return `${dossierId}\u0000${idempotencyKey}`;
}

/**
 * The event rows of a planned append.
 *
 * @param planned - the planned append.
 * @returns its rows, in sequence order.
 * @category Ports
 */
export function eventRowsOf<E extends StoredEvent>(planned: PlannedAppend<E>): EventRow[] {
  const { input, payloads } = planned.prepared;
  return payloads.map((payload, j) => ({
    dossierId: input.dossierId,
    sequence: planned.firstSequence + j,
    idempotencyKey: input.idempotencyKey,
    recordedAt: input.recordedAt,
    type: (input.events[j] as E).type,
    payload,
    chain: planned.chains[j] as string,
  }));
}

/**
 * The command row of a planned append.
 *
 * @param planned - the planned append.
 * @returns the idempotency record to store.
 * @category Ports
 */
export function commandRowOf<E extends StoredEvent>(planned: PlannedAppend<E>): CommandRow {
  const { input, payloads } = planned.prepared;
  return {
    dossierId: input.dossierId,
    idempotencyKey: input.idempotencyKey,
    firstSequence: planned.firstSequence,
    lastSequence: planned.firstSequence + payloads.length - 1,
    recordedAt: input.recordedAt,
  };
}

/**
 * Where the planned inputs sit in a larger batch, when a store plans and writes a batch a slice at a time
 * (each slice against a snapshot read after the previous slice's writes, in the same transaction).
 *
 * @category Ports
 */
export interface PlanSlice {
  /** Position of the first planned input in the batch (default 0): issue paths count from the batch. */
  readonly offset?: number;
  /** Size of the whole batch (default: the planned inputs). */
  readonly total?: number;
}

/** A dossier's write, built while planning. */
type MutableWrite = { -readonly [K in keyof DossierWrite]: DossierWrite[K] };

/**
 * Applies the append rules to a validated batch against a snapshot, in input order, as if each input
 * were appended alone after the previous ones.
 *
 * For each input: if its key is already used on its dossier (stored or earlier in the batch), the original
 * result is returned with `replayed: true` — or a `ValidationError` (`cle-idempotence.reutilisee`) when the
 * events differ (compared by their JSON text); otherwise, if `expectedSequence` is not the dossier's last
 * sequence (0 when it does not exist), a `ConflictError`; otherwise the events get the next sequences.
 *
 * @param prepared - the validated inputs.
 * @param snapshot - the heads and commands read from the database.
 * @param slice - where these inputs sit in a larger batch planned a slice at a time.
 * @returns what to write and the results, or the first error (the whole batch then writes nothing).
 * @category Ports
 */
export function planAppends<E extends StoredEvent>(
  prepared: readonly PreparedAppend<E>[],
  snapshot: AppendSnapshot,
  slice: PlanSlice = {},
): Result<AppendPlan<E>, ConflictError | ValidationError | StoreFailure> {
  const offset = slice.offset ?? 0;
  const total = slice.total ?? prepared.length;
  /**
   * Dossiers this batch appends to: the write to perform, and the commands appended (key → position in
   * `prepared`; a map only for dossiers that receive a second command, so a bulk import allocates none).
   */
  const touched = new Map<
    string,
    { readonly write: MutableWrite; readonly key: string; readonly at: number; more?: Map<string, number> }
  >();
  const results: AppendResult<E>[] = [];
  const appends: PlannedAppend<E>[] = [];

  for (let i = 0; i < prepared.length; i++) {
    const current = prepared[i] as PreparedAppend<E>;
    const { input, payloads } = current;
    const { dossierId, idempotencyKey, recordedAt } = input;
    const mine = touched.get(dossierId);
    const earlier =
      mine === undefined ? undefined : mine.key === idempotencyKey ? mine.at : mine.more?.get(idempotencyKey);
    const stored =
      earlier === undefined && snapshot.heads.has(dossierId)
        ? snapshot.commands.get(commandKey(dossierId, idempotencyKey))
        : undefined;
    if (earlier !== undefined || stored !== undefined) {
      const original =
        earlier !== undefined
          ? (prepared[earlier] as PreparedAppend<E>).payloads
          : (stored as StoredCommand).events.map((e) => e.payload);
      if (!sameTexts(original, payloads)) {
        return err(
          validationError('Clé d’idempotence déjà utilisée pour une autre commande.', [
            issue(
              'cle-idempotence.reutilisee',
              `La clé ${JSON.stringify(idempotencyKey)} a déjà servi sur ce dossier avec d’autres événements.`,
              total > 1 ? [offset + i, 'idempotencyKey'] : ['idempotencyKey'],
            ),
          ]),
        );
      }
      if (earlier !== undefined) {
        results.push({ ...(results[earlier] as AppendResult<E>), replayed: true });
        continue;
      }
      const command = stored as StoredCommand;
      const envelopes = envelopesFromRows<E>(command.events, command.firstSequence);
      if (envelopes.isErr()) return err(envelopes.error);
      results.push({
        dossierId,
        lastSequence: command.lastSequence,
        events: envelopes.value,
        replayed: true,
      });
      continue;
    }

    const head = mine?.write.lastSequence ?? snapshot.heads.get(dossierId) ?? 0;
    if (input.expectedSequence !== head) return err(conflictError(dossierId, input.expectedSequence, head));
    const previous = mine?.write.lastChain ?? (head === 0 ? GENESIS_CHAIN : snapshot.chains.get(dossierId));
    if (previous === undefined) return err(missingChain(dossierId));
    const envelopes: EventEnvelope<E>[] = new Array(payloads.length);
    for (let j = 0; j < payloads.length; j++) {
      envelopes[j] = {
        dossierId,
        sequence: head + j + 1,
        event: input.events[j] as E,
        recordedAt,
        idempotencyKey,
      };
    }
    const chains = computeChains(previous, envelopes);
    const lastSequence = head + payloads.length;
    const lastChain = chains[chains.length - 1] as string;
    if (mine === undefined) {
      const write: MutableWrite = {
        dossierId,
        lastSequence,
        lastChain,
        created: !snapshot.heads.has(dossierId),
      };
      if (input.index !== undefined) write.index = input.index;
      touched.set(dossierId, { write, key: idempotencyKey, at: i });
    } else {
      mine.write.lastSequence = lastSequence;
      mine.write.lastChain = lastChain;
      if (input.index !== undefined) mine.write.index = input.index;
      mine.more ??= new Map();
      mine.more.set(idempotencyKey, i);
    }
    appends.push({ prepared: current, firstSequence: head + 1, chains });
    results.push({ dossierId, lastSequence, events: envelopes, replayed: false });
  }
  const dossiers: DossierWrite[] = [];
  for (const { write } of touched.values()) dossiers.push(write);
  return ok({ results, appends, dossiers });
}

/** The failure of a snapshot that gives a dossier's head without its chain (an adapter's bug). */
function missingChain(dossierId: string): StoreFailure {
  return storeFailure('corrupt', `Chaîne d’intégrité absente pour le dossier ${JSON.stringify(dossierId)}.`);
}

function sameTexts(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((text, i) => text === b[i]);
}
