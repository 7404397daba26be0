/**
 * What `tremplin calendrier` prints about a calendar: académie, year, zone, periods, how many are verified,
 * where it comes from.
 *
 * @packageDocumentation
 */
import { CALENDRIERS, type CalendrierScolaire, findAcademie } from '@tremplin/core';

/** One calendar, summarised. */
export interface CalendrierSummary {
  readonly academie: string;
  readonly anneeScolaire: string;
  readonly zone: string;
  /** Holiday periods (rows of the dataset, pupils and teachers counted apart). */
  readonly periodes: number;
  /** Periods whose dates were read in the ministry's dataset or an official text. */
  readonly verifiees: number;
  /** `verifie` (every period), `partiel`, `non-verifie`. */
  readonly confiance: 'verifie' | 'partiel' | 'non-verifie';
  /** `tremplin` (shipped with core) or `projet` (a file of the configuration). */
  readonly origine: 'tremplin' | 'projet';
  readonly rentreeEleves?: string;
}

/** French labels of {@link CalendrierSummary.confiance}. */
export const CONFIANCE_CALENDRIER: Readonly<Record<CalendrierSummary['confiance'], string>> = {
  verifie: 'vérifié',
  partiel: 'vérifié en partie',
  'non-verifie': 'NON VÉRIFIÉ',
};

/**
 * Summarises a calendar.
 *
 * @param c - the calendar.
 * @returns its summary.
 */
export function summarizeCalendrier(c: CalendrierScolaire): CalendrierSummary {
  const verifiees = c.vacances.filter((p) => p.confidence === 'verified').length;
  const confiance =
    c.vacances.length > 0 && verifiees === c.vacances.length
      ? 'verifie'
      : verifiees > 0
        ? 'partiel'
        : 'non-verifie';
  return {
    academie: c.academie,
    anneeScolaire: c.anneeScolaire,
    zone: c.zone,
    periodes: c.vacances.length,
    verifiees,
    confiance,
    origine: CALENDRIERS.includes(c) ? 'tremplin' : 'projet',
    ...(c.rentreeEleves === undefined ? {} : { rentreeEleves: c.rentreeEleves }),
  };
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-|-$/gu, '');
}

/**
 * Whether a calendar is of an académie, as a user types it (`lyon`, `Lyon`, `La Réunion`).
 *
 * @param c - the calendar.
 * @param academie - the académie typed.
 * @returns true when they name the same académie.
 */
export function isOfAcademie(c: CalendrierScolaire, academie: string): boolean {
  const wanted = findAcademie(academie)?.nom ?? academie;
  return fold(findAcademie(c.academie)?.nom ?? c.academie) === fold(wanted);
}

/**
 * The file name of a calendar in the project: `lyon-2025-2026.json`.
 *
 * @param c - the calendar.
 * @returns the name.
 */
export function calendrierFileName(c: CalendrierScolaire): string {
  return `${fold(c.academie)}-${c.anneeScolaire}.json`;
}

/**
 * Warnings for imported calendars with fewer periods than the calendar they replace (a dataset extract cut to
 * one year holds only the previous year's summer row for that year, for instance).
 *
 * @param imported - the calendars read.
 * @param known - the calendars the project knew before.
 * @returns one line per such calendar.
 */
export function thinnerThanKnown(
  imported: readonly CalendrierScolaire[],
  known: readonly CalendrierScolaire[],
): string[] {
  return imported.flatMap((c) => {
    const before = known.find((k) => k.anneeScolaire === c.anneeScolaire && isOfAcademie(k, c.academie));
    if (before === undefined || before.vacances.length <= c.vacances.length) return [];
    return [
      `${c.academie} ${c.anneeScolaire} : ${c.vacances.length} période(s) lue(s) contre ${before.vacances.length} dans le calendrier qu’il remplace — le fichier ne couvre sans doute pas toute l’année (utilisez --annee, ou un export complet).`,
    ];
  });
}
