/**
 * Reading one dossier: its log and its latest summary.
 *
 * @packageDocumentation
 */
import { err, type Result } from 'neverthrow';
import type { StoredEvent } from '../append.js';
import { verifyChain } from '../chain.js';
import type { LoadedDossier } from '../dossier.js';
import {
  type DossierColumns,
  type EventColumns,
  eventRowFromColumns,
  indexOfSummary,
  summaryFromColumns,
} from '../sql-columns.js';
import type { ReadError } from '../store.js';
import { dossierNotFound } from '../store-errors.js';
import type { SqlWork } from './dialect.js';
import type { SqlStatements } from './statements.js';
import { query } from './work.js';

/** A row of the load statement: the dossier's columns and one event's (all `null` without events). */
type LoadRow = DossierColumns & {
  readonly [K in keyof Omit<EventColumns, 'dossier_id'>]: EventColumns[K] | null;
};

/**
 * Reads a dossier.
 *
 * @param sql - the engine's statements.
 * @param dossierId - the dossier, validated.
 * @returns the dossier; `not-found`; `integrity` when its events do not match their hash chain or its
 * head (an event edited, deleted or added outside Tremplin); `corrupt` when an event cannot be read.
 * Throws what the driver throws.
 * @remarks One statement, hence one snapshot, without a transaction: no row means no dossier, a row
 * without event a damaged log.
 */
export function* loadDossier<E extends StoredEvent>(
  sql: SqlStatements,
  dossierId: string,
): SqlWork<Result<LoadedDossier<E>, ReadError>> {
  const rows = yield* query<LoadRow>(sql.load, [dossierId]);
  const first = rows[0];
  if (first === undefined) return err(dossierNotFound(dossierId));
  const summary = summaryFromColumns(first);
  if (summary.isErr()) return err(summary.error);
  const events = rows.filter((r): r is LoadRow & EventColumns => r.sequence !== null);
  const head = summary.value.lastSequence;
  const chained = verifyChain<E>(dossierId, events.map(eventRowFromColumns), {
    sequence: head,
    chain: first.last_chain,
  });
  return chained.map((envelopes) => ({
    dossierId,
    lastSequence: head,
    events: envelopes,
    index: indexOfSummary(summary.value),
  }));
}
