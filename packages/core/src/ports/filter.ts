/**
 * Checking and evaluating dossier filters and page requests, shared by every adapter.
 *
 * @packageDocumentation
 */

import { err, ok, type Result } from 'neverthrow';
import { type Issue, issue, type ValidationError, validationError } from '../errors.js';
import { decodeCursor } from './cursor.js';
import type { DossierIndex } from './dossier-index.js';
import {
  DEFAULT_PAGE_LIMIT,
  type DossierFilter,
  MAX_PAGE_LIMIT,
  type PageRequest,
  type StreamOptions,
} from './query.js';
import { isStorableText } from './text.js';

/**
 * The fields a {@link DossierFilter} may hold.
 *
 * @category Ports
 */
export const FILTER_FIELDS = [
  'academie',
  'anneeScolaire',
  'uai',
  'tuteurId',
  'corps',
  'discipline',
  'etat',
] as const satisfies ReadonlyArray<keyof DossierFilter>;

/**
 * A filter field's name.
 *
 * @category Ports
 */
export type FilterField = (typeof FILTER_FIELDS)[number];

/**
 * A checked filter: each constrained field with its accepted values (never empty).
 *
 * @remarks `matchesNothing` is `true` when a field was given an empty array: no dossier can match, and a
 * store answers without querying.
 * @category Ports
 */
export interface NormalizedFilter {
  readonly fields: Readonly<Partial<Record<FilterField, readonly string[]>>>;
  readonly matchesNothing: boolean;
}

/**
 * Checks a filter and puts every field in array form.
 *
 * @param filter - the caller's filter.
 * @returns the normalised filter, or a `ValidationError` for an unknown key or a value that is not storable
 * text (a value with U+0000 or a lone surrogate could match differently from one store to another).
 * @category Ports
 */
export function normalizeFilter(filter: DossierFilter): Result<NormalizedFilter, ValidationError> {
  const issues: Issue[] = [];
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter)) {
    return err(validationError('Filtre invalide.', [issue('filtre.type', 'Un objet est attendu.')]));
  }
  const allowed = new Set<string>(FILTER_FIELDS);
  for (const key of Object.keys(filter)) {
    if (!allowed.has(key)) {
      issues.push(issue('cle.inconnue', `Champ de filtre inconnu ${JSON.stringify(key)}.`, [key]));
    }
  }
  const fields: Partial<Record<FilterField, readonly string[]>> = {};
  let matchesNothing = false;
  for (const field of FILTER_FIELDS) {
    const value: unknown = filter[field];
    if (value === undefined) continue;
    const values: unknown[] = Array.isArray(value) ? value : [value];
    values.forEach((v, i) => {
      if (typeof v !== 'string' || !isStorableText(v)) {
        issues.push(
          issue(
            'filtre.valeur',
            'Valeur de filtre : une chaîne sans U+0000 ni demi-paire de substitution isolée.',
            Array.isArray(value) ? [field, i] : [field],
          ),
        );
      }
    });
    if (values.length === 0) matchesNothing = true;
    fields[field] = values as string[];
  }
  if (issues.length > 0) return err(validationError('Filtre invalide.', issues));
  return ok({ fields, matchesNothing });
}

/**
 * Whether a dossier's summary matches a normalised filter (the in-memory evaluation of what SQL stores
 * express as `WHERE` clauses).
 *
 * @param index - the dossier's summary.
 * @param filter - the filter.
 * @returns `true` when every constrained field matches one of its values.
 * @category Ports
 */
export function matchesFilter(index: DossierIndex, filter: NormalizedFilter): boolean {
  if (filter.matchesNothing) return false;
  const f = filter.fields;
  if (f.academie !== undefined && !f.academie.includes(index.academie)) return false;
  if (f.anneeScolaire !== undefined && !f.anneeScolaire.includes(index.anneeScolaire)) return false;
  if (f.uai !== undefined && !f.uai.includes(index.uai)) return false;
  if (f.corps !== undefined && !f.corps.includes(index.corps)) return false;
  if (f.etat !== undefined && !f.etat.includes(index.etat)) return false;
  if (
    f.discipline !== undefined &&
    (index.discipline === undefined || !f.discipline.includes(index.discipline))
  ) {
    return false;
  }
  if (f.tuteurId !== undefined) {
    const wanted = f.tuteurId;
    if (!index.tuteurIds.some((t) => wanted.includes(t))) return false;
  }
  return true;
}

/**
 * A checked page request.
 *
 * @category Ports
 */
export interface NormalizedPage {
  readonly limit: number;
  /** The dossier after which the page starts, when resuming. */
  readonly after?: string;
}

/**
 * Checks a page request.
 *
 * @param page - the caller's request.
 * @returns the limit and the decoded cursor, or a `ValidationError` (`page.limite`, `curseur.invalide`).
 * @category Ports
 */
export function normalizePage(page: PageRequest | undefined): Result<NormalizedPage, ValidationError> {
  if (page === undefined) return ok({ limit: DEFAULT_PAGE_LIMIT });
  if (typeof page !== 'object' || page === null) {
    return err(validationError('Page invalide.', [issue('page.type', 'Un objet est attendu.')]));
  }
  const limit: unknown = page.limit ?? DEFAULT_PAGE_LIMIT;
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_LIMIT) {
    return err(
      validationError('Page invalide.', [
        issue('page.limite', `La limite est un entier de 1 à ${MAX_PAGE_LIMIT}.`, ['limit']),
      ]),
    );
  }
  if (page.cursor === undefined) return ok({ limit });
  return decodeCursor(page.cursor).map((after) => ({ limit, after }));
}

/**
 * Checks a stream's batch size.
 *
 * @param batchSize - the caller's value.
 * @param fallback - the store's default.
 * @returns the size, or a `ValidationError` (`flux.taille-lot`).
 * @category Ports
 */
export function normalizeBatchSize(batchSize: unknown, fallback: number): Result<number, ValidationError> {
  const size = batchSize ?? fallback;
  if (typeof size !== 'number' || !Number.isInteger(size) || size < 1 || size > 100_000) {
    return err(
      validationError('Options de flux invalides.', [
        issue('flux.taille-lot', 'La taille de lot est un entier de 1 à 100 000.', ['batchSize']),
      ]),
    );
  }
  return ok(size);
}

/**
 * Checks a cohort stream's request: its filter and its batch size, in that order (the first error wins).
 *
 * @param filter - the caller's filter.
 * @param options - the caller's stream options.
 * @param fallback - the store's default batch size.
 * @returns the normalised filter and the batch size, or a `ValidationError`.
 * @category Ports
 */
export function normalizeStream(
  filter: DossierFilter,
  options: StreamOptions | undefined,
  fallback: number,
): Result<{ readonly filter: NormalizedFilter; readonly batchSize: number }, ValidationError> {
  return normalizeFilter(filter).andThen((f) =>
    normalizeBatchSize(options?.batchSize, fallback).map((batchSize) => ({ filter: f, batchSize })),
  );
}
