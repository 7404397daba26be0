/**
 * Streaming a cohort: every event of the selected dossiers, in (dossier, sequence) order.
 *
 * @packageDocumentation
 */
import { err, ok, type Result } from 'neverthrow';
import type { StoreFailure, ValidationError } from '../../errors.js';
import type { EventEnvelope } from '../../events.js';
import type { StoredEvent } from '../append.js';
import { verifyChain } from '../chain.js';
import type { NormalizedFilter } from '../filter.js';
import { type EventColumns, eventRowFromColumns } from '../sql-columns.js';
import type { QueryError } from '../store.js';
import { closedStoreFailure } from '../store-errors.js';
import type { CohortColumns } from './list.js';

/** Reads the events of the next `size` dossiers of a cohort after a given one. */
export type ReadBatch = (
  filter: NormalizedFilter,
  after: string | undefined,
  size: number,
) => Promise<Result<CohortColumns[], StoreFailure>>;

/** How many dossiers the rows hold (they come grouped by dossier). */
function countDossiers(rows: readonly CohortColumns[]): number {
  let dossiers = 0;
  for (let i = 0; i < rows.length; i++) {
    if (i === 0 || (rows[i] as CohortColumns).dossier_id !== (rows[i - 1] as CohortColumns).dossier_id)
      dossiers++;
  }
  return dossiers;
}

/**
 * The envelopes of a batch's rows, dossier by dossier, each dossier's log checked against its hash chain
 * before any of its events is handed out; stops at the first damaged dossier.
 */
function* envelopesOf<E extends StoredEvent>(
  rows: readonly CohortColumns[],
): Generator<Result<EventEnvelope<E>, QueryError>> {
  let start = 0;
  while (start < rows.length) {
    const first = rows[start] as CohortColumns;
    const dossierId = first.dossier_id;
    let end = start;
    while (end < rows.length && (rows[end] as CohortColumns).dossier_id === dossierId) end++;
    const events = rows
      .slice(start, end)
      .filter((r): r is CohortColumns & EventColumns => r.sequence !== null)
      .map(eventRowFromColumns);
    const envelopes = verifyChain<E>(dossierId, events, { sequence: first.head, chain: first.head_chain });
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
 * @returns the envelopes; it ends after the first `err` (a dossier whose log does not match its hash
 * chain is one: `integrity`, and none of its events is handed out).
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
