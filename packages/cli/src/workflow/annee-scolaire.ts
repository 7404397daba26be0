/**
 * The school year a dossier is in now: the one whose calendar and rules give its deadlines and alerts.
 *
 * @packageDocumentation
 */
import { type DossierState, getAnneeStageCourante } from '@tremplin/core';

/**
 * The school year of a dossier's current year of stage: the second year's after a renouvellement (décret n°
 * 94-874 art. 5), the opening year before the nomination. It is the year core's `evaluateCohort` evaluates the
 * dossier in, so that `status`, `explain` and `export` read the same calendar as `deadlines` and `alerts`.
 *
 * @param state - the dossier, as it is at the instant considered (folded up to `--at`).
 * @returns the school year, e.g. `2026-2027` for a year of stage starting on 1 September 2026.
 * @remarks A school year runs from 1 September to 31 August, the stage year's boundary (the day stagiaires are
 * nommés, also where pupils return in mid-August).
 */
export function getAnneeScolaireCourante(state: Pick<DossierState, 'stage' | 'identite'>): string {
  const debut = getAnneeStageCourante(state)?.dateDebut;
  if (debut === undefined) return state.identite.anneeScolaire;
  const year = Number(debut.slice(0, 4));
  const first = Number(debut.slice(5, 7)) >= 9 ? year : year - 1;
  return `${first}-${first + 1}`;
}
