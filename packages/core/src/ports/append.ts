/**
 * The input and result of an append: one command's events added to one dossier's log.
 *
 * @packageDocumentation
 */
import type { EventEnvelope } from '../events.js';
import type { DossierIndex } from './dossier-index.js';

/**
 * The constraint every stored domain event meets: a JSON object with a `type` discriminant.
 *
 * @category Ports
 */
export type StoredEvent = { readonly type: string };

/**
 * One command's events to append to one dossier.
 *
 * @typeParam E - the domain event union.
 * @category Ports
 */
export interface AppendInput<E extends StoredEvent = StoredEvent> {
  /** The dossier whose log grows. */
  readonly dossierId: string;
  /**
   * The sequence of the last event the writer saw: `0` for a dossier it creates. The append succeeds only
   * if it is still the dossier's last sequence (optimistic concurrency); otherwise it is a `ConflictError`.
   */
  readonly expectedSequence: number;
  /**
   * Identifies the command. Appending twice with the same key on the same dossier appends once: the second
   * call returns the first call's result (`replayed: true`), even if `expectedSequence` is stale by then.
   * Reusing a key with different events is a `ValidationError` (`cle-idempotence.reutilisee`).
   */
  readonly idempotencyKey: string;
  /** When the command was recorded: an ISO 8601 instant with `Z` or an offset, kept verbatim. */
  readonly recordedAt: string;
  /** The events, at least one; they get the sequences `expectedSequence + 1`, `+ 2`… */
  readonly events: readonly E[];
  /**
   * The dossier's listing summary after these events. Required when creating the dossier
   * (`expectedSequence` 0); when omitted later, the previous summary stays.
   */
  readonly index?: DossierIndex;
}

/**
 * What an append did.
 *
 * @typeParam E - the domain event union.
 * @category Ports
 */
export interface AppendResult<E extends StoredEvent = StoredEvent> {
  readonly dossierId: string;
  /**
   * Sequence of the last event this command appended. On a replay, the original value: the dossier may
   * have moved on since, so reload it before the next append.
   */
  readonly lastSequence: number;
  /** The envelopes of this command's events, in order. */
  readonly events: readonly EventEnvelope<E>[];
  /** `true` when the idempotency key had already been used on this dossier and nothing was appended. */
  readonly replayed: boolean;
}
