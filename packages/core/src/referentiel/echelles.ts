/**
 * Lookups on rating scales and the « below expected » test later alert rules use.
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
 * Tells whether a level is a rating below the scale's expected level (`attendu`), for « below expected »
 * alerts.
 *
 * @param echelle - the scale the level belongs to.
 * @param niveau - a level code.
 * @returns true only when both the level and `attendu` are ratings of this scale and the level's rank is lower.
 * False for a non-rating (« non observé »), an unknown code, or a scale without `attendu`.
 * @example
 * ```ts
 * const finale = getEchelle('tuteur-final');
 * finale && isNiveauSousAttendu(finale, 'insuffisant'); // true
 * finale && isNiveauSousAttendu(finale, 'non-observe'); // false
 * ```
 * @category Référentiel
 */
export function isNiveauSousAttendu(echelle: Echelle, niveau: string): boolean {
  if (echelle.attendu === undefined) return false;
  const attendu = getNiveau(echelle, echelle.attendu);
  const trouve = getNiveau(echelle, niveau);
  if (attendu === undefined || trouve === undefined) return false;
  if (!isNotation(attendu) || !isNotation(trouve)) return false;
  return trouve.rang < attendu.rang;
}
