/**
 * The `WHERE` clause of a listing or a cohort stream, from a normalised filter.
 *
 * @packageDocumentation
 */
import type { NormalizedFilter } from '../filter.js';
import type { SqlTables } from './dialect.js';
import type { SqlParameters } from './parameters.js';

/** The filter fields read from a column of the dossiers table, with that column. */
const COLUMNS = [
  ['academie', 'academie'],
  ['anneeScolaire', 'annee_scolaire'],
  ['uai', 'uai'],
  ['corps', 'corps'],
  ['discipline', 'discipline'],
  ['etat', 'etat'],
] as const;

/**
 * Renders the `WHERE` clause selecting dossiers (table alias `d`), binding its values.
 *
 * @param filter - the checked filter (not `matchesNothing`: the engine answers those without a query).
 * @param after - the dossier after which to start, when resuming.
 * @param tables - the dialect's tables (for the tuteurs).
 * @param params - the statement's parameters, to which the values are bound in clause order.
 * @returns `''` for every dossier, otherwise `WHERE …`.
 * @remarks Every field is one array parameter, whatever the number of its values, so that a listing's
 * statement text depends only on which fields the filter gives: few distinct statements, each prepared
 * once. A dossier without a discipline never matches a `discipline` filter (SQL's `NULL` comparisons do
 * that), as in the in-memory store. The `tuteurId` filter is an `EXISTS` on the tuteurs table, so that a
 * dossier with two matching tuteurs is listed once.
 */
export function renderWhere(
  filter: NormalizedFilter,
  after: string | undefined,
  tables: SqlTables,
  params: SqlParameters,
): string {
  const clauses: string[] = [];
  if (after !== undefined) clauses.push(`d.dossier_id > ${params.bind(after)}`);
  for (const [field, column] of COLUMNS) {
    const values = filter.fields[field];
    if (values !== undefined) clauses.push(params.bindArray(`d.${column}`, values));
  }
  const tuteurs = filter.fields.tuteurId;
  if (tuteurs !== undefined) {
    clauses.push(
      `EXISTS (SELECT 1 FROM ${tables.tuteurs} t WHERE t.dossier_id = d.dossier_id AND ${params.bindArray('t.tuteur_id', tuteurs)})`,
    );
  }
  return clauses.length === 0 ? '' : `WHERE ${clauses.join(' AND ')}`;
}
