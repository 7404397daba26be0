/**
 * What a store returns when reading one dossier: its log, and its history grouped by command.
 *
 * @packageDocumentation
 */
import type { EventEnvelope } from '../events.js';
import type { StoredEvent } from './append.js';
import type { DossierIndex } from './dossier-index.js';

/**
 * A dossier's whole log, to fold into its state.
 *
 * @typeParam E - the domain event union.
 * @category Ports
 */
export interface LoadedDossier<E extends StoredEvent = StoredEvent> {
  readonly dossierId: string;
  /** Sequence of the last event: the `expectedSequence` of the next append. */
  readonly lastSequence: number;
  /** Every event, sequences 1 to `lastSequence` without a gap. */
  readonly events: readonly EventEnvelope<E>[];
  /** The latest listing summary. */
  readonly index: DossierIndex;
}

/**
 * One command as recorded: its idempotency key, when, and the events it appended.
 *
 * @typeParam E - the domain event union.
 * @category Ports
 */
export interface CommandRecord<E extends StoredEvent = StoredEvent> {
  readonly idempotencyKey: string;
  readonly recordedAt: string;
  readonly firstSequence: number;
  readonly lastSequence: number;
  readonly events: readonly EventEnvelope<E>[];
}

/**
 * A dossier's audit trail: every command that changed it, in order.
 *
 * @typeParam E - the domain event union.
 * @category Ports
 */
export interface DossierHistory<E extends StoredEvent = StoredEvent> {
  readonly dossierId: string;
  readonly commands: readonly CommandRecord<E>[];
}
