/**
 * Streaming a cohort: every event of the selected dossiers, in (dossier, sequence) order.
 *
 * @packageDocumentation
 */
import { err, ok, type Result } from 'neverthrow';
import type { StoreFailure, ValidationError } from '../../errors.js';
import type { EventEnvelope } from '../../events.js';
import type { StoredEvent } from '../append.js';
import type { NormalizedFilter } from '../filter.js';
import { envelopesFromRows } from '../rows.js';
import { type EventColumns, eventRowFromColumns } from '../sql-columns.js';
import type { QueryError } from '../store.js';
import { closedStoreFailure } from '../store-errors.js';

/** Reads the events of the next `size` dossiers of a cohort after a given one. */
export type ReadBatch = (
  filter: NormalizedFilter,
  after: string | undefined,
  size: number,
) => Promise<Result<EventColumns[], StoreFailure>>;

/** How many dossiers the rows hold (they come grouped by dossier). */
function countDossiers(rows: readonly EventColumns[]): number {
  let dossiers = 0;
  for (let i = 0; i < rows.length; i++) {
    if (i === 0 || (rows[i] as EventColumns).dossier_id !== (rows[i - 1] as EventColumns).dossier_id)
      dossiers++;
  }
  return dossiers;
}

/** The envelopes of a batch's rows, dossier by dossier; stops at the first unreadable dossier. */
function* envelopesOf<E extends StoredEvent>(
  rows: readonly EventColumns[],
): Generator<Result<EventEnvelope<E>, QueryError>> {
  let start = 0;
  while (start < rows.length) {
    const dossierId = (rows[start] as EventColumns).dossier_id;
    let end = start;
    while (end < rows.length && (rows[end] as EventColumns).dossier_id === dossierId) end++;
    const envelopes = envelopesFromRows<E>(rows.slice(start, end).map(eventRowFromColumns), 1);
    if (envelopes.isErr()) {
      yield err(envelopes.error);
      return;
    }
    for (const envelope of envelopes.value) yield ok(envelope);
    start = end;
  }
}

/**
 * Streams a cohort a batch of dossiers at a time.
 *
 * @param request - the checked filter and batch size, or why they were refused.
 * @param isClosed - whether the store is closed.
 * @param read - reads a batch (the engine's guarded `readCohortBatch`).
 * @returns the envelopes; it ends after the first `err`.
 * @remarks The next batch is asked for before this one is handed out, so that its round trip overlaps
 * the consumer's work. A batch with fewer than `size` dossiers is the last. One generator from the
 * request to the events: each event costs one asynchronous step, not one per layer.
 */
export async function* streamCohort<E extends StoredEvent>(
  request: Result<{ readonly filter: NormalizedFilter; readonly batchSize: number }, ValidationError>,
  isClosed: () => boolean,
  read: ReadBatch,
): AsyncGenerator<Result<EventEnvelope<E>, QueryError>> {
  if (request.isErr()) {
    yield err(request.error);
    return;
  }
  const { filter, batchSize: size } = request.value;
  if (filter.matchesNothing) {
    if (isClosed()) yield err(closedStoreFailure());
    return;
  }
  let next = read(filter, undefined, size);
  for (;;) {
    const batch = await next;
    if (batch.isErr()) {
      yield err(batch.error);
      return;
    }
    const rows = batch.value;
    const last = rows.at(-1);
    const more = last !== undefined && countDossiers(rows) === size;
    if (more) next = read(filter, last.dossier_id, size);
    for (const item of envelopesOf<E>(rows)) {
      yield item;
      if (item.isErr()) return;
    }
    if (!more) return;
  }
}
