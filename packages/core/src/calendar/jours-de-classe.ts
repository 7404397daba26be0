/**
 * Counting class days: weekdays outside the holiday periods of a calendar, precomputed once per calendar
 * so that "how many class days since the last visit?" is two array reads.
 *
 * @packageDocumentation
 */
import { getJoursFeries, getTerritoireFeries } from './jours-feries.js';
import { getPremiereAnnee, toEpochDay } from './local-date.js';
import type { CalendrierScolaire, PeriodeVacances } from './types.js';

/**
 * A precomputed index of the class days of one school year, from 1 August to 31 August of the next year.
 *
 * @category Calendriers
 */
export interface JoursDeClasse {
  /** Epoch day of the first indexed date (1 August of the first civil year). */
  readonly firstEpochDay: number;
  /** Epoch day of the last indexed date (31 August of the second civil year). */
  readonly lastEpochDay: number;
  /**
   * `cumulative[i]` is the number of class days in [first, first + i], both included.
   */
  readonly cumulative: Int32Array;
}

function concernsStaff(p: PeriodeVacances, all: readonly PeriodeVacances[]): boolean {
  if (p.population === 'tous' || p.population === 'enseignants') return true;
  // A pupils-only row counts when no teachers' row exists for the same break.
  if (p.population === 'eleves') {
    return !all.some(
      (q) => q.type === p.type && q.population === 'enseignants' && q.finDesCours === p.finDesCours,
    );
  }
  return false;
}

/**
 * Builds the class-day index of a calendar: Monday to Friday, minus the days off between « fin des cours »
 * (excluded) and « reprise » (excluded), minus the jours fériés of the académie's territory; a break without
 * reprise runs to the end of the index.
 *
 * @param calendrier - the calendar.
 * @returns the index.
 * @remarks Jours fériés are not in the dataset: they are computed for the académie's territory
 * (`getTerritoireFeries`: Code du travail art. L3133-1 everywhere, L3134-13 in Alsace-Moselle, décret
 * n° 83-1003 overseas, e.g. 20 December in La Réunion, Easter Monday everywhere). Saturday classes are not
 * counted. Teachers' rows win over pupils' rows.
 * @category Calendriers
 */
export function indexJoursDeClasse(calendrier: CalendrierScolaire): JoursDeClasse {
  const first = getPremiereAnnee(calendrier.anneeScolaire);
  const firstEpochDay = toEpochDay(`${first}-08-01`);
  const lastEpochDay = toEpochDay(`${first + 1}-08-31`);
  const length = lastEpochDay - firstEpochDay + 1;
  const off = new Uint8Array(length);
  for (const p of calendrier.vacances) {
    if (!concernsStaff(p, calendrier.vacances)) continue;
    const from = toEpochDay(p.finDesCours) + 1;
    const to = p.reprise === null ? lastEpochDay : toEpochDay(p.reprise) - 1;
    for (let d = Math.max(from, firstEpochDay); d <= Math.min(to, lastEpochDay); d++)
      off[d - firstEpochDay] = 1;
  }
  const territoire = getTerritoireFeries(calendrier.academie, calendrier.zone);
  for (const annee of [first, first + 1]) {
    for (const j of getJoursFeries(annee, territoire)) {
      const d = toEpochDay(j.date);
      if (d >= firstEpochDay && d <= lastEpochDay) off[d - firstEpochDay] = 1;
    }
  }
  const cumulative = new Int32Array(length);
  let count = 0;
  for (let i = 0; i < length; i++) {
    // 1970-01-01 (epoch day 0) was a Thursday: weekday 0 = Monday … 6 = Sunday.
    const weekday = (((firstEpochDay + i + 3) % 7) + 7) % 7;
    if (weekday < 5 && off[i] === 0) count++;
    cumulative[i] = count;
  }
  return { firstEpochDay, lastEpochDay, cumulative };
}

function cumulativeAt(index: JoursDeClasse, epochDay: number): number {
  if (epochDay < index.firstEpochDay) return 0;
  const i = Math.min(epochDay, index.lastEpochDay) - index.firstEpochDay;
  return index.cumulative[i] ?? 0;
}

/**
 * Class days in the interval (`fromEpochDay`, `toEpochDay`]: after the first date, up to and including the
 * second. Dates outside the indexed year are clamped to it.
 *
 * @param index - the class-day index of the year.
 * @param fromEpochDay - start (excluded).
 * @param toEpochDay - end (included).
 * @returns the count, 0 when `to <= from`.
 * @category Calendriers
 */
export function countJoursDeClasse(index: JoursDeClasse, fromEpochDay: number, toEpochDay: number): number {
  if (toEpochDay <= fromEpochDay) return 0;
  return cumulativeAt(index, toEpochDay) - cumulativeAt(index, fromEpochDay);
}

/**
 * Whether a date is a class day of the indexed year.
 *
 * @param index - the class-day index.
 * @param epochDay - the date as an epoch day.
 * @returns `true` for a weekday outside the holidays, inside the indexed year.
 * @category Calendriers
 */
export function isJourDeClasse(index: JoursDeClasse, epochDay: number): boolean {
  if (epochDay < index.firstEpochDay || epochDay > index.lastEpochDay) return false;
  return countJoursDeClasse(index, epochDay - 1, epochDay) === 1;
}
