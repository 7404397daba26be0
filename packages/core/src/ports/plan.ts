/**
 * Deciding what a batch of appends does, given what the database holds: the one implementation of the
 * append rules (sequence check, idempotent replay, creation) that every adapter runs inside its
 * transaction.
 *
 * @packageDocumentation
 */
import { err, ok, type Result } from 'neverthrow';
import type { ConflictError, StoreFailure, ValidationError } from '../errors.js';
import type { EventEnvelope } from '../events.js';
import type { AppendResult, StoredEvent } from './append.js';
import type { DossierIndex } from './dossier-index.js';
import { type CommandRow, type DossierWrite, type EventRow, envelopesFromRows } from './rows.js';
import { sequenceConflict, validationError } from './store-errors.js';
import type { PreparedAppend } from './validation.js';

/** A command already stored, with its events (needed to return the original result on a replay). */
export interface StoredCommand extends CommandRow {
  readonly events: readonly EventRow[];
}

/**
 * What the database holds for a batch, read inside the append transaction after locking the dossiers.
 *
 * @remarks `commands` needs only the (dossier, key) pairs of the batch, and only for dossiers that exist.
 */
export interface AppendSnapshot {
  /** Last sequence of each dossier of the batch that exists. */
  readonly heads: ReadonlyMap<string, number>;
  /** Stored commands of the batch's (dossier, key) pairs, by {@link commandKey}. */
  readonly commands: ReadonlyMap<string, StoredCommand>;
}

/**
 * What to write, and what to answer, for a batch.
 *
 * @typeParam E - the domain event union.
 */
export interface AppendPlan<E extends StoredEvent = StoredEvent> {
  /** One result per input, in order. */
  readonly results: AppendResult<E>[];
  /** New event rows, in the batch's order. */
  readonly events: EventRow[];
  /** New command rows. */
  readonly commands: CommandRow[];
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
 */
export function commandKey(dossierId: string, idempotencyKey: string): string {
  return `${dossierId}\u0000${idempotencyKey}`;
}

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
 * @returns the rows to write and the results, or the first error (the whole batch then writes nothing).
 */
export function planAppends<E extends StoredEvent>(
  prepared: readonly PreparedAppend<E>[],
  snapshot: AppendSnapshot,
): Result<AppendPlan<E>, ConflictError | ValidationError | StoreFailure> {
  const heads = new Map<string, number>();
  const created = new Set<string>();
  const indexes = new Map<string, DossierIndex>();
  const fresh = new Map<string, { readonly payloads: readonly string[]; readonly result: AppendResult<E> }>();
  const results: AppendResult<E>[] = [];
  const events: EventRow[] = [];
  const commands: CommandRow[] = [];
  const order: string[] = [];

  for (let i = 0; i < prepared.length; i++) {
    const { input, payloads } = prepared[i] as PreparedAppend<E>;
    const { dossierId, idempotencyKey, recordedAt } = input;
    const key = commandKey(dossierId, idempotencyKey);

    const earlier = fresh.get(key);
    const stored = earlier === undefined ? snapshot.commands.get(key) : undefined;
    if (earlier !== undefined || stored !== undefined) {
      const original = earlier?.payloads ?? stored?.events.map((e) => e.payload) ?? [];
      if (!sameTexts(original, payloads)) {
        return err(
          validationError('Clé d’idempotence déjà utilisée pour une autre commande.', [
            {
              code: 'cle-idempotence.reutilisee',
              message: `La clé ${JSON.stringify(idempotencyKey)} a déjà servi sur ce dossier avec d’autres événements.`,
              path: prepared.length > 1 ? [i, 'idempotencyKey'] : ['idempotencyKey'],
            },
          ]),
        );
      }
      if (earlier !== undefined) {
        results.push({ ...earlier.result, replayed: true });
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

    const known = heads.get(dossierId);
    const head = known ?? snapshot.heads.get(dossierId) ?? 0;
    if (input.expectedSequence !== head)
      return err(sequenceConflict(dossierId, input.expectedSequence, head));
    if (known === undefined) {
      order.push(dossierId);
      if (!snapshot.heads.has(dossierId)) created.add(dossierId);
    }
    const envelopes: EventEnvelope<E>[] = [];
    for (let j = 0; j < payloads.length; j++) {
      const event = input.events[j] as E;
      const sequence = head + j + 1;
      events.push({
        dossierId,
        sequence,
        idempotencyKey,
        recordedAt,
        type: event.type,
        payload: payloads[j] as string,
      });
      envelopes.push({ dossierId, sequence, event, recordedAt, idempotencyKey });
    }
    const lastSequence = head + payloads.length;
    heads.set(dossierId, lastSequence);
    if (input.index !== undefined) indexes.set(dossierId, input.index);
    const row: CommandRow = { dossierId, idempotencyKey, firstSequence: head + 1, lastSequence, recordedAt };
    const result: AppendResult<E> = { dossierId, lastSequence, events: envelopes, replayed: false };
    commands.push(row);
    fresh.set(key, { payloads, result });
    results.push(result);
  }

  const dossiers = order.map((dossierId): DossierWrite => {
    const index = indexes.get(dossierId);
    const write = {
      dossierId,
      lastSequence: heads.get(dossierId) as number,
      created: created.has(dossierId),
    };
    return index === undefined ? write : { ...write, index };
  });
  return ok({ results, events, commands, dossiers });
}

function sameTexts(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((text, i) => text === b[i]);
}
