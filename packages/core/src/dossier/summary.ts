/**
 * The compact summary of a dossier used to list dossiers: the `DossierIndex` a store keeps beside the events.
 *
 * @packageDocumentation
 */
import type { DossierIndex } from '../ports/dossier-index.js';
import { getUaiActuel, listTuteursActuels } from './annee.js';
import type { DossierState } from './state.js';

/**
 * Summarises a dossier for listing: what a store indexes (the ports' `DossierIndex`), passed with each append.
 *
 * @param state - the dossier.
 * @returns its identifier, académie, school year, current EPLE, corps, discipline, current tuteurs and
 * workflow state (`etat`, one of {@link EtatDossier}).
 * @example
 * ```ts
 * const { etat, tuteurIds } = summarizeDossier(state);
 * ```
 * @category Dossier
 */
export function summarizeDossier(state: DossierState): DossierIndex {
  return {
    dossierId: state.dossierId,
    academie: state.identite.academie,
    anneeScolaire: state.identite.anneeScolaire,
    uai: getUaiActuel(state),
    corps: state.identite.corps,
    discipline: state.identite.discipline,
    tuteurIds: listTuteursActuels(state).map((t) => t.id),
    etat: state.etat,
  };
}
