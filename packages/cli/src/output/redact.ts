/**
 * Personal data in outputs: the NUMEN, date of birth and e-mail live in the register of persons, not in the
 * log nor in a dossier's state; a command prints them only with `--sensitive`, read from the register then.
 *
 * @packageDocumentation
 */
import type { FichePersonne } from '@tremplin/core';
import type { Style } from './style.js';

/** A stagiaire's personal data as `--sensitive` prints them (JSON), without the record's bookkeeping. */
export interface DonneesAffichees {
  readonly numen: string | null;
  readonly dateNaissance: string | null;
  readonly courriel: string | null;
  /** When and by whom the record was last written. */
  readonly rectifieLe: string;
  readonly rectifiePar: string;
}

/**
 * The personal data to print.
 *
 * @param fiche - the register's record, or null when there is none (never recorded, or erased).
 * @returns the values, or null.
 */
export function showDonneesPersonnelles(fiche: FichePersonne | null): DonneesAffichees | null {
  if (fiche === null) return null;
  const { numen, dateNaissance, courriel, rectifieLe, rectifiePar } = fiche;
  return { numen, dateNaissance, courriel, rectifieLe, rectifiePar };
}

/**
 * The lines `status <dossier> --sensitive` adds to the overview.
 *
 * @param donnees - the values, or null when the register has none.
 * @param s - the terminal style.
 * @returns the lines, in French.
 */
export function renderDonneesPersonnelles(donnees: DonneesAffichees | null, s: Style): string[] {
  if (donnees === null) return ['', s('bold', 'Données personnelles'), '  aucune au registre des personnes'];
  const ou = (v: string | null) => v ?? 'non renseigné';
  return [
    '',
    s('bold', 'Données personnelles (--sensitive)'),
    `  NUMEN : ${ou(donnees.numen)}`,
    `  Date de naissance : ${ou(donnees.dateNaissance)}`,
    `  Courriel : ${ou(donnees.courriel)}`,
    `  Dernière écriture : ${donnees.rectifieLe} (${donnees.rectifiePar})`,
  ];
}
