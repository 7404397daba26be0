/**
 * The register of persons' table as both SQL dialects keep it: its row, the record it holds, and the upsert
 * that writes one.
 *
 * @packageDocumentation
 */
import type { FichePersonne } from '../personnes.js';

/**
 * One row of the register of persons' table (`tremplin_personnes`, `<schema>.personnes`).
 *
 * @category Ports
 */
export interface PersonneColumns {
  readonly stagiaire_id: string;
  readonly numen: string | null;
  readonly date_naissance: string | null;
  readonly courriel: string | null;
  readonly rectifie_le: string;
  readonly rectifie_par: string;
}

/**
 * The record a row of the register holds.
 *
 * @param row - the row, as read.
 * @returns the stagiaire's record.
 * @category Ports
 */
export function ficheFromColumns(row: PersonneColumns): FichePersonne {
  return {
    stagiaireId: row.stagiaire_id,
    numen: row.numen,
    dateNaissance: row.date_naissance,
    courriel: row.courriel,
    rectifieLe: row.rectifie_le,
    rectifiePar: row.rectifie_par,
  } as FichePersonne;
}

/**
 * The values to bind to {@link upsertPersonneSql} for a record, in its columns' order.
 *
 * @param fiche - the record, already checked (`validateFichePersonne`).
 * @returns its id, NUMEN, date of birth, e-mail, when and by whom it was written.
 * @category Ports
 */
export function valuesOfFiche(fiche: FichePersonne): readonly unknown[] {
  return [
    fiche.stagiaireId,
    fiche.numen,
    fiche.dateNaissance,
    fiche.courriel,
    fiche.rectifieLe,
    fiche.rectifiePar,
  ];
}

/**
 * The statement that creates or replaces a row of the register, keyed by the stagiaire's id.
 *
 * @param table - the table, qualified as the dialect names it.
 * @param placeholder - the dialect's placeholder of a parameter (position from 1).
 * @returns `INSERT … ON CONFLICT (stagiaire_id) DO UPDATE SET …`, whose six parameters are
 * {@link valuesOfFiche}'s, in order; a caller may append a `WHERE` to the update.
 * @remarks Règlement (UE) 2016/679, art. 16: a rectification replaces every value, none is kept beside it.
 * @category Ports
 */
export function upsertPersonneSql(table: string, placeholder: (position: number) => string): string {
  const values = [1, 2, 3, 4, 5, 6].map(placeholder).join(', ');
  return `INSERT INTO ${table} (stagiaire_id, numen, date_naissance, courriel, rectifie_le, rectifie_par)
    VALUES (${values})
    ON CONFLICT (stagiaire_id) DO UPDATE SET numen = excluded.numen, date_naissance = excluded.date_naissance,
      courriel = excluded.courriel, rectifie_le = excluded.rectifie_le, rectifie_par = excluded.rectifie_par`;
}
