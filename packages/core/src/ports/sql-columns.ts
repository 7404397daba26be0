/**
 * The columns of the SQL schema shared by the SQLite and PostgreSQL stores, and their conversion to the
 * port's values (one implementation, so both adapters read alike).
 *
 * @packageDocumentation
 */

import { err, ok, type Result } from 'neverthrow';
import type { StoreFailure } from '../errors.js';
import { storeFailure } from '../errors.js';
import { encodeCursor } from './cursor.js';
import type { DossierIndex, DossierSummary } from './dossier-index.js';
import type { Page } from './query.js';
import type { EventRow } from './rows.js';

/**
 * A dossier row: its head and listing summary (`tuteur_ids` is a JSON array).
 *
 * @category Ports
 */
export interface DossierColumns {
  readonly dossier_id: string;
  readonly last_sequence: number;
  /** The chain of the last event. */
  readonly last_chain: string;
  readonly academie: string;
  readonly annee_scolaire: string;
  readonly uai: string;
  readonly corps: string;
  readonly discipline: string | null;
  readonly etat: string;
  readonly tuteur_ids: string;
}

/**
 * An event row.
 *
 * @category Ports
 */
export interface EventColumns {
  readonly dossier_id: string;
  readonly sequence: number;
  readonly idempotency_key: string;
  readonly recorded_at: string;
  readonly type: string;
  readonly payload: string;
  /** The event's link in the dossier's hash chain. */
  readonly chain: string;
}

/**
 * A command row of one dossier.
 *
 * @category Ports
 */
export interface CommandColumns {
  readonly idempotency_key: string;
  readonly first_sequence: number;
  readonly last_sequence: number;
  readonly recorded_at: string;
}

/**
 * Converts an event row.
 *
 * @param row - the SQL row.
 * @returns the port's row.
 * @category Ports
 */
export function eventRowFromColumns(row: EventColumns): EventRow {
  return {
    dossierId: row.dossier_id,
    sequence: row.sequence,
    idempotencyKey: row.idempotency_key,
    recordedAt: row.recorded_at,
    type: row.type,
    payload: row.payload,
    chain: row.chain,
  };
}

/**
 * Converts a dossier row into its summary.
 *
 * @param row - the SQL row.
 * @returns the summary, or `corrupt` when the tuteurs column is not a JSON array of strings.
 * @category Ports
 */
export function summaryFromColumns(row: DossierColumns): Result<DossierSummary, StoreFailure> {
  let tuteurIds: unknown;
  try {
    tuteurIds = JSON.parse(row.tuteur_ids);
  } catch {
    tuteurIds = undefined;
  }
  if (!Array.isArray(tuteurIds) || !tuteurIds.every((t) => typeof t === 'string')) {
    return err(
      storeFailure('corrupt', `Tuteurs illisibles pour le dossier ${JSON.stringify(row.dossier_id)}.`),
    );
  }
  const summary = {
    dossierId: row.dossier_id,
    academie: row.academie,
    anneeScolaire: row.annee_scolaire,
    uai: row.uai,
    corps: row.corps as DossierIndex['corps'],
    tuteurIds: tuteurIds as string[],
    etat: row.etat,
    lastSequence: row.last_sequence,
  };
  return ok(row.discipline === null ? summary : { ...summary, discipline: row.discipline });
}

/**
 * Builds a page of a listing from the rows a SQL store read with `LIMIT limit + 1`: the first `limit` rows
 * become summaries, and the extra row, when present, says there is a next page (its cursor is the last
 * summary's dossier).
 *
 * @param rows - up to `limit + 1` dossier rows, in dossier order.
 * @param limit - the page size asked for.
 * @returns the page, or `corrupt` when a row cannot be read.
 * @category Ports
 */
export function pageFromColumns(
  rows: readonly DossierColumns[],
  limit: number,
): Result<Page<DossierSummary>, StoreFailure> {
  const items: DossierSummary[] = [];
  for (const row of rows.slice(0, limit)) {
    const summary = summaryFromColumns(row);
    if (summary.isErr()) return err(summary.error);
    items.push(summary.value);
  }
  const last = items.at(-1);
  return ok(
    rows.length > limit && last !== undefined
      ? { items, nextCursor: encodeCursor(last.dossierId) }
      : { items },
  );
}

/**
 * Drops `lastSequence` from a summary.
 *
 * @param summary - the summary.
 * @returns the index.
 * @category Ports
 */
export function indexOfSummary(summary: DossierSummary): DossierIndex {
  const { lastSequence: _, ...index } = summary;
  return index;
}
