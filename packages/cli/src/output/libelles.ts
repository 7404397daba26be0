/**
 * The names staff read instead of codes: an EPLE's name for its UAI, a discipline's label for its code. They
 * come from the dossier (given at import, kept in its events), else from the project's configuration.
 *
 * @packageDocumentation
 */
import type { DossierState, EtablissementDossier } from '@tremplin/core';
import type { Libelles } from '../config/types.js';

/** No labels: what a command uses when no configuration gives any. */
export const LIBELLES_VIDES: Libelles = { etablissements: {}, disciplines: {} };

/**
 * The EPLE known by a UAI, with its town when known: from the dossier's state (its latest affectation there
 * that names it, or its identity), else from the configuration.
 *
 * @param uai - the EPLE's UAI.
 * @param libelles - the configuration's labels.
 * @param state - the dossier, if any.
 * @returns the EPLE, or null when nothing names it.
 */
export function findEtablissement(
  uai: string,
  libelles: Libelles,
  state?: Pick<DossierState, 'identite' | 'affectations'>,
): EtablissementDossier | null {
  if (state !== undefined) {
    const affectation = state.affectations.findLast((a) => a.uai === uai && a.etablissement !== undefined);
    if (affectation?.etablissement !== undefined) return affectation.etablissement;
    if (state.identite.uai === uai && state.identite.etablissement !== undefined)
      return state.identite.etablissement;
  }
  return Object.hasOwn(libelles.etablissements, uai) ? (libelles.etablissements[uai] ?? null) : null;
}

/**
 * The EPLE's name: from the dossier's state, else the configuration, else null.
 *
 * @param uai - the EPLE's UAI.
 * @param libelles - the configuration's labels.
 * @param state - the dossier, if any.
 * @returns its name, or null.
 */
export function findNomEtablissement(
  uai: string,
  libelles: Libelles,
  state?: Pick<DossierState, 'identite' | 'affectations'>,
): string | null {
  return findEtablissement(uai, libelles, state)?.nom ?? null;
}

/**
 * The discipline's label: from the dossier's state, else the configuration, else null (the core ships no
 * discipline labels: the codes are the académie's).
 *
 * @param code - the discipline code the dossier uses.
 * @param libelles - the configuration's labels.
 * @param state - the dossier, if any.
 * @returns its label, or null.
 */
export function findLibelleDiscipline(
  code: string,
  libelles: Libelles,
  state?: Pick<DossierState, 'identite'>,
): string | null {
  if (
    state !== undefined &&
    state.identite.discipline === code &&
    state.identite.disciplineLibelle !== undefined
  ) {
    return state.identite.disciplineLibelle;
  }
  return Object.hasOwn(libelles.disciplines, code) ? (libelles.disciplines[code] ?? null) : null;
}

/**
 * The labels of a cohort: the configuration's, completed with every name its dossiers carry (a dossier's own
 * name wins over the configuration's for its UAI or code, as for one dossier).
 *
 * @param states - the dossiers.
 * @param libelles - the configuration's labels.
 * @returns the EPLE and discipline maps the exporters take.
 */
export function collectLibelles(
  states: readonly Pick<DossierState, 'identite' | 'affectations'>[],
  libelles: Libelles,
): Libelles {
  const etablissements: Record<string, EtablissementDossier> = { ...libelles.etablissements };
  const disciplines: Record<string, string> = { ...libelles.disciplines };
  for (const state of states) {
    if (state.identite.etablissement !== undefined)
      etablissements[state.identite.uai] = state.identite.etablissement;
    for (const a of state.affectations)
      if (a.etablissement !== undefined) etablissements[a.uai] = a.etablissement;
    if (state.identite.disciplineLibelle !== undefined) {
      disciplines[state.identite.discipline] = state.identite.disciplineLibelle;
    }
  }
  return { etablissements, disciplines };
}

/**
 * An EPLE as people read it: « Lycée X (9740001H) » when its name is known, else its UAI.
 *
 * @param uai - the EPLE's UAI.
 * @param libelles - the configuration's labels.
 * @param state - the dossier, if any.
 * @returns the text to print.
 */
export function formatEtablissement(
  uai: string,
  libelles: Libelles,
  state?: Pick<DossierState, 'identite' | 'affectations'>,
): string {
  const nom = findNomEtablissement(uai, libelles, state);
  return nom === null ? uai : `${nom} (${uai})`;
}
