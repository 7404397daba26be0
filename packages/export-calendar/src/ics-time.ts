/**
 * Dates and times as RFC 5545 writes them, computed with luxon in an IANA zone.
 *
 * @packageDocumentation
 */
import { DateTime } from 'luxon';

const DAY_MS = 86_400_000;

/**
 * Parses an ISO 8601 calendar date `YYYY-MM-DD`.
 *
 * @param value - the date.
 * @returns the day as a count of days since 1970-01-01, or undefined when it is not a valid calendar date.
 */
export function parseIsoDate(value: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match === null) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  // Date.UTC rolls 2022-02-30 over to 2 March and reads years below 100 as 19xx: both are refused here.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return undefined;
  }
  return ms / DAY_MS;
}

/**
 * Parses an ISO 8601 instant that carries its offset (`2022-11-30T17:00:00+04:00`, `…Z`).
 *
 * @param value - the instant.
 * @returns the instant in UTC, or undefined when the string is not a date-time with an offset.
 */
export function parseInstant(value: string): DateTime | undefined {
  if (!/T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)$/.test(value)) return undefined;
  const instant = DateTime.fromISO(value, { setZone: true });
  return instant.isValid ? instant.toUTC() : undefined;
}

/**
 * Parses a date-time given either as an instant with an offset, or as a local date-time without offset,
 * which is then read in `zone` (the académie's zone).
 *
 * @param value - `2022-11-30T17:00:00+04:00` or `2022-11-30T17:00`.
 * @param zone - the IANA zone in which a local date-time is read.
 * @returns the date-time in `zone`, or undefined when invalid.
 */
export function parseDateTimeIn(value: string, zone: string): DateTime | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return undefined;
  const parsed = DateTime.fromISO(value, { zone, setZone: true });
  return parsed.isValid ? parsed.setZone(zone) : undefined;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * Formats a day as an RFC 5545 DATE (`20221130`).
 *
 * @param epochDay - the day, as a count of days since 1970-01-01 (see {@link parseIsoDate}).
 * @returns the DATE value.
 */
export function formatIcsDate(epochDay: number): string {
  const d = new Date(epochDay * DAY_MS);
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;
}

/**
 * Formats the wall-clock time of a date-time as an RFC 5545 local DATE-TIME (`20221130T170000`), to be
 * written with a `TZID` parameter.
 *
 * @param dateTime - a date-time already in the wanted zone.
 * @returns the local DATE-TIME value (fractions of a second dropped).
 */
export function formatIcsLocal(dateTime: DateTime): string {
  const t = dateTime;
  return `${pad(t.year, 4)}${pad(t.month)}${pad(t.day)}T${pad(t.hour)}${pad(t.minute)}${pad(t.second)}`;
}

/**
 * Formats an instant as an RFC 5545 UTC DATE-TIME (`20221130T130000Z`).
 *
 * @param instant - any date-time; it is converted to UTC.
 * @returns the UTC DATE-TIME value (fractions of a second dropped).
 */
export function formatIcsUtc(instant: DateTime): string {
  return `${formatIcsLocal(instant.toUTC())}Z`;
}

/**
 * Formats a UTC offset in minutes as RFC 5545 UTC-OFFSET (`+0400`, `-0930`, `+055152` with seconds).
 *
 * @param minutes - the offset east of UTC, in minutes (may be fractional for old local mean times).
 * @returns the UTC-OFFSET value.
 */
export function formatUtcOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const totalSeconds = Math.round(Math.abs(minutes) * 60);
  const hours = Math.floor(totalSeconds / 3600);
  const mins = Math.floor((totalSeconds % 3600) / 60);
  const secs = totalSeconds % 60;
  return `${sign}${pad(hours)}${pad(mins)}${secs === 0 ? '' : pad(secs)}`;
}
