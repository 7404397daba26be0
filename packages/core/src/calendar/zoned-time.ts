/**
 * Where local dates meet instants: deadline arithmetic in an académie's IANA time zone, with luxon.
 *
 * A deadline written as a date (« fin novembre ») ends at the last millisecond of that day **in the
 * académie's zone**: in La Réunion (`Indian/Reunion`, UTC+4, no DST) `2022-11-30` ends at
 * `2022-11-30T23:59:59.999+04:00`, which is `2022-11-30T20:59:59.999+01:00` in Paris, three hours
 * before the same date ends in the Hexagone.
 *
 * @packageDocumentation
 */

import { DateTime, IANAZone } from 'luxon';
import { err, ok, type Result } from 'neverthrow';
import { issue, type ValidationError, validationError } from '../errors.js';
import { fromEpochDay, type LocalDate } from './local-date.js';

/**
 * An instant as epoch milliseconds (UTC). Core compares instants as numbers in its hot loops.
 *
 * @category Calendriers
 */
export type EpochMillis = number;

/**
 * Whether a name is an IANA time zone known to the runtime's ICU data (e.g. `Indian/Reunion`).
 *
 * @param timeZone - the zone name.
 * @returns `true` when luxon (through `Intl`) accepts it.
 * @category Calendriers
 */
export function isValidTimeZone(timeZone: string): boolean {
  return IANAZone.isValidZone(timeZone);
}

/**
 * The first millisecond of a local date in a zone (its local midnight).
 *
 * @param date - the local date.
 * @param timeZone - an IANA zone.
 * @returns epoch milliseconds.
 * @category Calendriers
 */
export function startOfLocalDay(date: LocalDate, timeZone: string): EpochMillis {
  return DateTime.fromISO(date, { zone: timeZone }).startOf('day').toMillis();
}

/**
 * The last millisecond of a local date in a zone: a deadline « au plus tard le *date* » is overdue at
 * any later instant.
 *
 * @param date - the local date.
 * @param timeZone - an IANA zone.
 * @returns epoch milliseconds of `date`T23:59:59.999 in `zone`.
 * @example
 * ```ts
 * endOfLocalDay('2022-11-30', 'Indian/Reunion') === Date.parse('2022-11-30T19:59:59.999Z'); // true
 * ```
 * @category Calendriers
 */
export function endOfLocalDay(date: LocalDate, timeZone: string): EpochMillis {
  return DateTime.fromISO(date, { zone: timeZone }).endOf('day').toMillis();
}

/**
 * The local date at an instant in a zone.
 *
 * @param instant - epoch milliseconds.
 * @param timeZone - an IANA zone.
 * @returns the `YYYY-MM-DD` date a wall clock in `zone` shows at `instant`.
 * @category Calendriers
 */
export function localDateAt(instant: EpochMillis, timeZone: string): LocalDate {
  return DateTime.fromMillis(instant, { zone: timeZone }).toISODate() ?? '';
}

/**
 * Formats an instant as ISO 8601 with the zone's offset (e.g. `2022-11-30T23:59:59.999+04:00`).
 *
 * @param instant - epoch milliseconds.
 * @param timeZone - an IANA zone.
 * @returns the ISO string.
 * @category Calendriers
 */
export function formatInstant(instant: EpochMillis, timeZone: string): string {
  return DateTime.fromMillis(instant, { zone: timeZone }).toISO() ?? '';
}

const HAS_OFFSET = /(?:[zZ]|[+-]\d{2}:?\d{2})$/;

/**
 * Parses an ISO 8601 instant that states its offset (`Z` or `±hh:mm`). A date-time without an
 * offset is refused: it would silently take the machine's zone.
 *
 * @param value - e.g. `2022-12-01T08:00:00+04:00`.
 * @returns epoch milliseconds, or a validation error.
 * @category Calendriers
 */
export function parseInstant(value: string): Result<EpochMillis, ValidationError> {
  if (HAS_OFFSET.test(value)) {
    const dt = DateTime.fromISO(value, { setZone: true });
    if (dt.isValid) return ok(dt.toMillis());
  }
  return err(
    validationError(
      `Instant invalide : « ${value} » (attendu ISO 8601 avec décalage, p. ex. 2022-12-01T08:00:00+04:00).`,
      [issue('instant.invalide', `Instant invalide : ${value}.`)],
    ),
  );
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${sign}${hh}:${mm}`;
}

/**
 * The end of each local day of a range, as epoch milliseconds and ISO text in a zone: the same values as
 * {@link endOfLocalDay} and {@link formatInstant}, computed from the zone's offsets without building a
 * luxon `DateTime` per day. Offsets are sampled weekly and resolved day by day only in weeks where they change
 * (daylight saving time), so a year costs a few dozen offset lookups.
 *
 * @param firstEpochDay - the first day (days since 1970-01-01).
 * @param length - how many days.
 * @param timeZone - an IANA zone.
 * @returns parallel arrays of epoch milliseconds and ISO strings.
 * @category Calendriers
 */
export function dayEndsTable(
  firstEpochDay: number,
  length: number,
  timeZone: string,
): { readonly ms: Float64Array; readonly iso: readonly string[] } {
  const tz = IANAZone.create(timeZone);
  const ms = new Float64Array(length);
  const iso: string[] = new Array(length);
  // Offset (minutes) in force at the last millisecond of a local day.
  const exact = (day: number): number => {
    const wall = day * 86_400_000 + 86_399_999;
    const offset = tz.offset(wall - tz.offset(wall) * 60_000);
    const check = tz.offset(wall - offset * 60_000);
    return check === offset ? offset : check;
  };
  const fill = (i: number, offset: number) => {
    const day = firstEpochDay + i;
    const end = day * 86_400_000 + 86_399_999 - offset * 60_000;
    ms[i] = end;
    iso[i] =
      offset === 0 ? formatInstant(end, timeZone) : `${fromEpochDay(day)}T23:59:59.999${offsetText(offset)}`;
  };
  const WEEK = 7;
  let previous = exact(firstEpochDay);
  fill(0, previous);
  for (let start = 0; start < length - 1; start += WEEK) {
    const stop = Math.min(start + WEEK, length - 1);
    const next = exact(firstEpochDay + stop);
    for (let i = start + 1; i <= stop; i++) fill(i, next === previous ? previous : exact(firstEpochDay + i));
    previous = next;
  }
  return { ms, iso };
}
