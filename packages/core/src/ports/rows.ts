/**
 * The rows a store keeps, as plain values: what SQL adapters write to their tables and read back.
 *
 * @packageDocumentation
 */
import { err, ok, type Result } from 'neverthrow';
import type { StoreFailure } from '../errors.js';
import { storeFailure } from '../errors.js';
import type { EventEnvelope } from '../events.js';
import type { StoredEvent } from './append.js';
import type { DossierIndex } from './dossier-index.js';

/**
 * One event as stored: its place in the log and its JSON text.
 *
 * @category Ports
 */
export interface EventRow {
  readonly dossierId: string;
  readonly sequence: number;
  readonly idempotencyKey: string;
  readonly recordedAt: string;
  /** The event's `type`, kept in its own column for operators' queries. */
  readonly type: string;
  /** `JSON.stringify` of the event. */
  readonly payload: string;
  /** The event's link in the dossier's hash chain (`computeChain`). */
  readonly chain: string;
}

/**
 * One command as stored: the idempotency record.
 *
 * @category Ports
 */
export interface CommandRow {
  readonly dossierId: string;
  readonly idempotencyKey: string;
  readonly firstSequence: number;
  readonly lastSequence: number;
  readonly recordedAt: string;
}

/**
 * What a store writes for one dossier touched by a batch: its new head and, if given, its new summary.
 *
 * @category Ports
 */
export interface DossierWrite {
  readonly dossierId: string;
  readonly lastSequence: number;
  /** The chain of the dossier's last event, kept beside its head. */
  readonly lastChain: string;
  /** `true` when the dossier did not exist: insert it rather than update it. */
  readonly created: boolean;
  /** The latest summary given in the batch; absent when no applied append gave one. */
  readonly index?: DossierIndex;
}

/**
 * Turns a stored event row back into an envelope.
 *
 * @param row - the row.
 * @returns the envelope, or `StoreFailure` `corrupt` when the payload is not JSON.
 * @category Ports
 */
export function envelopeFromRow<E extends StoredEvent>(
  row: EventRow,
): Result<EventEnvelope<E>, StoreFailure> {
  let event: E;
  try {
    event = JSON.parse(row.payload) as E;
  } catch (cause) {
    return err(
      storeFailure(
        'corrupt',
        `Événement illisible : dossier ${JSON.stringify(row.dossierId)}, séquence ${row.sequence}.`,
        cause,
      ),
    );
  }
  return ok({
    dossierId: row.dossierId,
    sequence: row.sequence,
    event,
    recordedAt: row.recordedAt,
    idempotencyKey: row.idempotencyKey,
  });
}

/**
 * Turns a dossier's rows, in sequence order, back into envelopes, checking that the sequences run from
 * `first` without a gap.
 *
 * @param rows - the rows.
 * @param first - the expected first sequence (1 for a whole log).
 * @returns the envelopes, or `StoreFailure` `corrupt`.
 * @category Ports
 */
export function envelopesFromRows<E extends StoredEvent>(
  rows: readonly EventRow[],
  first: number,
): Result<EventEnvelope<E>[], StoreFailure> {
  const envelopes: EventEnvelope<E>[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as EventRow;
    if (row.sequence !== first + i) {
      return err(
        storeFailure(
          'corrupt',
          `Journal du dossier ${JSON.stringify(row.dossierId)} discontinu : séquence ${row.sequence} au lieu de ${first + i}.`,
        ),
      );
    }
    const envelope = envelopeFromRow<E>(row);
    if (envelope.isErr()) return err(envelope.error);
    envelopes.push(envelope.value);
  }
  return ok(envelopes);
}
