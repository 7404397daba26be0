/**
 * Selecting dossiers: filters over the listing summary and cursor paging.
 *
 * @packageDocumentation
 */
import type { Corps } from '../dossier/corps.js';

/**
 * One value, or several of which any matches. An empty array matches nothing.
 *
 * @category Ports
 */
export type OneOrMany<T> = T | readonly T[];

/**
 * Which dossiers to list or stream. Every given field must match (AND); an array matches any of its
 * values (OR); an absent field matches everything. `{}` selects every dossier.
 *
 * @category Ports
 */
export interface DossierFilter {
  readonly academie?: OneOrMany<string>;
  readonly anneeScolaire?: OneOrMany<string>;
  /** UAI of the EPLE of affectation. */
  readonly uai?: OneOrMany<string>;
  /** Matches dossiers with at least one of these tuteurs. */
  readonly tuteurId?: OneOrMany<string>;
  readonly corps?: OneOrMany<Corps>;
  /** Matches only dossiers that have a discipline equal to one of these. */
  readonly discipline?: OneOrMany<string>;
  /** Workflow state. */
  readonly etat?: OneOrMany<string>;
}

/**
 * Default number of dossiers per page.
 *
 * @category Ports
 */
export const DEFAULT_PAGE_LIMIT = 100;
/**
 * Largest number of dossiers per page.
 *
 * @category Ports
 */
export const MAX_PAGE_LIMIT = 1000;

/**
 * Which page to read.
 *
 * @category Ports
 */
export interface PageRequest {
  /** Dossiers per page, 1 to {@link MAX_PAGE_LIMIT}; {@link DEFAULT_PAGE_LIMIT} when absent. */
  readonly limit?: number;
  /** The `nextCursor` of the previous page; absent for the first page. */
  readonly cursor?: string;
}

/**
 * One page of a listing, in ascending order of `dossierId` by code point.
 *
 * @typeParam T - the listed items.
 * @category Ports
 */
export interface Page<T> {
  readonly items: readonly T[];
  /** Present when more items follow: pass it as `cursor` to read them. */
  readonly nextCursor?: string;
}

/**
 * Options of a cohort stream.
 *
 * @category Ports
 */
export interface StreamOptions {
  /** How many dossiers a store reads per round trip (a tuning knob; the stream's content does not depend on it). */
  readonly batchSize?: number;
}
