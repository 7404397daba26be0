/**
 * Input files for the tests: dossiers of La Réunion with valid UAI codes.
 */
import { computeCleUai } from '@tremplin/core';

/** A valid UAI of the 974 académie from its number. */
export function uai974(n: number): string {
  const digits = `974${String(n).padStart(4, '0')}`;
  return digits + computeCleUai(digits);
}

/** The header of the dossiers CSV used in tests. */
export const DOSSIER_HEADER =
  'dossierId;stagiaireId;nom;prenom;numen;academie;anneeScolaire;corps;discipline;uai;quotite;categorie;master;tuteur;chefEtablissement;inspecteur;directeurInspe';

/**
 * One dossier row.
 *
 * @param i - its number.
 * @param overrides - cells to replace, by column.
 * @returns the CSV line.
 */
export function dossierRow(i: number, overrides: Record<string, string> = {}): string {
  const id = String(i).padStart(3, '0');
  const cells: Record<string, string> = {
    dossierId: `D-${id}`,
    stagiaireId: `S-${id}`,
    nom: `Payet${i}`,
    prenom: 'Marie',
    numen: '',
    academie: 'reunion',
    anneeScolaire: '2022-2023',
    corps: 'certifie',
    discipline: 'mathematiques',
    uai: uai974(i),
    quotite: 'temps-plein',
    categorie: 'master-meef',
    master: 'detenu',
    tuteur: `t-${id}|Jean|Hoarau`,
    chefEtablissement: `ce-${id}|Anne|Grondin`,
    inspecteur: 'ipr-1|Paul|Rivière',
    directeurInspe: 'di-1|Luc|Boyer',
    ...overrides,
  };
  return DOSSIER_HEADER.split(';')
    .map((c) => cells[c] ?? '')
    .join(';');
}

/** The rectorat of La Réunion as an actor. */
export const RECTORAT = 'rectorat:dpe-1,academie=reunion';

/** The ministre's services (DGRH) as an actor: licenciement and réintégration (arrêté MENH1411675A art. 9). */
export const MINISTRE = 'ministre:dgrh-1';
