/**
 * Lookups on rating scales, their expected level when a pack sets one, and the « below expected » test.
 *
 * @packageDocumentation
 */
import { echellesParDefaut } from './data/echelles.js';
import type { Echelle, NiveauEchelle, NiveauNotation } from './types.js';

/**
 * Finds a scale by id.
 *
 * @param id - a scale id such as `tuteur-final`.
 * @param echelles - the scales to search (an académie's own); the shipped defaults when omitted.
 * @returns the scale, or `undefined`.
 * @category Référentiel
 */
export function getEchelle(
  id: string,
  echelles: readonly Echelle[] = echellesParDefaut,
): Echelle | undefined {
  return echelles.find((e) => e.id === id);
}

/**
 * Finds a level of a scale by its code.
 *
 * @param echelle - a scale.
 * @param code - a level code such as `suffisant`.
 * @returns the level, or `undefined` when the scale has no such level.
 * @category Référentiel
 */
export function getNiveau(echelle: Echelle, code: string): NiveauEchelle | undefined {
  return echelle.niveaux.find((n) => n.code === code);
}

/**
 * Tells whether a level is a rating (has a rank), as opposed to an answer like « non observé ».
 *
 * @param niveau - a level of a scale.
 * @returns true for a `notation` level.
 * @category Référentiel
 */
export function isNotation(niveau: NiveauEchelle): niveau is NiveauNotation {
  return niveau.kind === 'notation';
}

/**
 * The expected levels an académie sets, by scale id (`{ 'tuteur-final': 'suffisant' }`): the value of the
 * `evaluation.niveauxAttendus` parameter.
 *
 * @category Référentiel
 */
export type NiveauxAttendus = { readonly [echelleId: string]: string };

/**
 * The expected level of a scale, if anyone set one: the pack's (`evaluation.niveauxAttendus`) first, else the
 * scale's own `attendu` (an académie's scale). No shipped scale has one: no national text sets an expected level.
 *
 * @param echelle - a scale.
 * @param niveauxAttendus - the pack's expected levels by scale id, if any.
 * @returns the expected `notation` level, or `undefined` (none set, or the code is not a rating of the scale).
 * @remarks NS n° 2015-055 asks for the competencies « à un niveau suffisant au titre de l'année de stage » but
 * names no level of any scale; fiche 14's « niveau attendu à l'entrée dans le métier » was not retrieved.
 * @category Référentiel
 */
export function getNiveauAttendu(
  echelle: Echelle,
  niveauxAttendus: NiveauxAttendus = {},
): NiveauNotation | undefined {
  const code = niveauxAttendus[echelle.id] ?? echelle.attendu;
  if (code === undefined) return undefined;
  const niveau = getNiveau(echelle, code);
  return niveau !== undefined && isNotation(niveau) ? niveau : undefined;
}

/**
 * Tells whether a level is a rating below the scale's expected level (see `getNiveauAttendu`), for the « below
 * expected » alerts a pack may switch on.
 *
 * @param echelle - the scale the level belongs to.
 * @param niveau - a level code.
 * @param niveauxAttendus - the pack's expected levels by scale id (`evaluation.niveauxAttendus`); none by default.
 * @returns true only when an expected level is set, both are ratings of this scale and the level's rank is lower.
 * False for a non-rating (« non observé »), an unknown code, or a scale without expected level (every shipped
 * scale, unless a pack sets one).
 * @example
 * ```ts
 * const finale = getEchelle('tuteur-final');
 * finale && isNiveauSousAttendu(finale, 'insuffisant'); // false: no expected level by default
 * finale && isNiveauSousAttendu(finale, 'insuffisant', { 'tuteur-final': 'suffisant' }); // true
 * ```
 * @category Référentiel
 */
export function isNiveauSousAttendu(
  echelle: Echelle,
  niveau: string,
  niveauxAttendus: NiveauxAttendus = {},
): boolean {
  const attendu = getNiveauAttendu(echelle, niveauxAttendus);
  const trouve = getNiveau(echelle, niveau);
  if (attendu === undefined || trouve === undefined || !isNotation(trouve)) return false;
  return trouve.rang < attendu.rang;
}
