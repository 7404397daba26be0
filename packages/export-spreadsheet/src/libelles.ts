/**
 * The names lists print next to codes: an EPLE's name by its UAI, a discipline's label by its code. The
 * dossier's own names (given at import or with an affectation) come first, then the caller's.
 *
 * @packageDocumentation
 */
import { type DossierState, getUaiActuel } from '@tremplin/core';

/**
 * Names of EPLE and disciplines, as an académie's configuration gives them.
 *
 * @category Tableurs
 */
export interface LibellesTableur {
  /** EPLE by UAI. */
  readonly etablissements?: Readonly<Record<string, { readonly nom: string; readonly commune?: string }>>;
  /** Discipline labels by the codes dossiers use. */
  readonly disciplines?: Readonly<Record<string, string>>;
}

function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * The name of the EPLE a stagiaire serves in now, with its town when known.
 *
 * @param state - the dossier.
 * @param libelles - the caller's names, if any.
 * @returns « Lycée X, Saint-Denis », or null when nothing names it.
 * @category Tableurs
 */
export function formatNomEtablissement(
  state: Pick<DossierState, 'identite' | 'affectations'>,
  libelles: LibellesTableur = {},
): string | null {
  const uai = getUaiActuel(state);
  const eple =
    state.affectations.findLast((a) => a.uai === uai && a.etablissement !== undefined)?.etablissement ??
    (state.identite.uai === uai ? state.identite.etablissement : undefined) ??
    own(libelles.etablissements, uai);
  if (eple === undefined) return null;
  return eple.commune === undefined ? eple.nom : `${eple.nom}, ${eple.commune}`;
}

/**
 * The discipline as printed: the dossier's label, else the caller's, else its code.
 *
 * @param state - the dossier.
 * @param libelles - the caller's names, if any.
 * @returns the label or the code.
 * @category Tableurs
 */
export function formatDiscipline(
  state: Pick<DossierState, 'identite'>,
  libelles: LibellesTableur = {},
): string {
  const { discipline, disciplineLibelle } = state.identite;
  return disciplineLibelle ?? own(libelles.disciplines, discipline) ?? discipline;
}
