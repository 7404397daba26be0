/**
 * The columns that name a stagiaire and where he serves, shared by the jury list and the cohort overview.
 *
 * @packageDocumentation
 */
import type { IsoDate } from '@tremplin/core';
import { column, type TableSpec } from './columns.js';

/**
 * The fields those columns read.
 *
 * @category Tableurs
 */
export interface IdentityRow {
  readonly nom: string;
  readonly prenom: string;
  readonly numen: string | null;
  readonly dateNaissance: IsoDate | null;
  readonly courriel: string | null;
  readonly corps: string;
  readonly fonction: string;
  /** The discipline's label when known (see `formatDiscipline`), else its code. */
  readonly discipline: string;
  readonly uai: string;
  /** The EPLE's name (and town) when known, else null: the UAI column stands alone. */
  readonly etablissement: string | null;
}

/**
 * Nom, prénom, the personal data (NUMEN, birth date, e-mail: written only when the caller asks for them),
 * corps, fonction, discipline, UAI and the EPLE's name.
 *
 * @returns the columns, in that order.
 * @category Tableurs
 */
export function buildIdentityColumns<R extends IdentityRow>(): TableSpec<R>['columns'] {
  return [
    column.text('nom', 'Nom', (r) => r.nom),
    column.text('prenom', 'Prénom', (r) => r.prenom),
    column.text('numen', 'NUMEN', (r) => r.numen, { sensitive: 'numen' }),
    column.date('dateNaissance', 'Date de naissance', (r) => r.dateNaissance, { sensitive: 'dateNaissance' }),
    column.text('courriel', 'Courriel', (r) => r.courriel, { sensitive: 'courriel' }),
    column.text('corps', 'Corps', (r) => r.corps),
    column.text('fonction', 'Fonction', (r) => r.fonction),
    column.text('discipline', 'Discipline', (r) => r.discipline),
    column.text('uai', 'UAI', (r) => r.uai, { width: 11 }),
    column.text('etablissement', 'Établissement', (r) => r.etablissement),
  ];
}
