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
  readonly discipline: string;
  readonly uai: string;
}

/**
 * Nom, prénom, the personal data (NUMEN, birth date, e-mail: written only when the caller asks for them),
 * corps, fonction, discipline and UAI.
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
  ];
}
