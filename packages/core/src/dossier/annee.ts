/**
 * Small read helpers on a dossier's state: the current year of stage, current tuteurs, current EPLE.
 *
 * @packageDocumentation
 */
import type { PersonneRef } from './acteurs.js';
import type { AnneeStage, DossierState } from './state.js';

/**
 * The number of the current year of stage: the last year started, or the one about to start before nomination
 * (2 when the dossier opens on a renouvellement).
 *
 * @param state - the dossier.
 * @returns 1 or 2 (a greater number only if rules allowing more renouvellements were used).
 * @category Dossier
 */
export function getAnneeCourante(state: Pick<DossierState, 'stage' | 'identite'>): number {
  const derniere = state.stage.annees.at(-1);
  if (derniere) return derniere.numero;
  return state.identite.stageRenouvele ? 2 : 1;
}

/**
 * The current year of stage, or null before the nomination.
 *
 * @param state - the dossier.
 * @returns its dates and number.
 * @category Dossier
 */
export function getAnneeStageCourante(state: Pick<DossierState, 'stage'>): AnneeStage | null {
  return state.stage.annees.at(-1) ?? null;
}

/**
 * The tuteurs currently designated.
 *
 * @param state - the dossier.
 * @returns the people, in order of designation.
 * @category Dossier
 */
export function listTuteursActuels(state: Pick<DossierState, 'acteurs'>): PersonneRef[] {
  return state.acteurs.tuteurs.filter((d) => d.jusquau === null).map((d) => d.tuteur);
}

/**
 * The UAI of the current EPLE of affectation.
 *
 * @param state - the dossier.
 * @returns the last affectation's UAI.
 * @category Dossier
 */
export function getUaiActuel(state: Pick<DossierState, 'affectations' | 'identite'>): string {
  return state.affectations.at(-1)?.uai ?? state.identite.uai;
}

/**
 * Records of the given year only.
 *
 * @param records - visits, bilans, avis… of every year.
 * @param annee - the year wanted.
 * @returns those of that year.
 * @category Dossier
 */
export function filterByAnnee<T extends { readonly annee: number }>(
  records: readonly T[],
  annee: number,
): T[] {
  return records.filter((r) => r.annee === annee);
}
