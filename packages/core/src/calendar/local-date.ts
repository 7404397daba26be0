/**
 * Plain calendar dates (`YYYY-MM-DD`, no time, no zone) and school years (`YYYY-YYYY`), with integer
 * arithmetic on epoch days so that hot loops never build a `Date` or a luxon `DateTime`.
 *
 * @packageDocumentation
 */

import { err, ok, type Result } from 'neverthrow';
import { issue, type ValidationError, validationError } from '../errors.js';
import { parseAnneeScolaire } from '../referentiel/annee-scolaire.js';

/**
 * A calendar date without time or zone, written `YYYY-MM-DD` (ISO 8601 extended), e.g. `2022-11-30`.
 *
 * @remarks Official calendars and texts give plain dates; a time zone is attached only when a date
 * becomes an instant (a deadline), in the académie's IANA zone (see `zoned-time.ts`).
 * @category Calendriers
 */
export type LocalDate = string;

/**
 * A school year as the open dataset `fr-en-calendrier-scolaire` writes it: `YYYY-YYYY`, e.g. `2022-2023`.
 *
 * @category Calendriers
 */
export type AnneeScolaire = string;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Whether a string is a real calendar date written `YYYY-MM-DD` (30 February is refused).
 *
 * @param value - the string to check.
 * @returns `true` when it is a valid local date.
 * @category Calendriers
 */
export function isLocalDate(value: string): boolean {
  const m = LOCAL_DATE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * Days since 1970-01-01 of a local date (1970-01-01 is 0), by integer arithmetic.
 *
 * @param date - a valid `YYYY-MM-DD` date (not re-validated: check with {@link isLocalDate} at the edge).
 * @returns the epoch day number.
 * @example
 * ```ts
 * toEpochDay('2022-09-01'); // 19236
 * ```
 * @category Calendriers
 */
export function toEpochDay(date: LocalDate): number {
  // Fixed positions: `YYYY-MM-DD`. Howard Hinnant's days_from_civil.
  let y =
    (date.charCodeAt(0) - 48) * 1000 +
    (date.charCodeAt(1) - 48) * 100 +
    (date.charCodeAt(2) - 48) * 10 +
    (date.charCodeAt(3) - 48);
  const m = (date.charCodeAt(5) - 48) * 10 + (date.charCodeAt(6) - 48);
  const d = (date.charCodeAt(8) - 48) * 10 + (date.charCodeAt(9) - 48);
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * The local date of an epoch day number (inverse of {@link toEpochDay}).
 *
 * @param epochDay - days since 1970-01-01.
 * @returns the `YYYY-MM-DD` date.
 * @category Calendriers
 */
export function fromEpochDay(epochDay: number): LocalDate {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

/**
 * Adds a number of calendar days to a local date.
 *
 * @param date - the start date.
 * @param days - days to add (negative to go back).
 * @returns the resulting local date.
 * @example
 * ```ts
 * addDays('2022-09-01', 182); // '2023-03-02'
 * ```
 * @category Calendriers
 */
export function addDays(date: LocalDate, days: number): LocalDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/**
 * Number of days from `from` to `to` (`to − from`; 0 for the same date, negative when `to` is earlier).
 *
 * @param from - the first date.
 * @param to - the second date.
 * @returns the signed difference in days.
 * @category Calendriers
 */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/**
 * The last day of a month.
 *
 * @param year - the civil year.
 * @param month - the month, 1–12.
 * @returns its last date, e.g. `2022-11-30` for (2022, 11).
 * @category Calendriers
 */
export function lastDayOfMonth(year: number, month: number): LocalDate {
  return `${year}-${pad2(month)}-${pad2(daysInMonth(year, month))}`;
}

/**
 * Builds a local date from its parts, refusing impossible dates.
 *
 * @param year - civil year.
 * @param month - 1–12.
 * @param day - 1–31.
 * @returns the date, or a validation error naming the parts.
 * @category Calendriers
 */
export function localDate(year: number, month: number, day: number): Result<LocalDate, ValidationError> {
  const value = `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
  if (Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) && isLocalDate(value)) {
    return ok(value);
  }
  return err(
    validationError(`Date impossible : ${year}-${month}-${day}.`, [
      issue('date.invalide', `Date impossible : ${value}.`),
    ]),
  );
}

/**
 * Whether a string is a school year label `YYYY-YYYY` with consecutive years.
 *
 * @param value - the string to check.
 * @returns `true` for e.g. `2022-2023`.
 * @category Calendriers
 */
export function isAnneeScolaire(value: string): boolean {
  return parseAnneeScolaire(value).isOk();
}

/**
 * The first civil year of a school year label, assumed valid (`2022-2023` → 2022).
 *
 * @param annee - a valid school year label.
 * @returns its first civil year.
 * @category Calendriers
 */
export function getPremiereAnnee(annee: AnneeScolaire): number {
  return Number(annee.slice(0, 4));
}

/**
 * The civil year in which a month of a school year falls: September–December in the first civil year,
 * January–August in the second.
 *
 * @param annee - the school year, e.g. `2022-2023`.
 * @param month - 1–12.
 * @returns the civil year, e.g. 2022 for November and 2023 for April of `2022-2023`.
 * @category Calendriers
 */
export function getAnneeCivileDuMois(annee: AnneeScolaire, month: number): number {
  const first = getPremiereAnnee(annee);
  return month >= 9 ? first : first + 1;
}

/**
 * The school year a date belongs to for the stage: from 1 September to 31 August.
 *
 * @param date - a local date.
 * @returns e.g. `2022-2023` for `2022-11-30` and for `2023-08-31`.
 * @remarks Stagiaires are nommés on 1 September (circulaire du 13-7-2022), also in La Réunion where pupils
 * return in mid-August: the stage year, not the pupils' calendar, sets this boundary.
 * @category Calendriers
 */
export function getAnneeScolaire(date: LocalDate): AnneeScolaire {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const first = month >= 9 ? year : year - 1;
  return `${first}-${first + 1}`;
}
