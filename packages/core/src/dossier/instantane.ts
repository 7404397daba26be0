/**
 * The jury's frozen view of a dossier: built when a decision is taken, hashed, stored in the decision event.
 *
 * @packageDocumentation
 */
import { getAnneeCourante } from './annee.js';
import { computeEmpreinte } from './empreinte.js';
import type { InstantaneJury } from './instantane-schema.js';

/** A frozen view: a JSON object. */
type Json = InstantaneJury['vue'];

import type { DossierState } from './state.js';

/**
 * The identification of the rule set a decision was taken under.
 *
 * @category Dossier
 */
export interface ReglesUtilisees {
  /**
   * Version label of the rule set: `WorkflowRules.version` (e.g. `national-2014.1`; for rules resolved from
   * packs, every pack's id and version and the school year).
   */
  readonly version: string;
  /** Content hash of the rule data as given to the workflow (see {@link computeEmpreinte}): proves which values applied. */
  readonly empreinte: string;
}

/**
 * The part of a dossier the jury reads: everything but the stagiaire's carnet de bord (his own notebook), with
 * earlier decisions reduced to their content hash so views do not nest.
 *
 * @param state - the dossier at the time of the decision.
 * @returns a JSON value.
 * @category Dossier
 */
export function buildVueJury(state: DossierState): InstantaneJury['vue'] {
  const vue = {
    dossierId: state.dossierId,
    sequence: state.sequence,
    etat: state.etat,
    annee: getAnneeCourante(state),
    identite: state.identite,
    acteurs: state.acteurs,
    affectations: state.affectations,
    stage: state.stage,
    autopositionnements: state.autopositionnements,
    visites: state.visites,
    entretiens: state.entretiens,
    formations: state.formations,
    bilans: state.bilans,
    avis: state.avis,
    alertes: state.alertes,
    conges: state.conges,
    transmissionsJury: state.transmissionsJury,
    entretiensJury: state.entretiensJury,
    tempsPartiel: state.tempsPartiel,
    propositionsJury: state.propositionsJury.map(({ instantane, ...p }) => ({
      ...p,
      instantane: instantane.empreinte,
    })),
    saisines: state.saisines.map(({ instantane, ...x }) => ({
      ...x,
      instantane: instantane?.empreinte ?? null,
    })),
    avisCommissions: state.avisCommissions,
    procedures: state.procedures,
    avisMedicaux: state.avisMedicaux,
    decisionsAnterieures: state.decisions.map(({ instantane, ...d }) => ({
      ...d,
      instantane: instantane.empreinte,
    })),
    demission: state.demission,
  };
  // The state is made of JSON values only (strings, numbers, booleans, null, arrays, plain objects) and is never
  // mutated, so the view may share its records.
  return vue as unknown as Json;
}

/**
 * Freezes the jury's view of a dossier.
 *
 * @param state - the dossier at the time of the decision (its `sequence` is the last event included).
 * @param regles - the version and content hash of the rules used.
 * @param acte - the fields of the act being recorded (proposition or decision), frozen with the view so that
 * its hash covers them too.
 * @returns the view and its content hash.
 * @remarks So that the decision can be reproduced on appeal (arrêté du 22 août 2014, art. 7 and 9).
 * @category Dossier
 */
export function freezeVueJury(
  state: DossierState,
  regles: ReglesUtilisees,
  acte?: Readonly<Record<string, unknown>>,
): InstantaneJury {
  const base = buildVueJury(state);
  const vue = acte === undefined ? base : ({ ...base, acte } as Json);
  return {
    version: 1,
    sequence: state.sequence,
    regles: { version: regles.version, empreinte: regles.empreinte },
    vue,
    empreinte: computeEmpreinteInstantane(state.sequence, regles, vue),
  };
}

function computeEmpreinteInstantane(sequence: number, regles: ReglesUtilisees, vue: Json): string {
  return computeEmpreinte({
    version: 1,
    sequence,
    regles: { version: regles.version, empreinte: regles.empreinte },
    vue,
  });
}

/**
 * Checks that a frozen view was not altered: recomputes its hash.
 *
 * @param instantane - a frozen view, e.g. from a decision event.
 * @returns true when the hash matches the content; false for anything else, whatever its shape (never throws).
 * @category Dossier
 */
export function verifyInstantane(instantane: InstantaneJury): boolean {
  if (typeof instantane !== 'object' || instantane === null) return false;
  try {
    return (
      computeEmpreinteInstantane(instantane.sequence, instantane.regles, instantane.vue as Json) ===
      instantane.empreinte
    );
  } catch {
    // A value without the shape of a frozen view cannot match a hash: it is reported as altered.
    return false;
  }
}
