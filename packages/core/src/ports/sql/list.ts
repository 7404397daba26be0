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
const EVENTS = EVENT_COLUMNS.map((c) => c.name).join(', ');

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
 * @returns their events in (dossier, sequence) order. Throws what the driver throws.
 * @remarks One statement, so each batch is one snapshot and each dossier a consistent prefix of its log.
 */
export function readCohortBatch(
  syntax: SqlSyntax,
  filter: NormalizedFilter,
  after: string | undefined,
  size: number,
): SqlWork<EventColumns[]> {
  const { dossiers, events } = syntax.tables;
  const params = createParameters(syntax);
  const where = renderWhere(filter, after, syntax.tables, params);
  const limit = params.bind(size);
  return query<EventColumns>(
    `SELECT ${EVENTS} FROM ${events}
     WHERE dossier_id IN (SELECT d.dossier_id FROM ${dossiers} d ${where} ORDER BY d.dossier_id LIMIT ${limit})
     ORDER BY dossier_id, sequence`,
    params.values,
  );
}
