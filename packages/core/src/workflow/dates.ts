/**
 * Date arithmetic of the stage (calendar days, months) on `YYYY-MM-DD` dates, without the system clock.
 *
 * @packageDocumentation
 */
import { addDays, toEpochDay } from '../calendar/local-date.js';

/**
 * Adds calendar months to a date; the day is clamped to the month's length (31 January + 1 month = 28/29 February).
 *
 * @param date - `YYYY-MM-DD`.
 * @param mois - months to add (may be negative).
 * @returns the date.
 * @example
 * ```ts
 * addMonths('2022-09-01', 12); // '2023-09-01'
 * ```
 * @category Workflow
 */
export function addMonths(date: string, mois: number): string {
  const annee = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + mois;
  const y = annee + Math.floor(m / 12);
  const mm = ((m % 12) + 12) % 12;
  const dernier = new Date(Date.UTC(y, mm + 1, 0)).getUTCDate();
  const jour = Math.min(Number(date.slice(8, 10)), dernier);
  return `${String(y).padStart(4, '0')}-${String(mm + 1).padStart(2, '0')}-${String(jour).padStart(2, '0')}`;
}

/**
 * The last day of a period of `mois` months starting on `debut` (the day before the anniversary).
 *
 * @param debut - first day.
 * @param mois - length in months.
 * @returns the last day, e.g. `2023-08-31` for (`2022-09-01`, 12).
 * @category Workflow
 */
export function computeFinDePeriode(debut: string, mois: number): string {
  return addDays(addMonths(debut, mois), -1);
}

/**
 * Number of days of a period, both ends included.
 *
 * @param debut - first day.
 * @param fin - last day.
 * @returns `fin − debut + 1` (0 when `fin` is before `debut`).
 * @category Workflow
 */
export function countJoursInclus(debut: string, fin: string): number {
  return Math.max(0, toEpochDay(fin) - toEpochDay(debut) + 1);
}

/**
 * Days of `[debut, fin]` that fall in `[de, a]`, both included.
 *
 * @param debut - first day of the period.
 * @param fin - last day of the period.
 * @param de - first day of the window.
 * @param a - last day of the window (null: no upper bound).
 * @returns the number of common days.
 * @category Workflow
 */
export function countJoursCommuns(debut: string, fin: string, de: string, a: string | null): number {
  const d = debut > de ? debut : de;
  const f = a !== null && fin > a ? a : fin;
  return countJoursInclus(d, f);
}
