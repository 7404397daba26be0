/**
 * Listing dossiers' summaries a page at a time, and reading a cohort's events a batch of dossiers at a
 * time: the two selections of dossiers by filter, in identifier order.
 *
 * @packageDocumentation
 */
import { ok, type Result } from 'neverthrow';
import type { StoreFailure } from '../../errors.js';
import type { DossierSummary } from '../dossier-index.js';
import type { NormalizedFilter, NormalizedPage } from '../filter.js';
import type { Page } from '../query.js';
import { type DossierColumns, type EventColumns, pageFromColumns } from '../sql-columns.js';
import type { SqlSyntax, SqlWork } from './dialect.js';
import { createParameters } from './parameters.js';
import { DOSSIER_COLUMNS, EVENT_COLUMNS } from './statements.js';
import { renderWhere } from './where.js';
import { query } from './work.js';

const DOSSIERS = DOSSIER_COLUMNS.map((c) => c.name).join(', ');
const EVENTS = EVENT_COLUMNS.slice(1)
  .map((c) => `e.${c.name}`)
  .join(', ');

/**
 * A row of a cohort batch: a dossier's head and one of its events (event columns `null` for a dossier
 * whose index row has no event left).
 */
export type CohortColumns = {
  readonly dossier_id: string;
  readonly head: number;
  readonly head_chain: string;
} & { readonly [K in keyof Omit<EventColumns, 'dossier_id'>]: EventColumns[K] | null };

/**
 * Reads one page of a listing.
 *
 * @param syntax - the dialect's syntax.
 * @param filter - the checked filter.
 * @param page - the checked page request.
 * @returns the page; `corrupt` when a summary cannot be read. Throws what the driver throws.
 * @remarks Reads `limit + 1` rows: the extra one says whether a next page exists, without a count.
 */
export function* listDossiers(
  syntax: SqlSyntax,
  filter: NormalizedFilter,
  page: NormalizedPage,
): SqlWork<Result<Page<DossierSummary>, StoreFailure>> {
  if (filter.matchesNothing) return ok({ items: [] });
  const params = createParameters(syntax);
  const where = renderWhere(filter, page.after, syntax.tables, params);
  const limit = params.bind(page.limit + 1);
  const rows = yield* query<DossierColumns>(
    `SELECT ${DOSSIERS} FROM ${syntax.tables.dossiers} d ${where} ORDER BY d.dossier_id LIMIT ${limit}`,
    params.values,
  );
  return pageFromColumns(rows, page.limit);
}

/**
 * Reads every event of the next `size` dossiers of a cohort.
 *
 * @param syntax - the dialect's syntax.
 * @param filter - the checked filter.
 * @param after - the last dossier of the previous batch.
 * @param size - how many dossiers.
 * @returns their heads and events in (dossier, sequence) order, one row without event for a dossier
 * whose log is empty. Throws what the driver throws.
 * @remarks One statement, so each batch is one snapshot and each dossier a consistent prefix of its log.
 * The heads come with the events so that the stream checks each log against its hash chain.
 */
export function readCohortBatch(
  syntax: SqlSyntax,
  filter: NormalizedFilter,
  after: string | undefined,
  size: number,
): SqlWork<CohortColumns[]> {
  const { dossiers, events } = syntax.tables;
  const params = createParameters(syntax);
  const where = renderWhere(filter, after, syntax.tables, params);
  const limit = params.bind(size);
  return query<CohortColumns>(
    `SELECT h.dossier_id, h.last_sequence AS head, h.last_chain AS head_chain, ${EVENTS}
     FROM ${dossiers} h LEFT JOIN ${events} e ON e.dossier_id = h.dossier_id
     WHERE h.dossier_id IN (SELECT d.dossier_id FROM ${dossiers} d ${where} ORDER BY d.dossier_id LIMIT ${limit})
     ORDER BY h.dossier_id, e.sequence`,
    params.values,
  );
}
