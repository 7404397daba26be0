/**
 * `--at`: the instant at which deadlines and alerts are evaluated, or a command is recorded. Read in the
 * académie's time zone when it gives no offset; the system clock when absent (the only place the command
 * reads it).
 *
 * @packageDocumentation
 */
import { formatInstant, isLocalDate, parseInstant } from '@tremplin/core';
import { err, ok, type Result } from 'neverthrow';
import { type UsageError, usage } from '../failure.js';

/** An instant as the user wrote it: absolute, or a wall-clock date and time of the académie. */
export type AtSpec =
  | { readonly kind: 'instant'; readonly epochMs: number }
  | {
      readonly kind: 'local';
      /** `YYYY-MM-DD`. */
      readonly date: string;
      readonly hour: number;
      readonly minute: number;
      readonly second: number;
    };

const LOCAL = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * Reads the value of `--at`.
 *
 * @param value - `2022-11-30T18:00:00+04:00` (an instant), `2022-11-30T18:00` (a wall-clock time in the
 * académie's zone), `2022-11-30` (the start of that day in the académie's zone), or undefined.
 * @param clock - the system clock, read only when `value` is undefined.
 * @returns the spec, or a usage error that shows the accepted forms.
 */
export function parseAt(value: string | undefined, clock: () => number): Result<AtSpec, UsageError> {
  if (value === undefined) return ok({ kind: 'instant', epochMs: clock() });
  const local = LOCAL.exec(value);
  if (local !== null) {
    const [, date = '', h = '0', m = '0', s = '0'] = local;
    const hour = Number(h);
    const minute = Number(m);
    const second = Number(s);
    if (isLocalDate(date) && hour < 24 && minute < 60 && second < 60) {
      return ok({ kind: 'local', date, hour, minute, second });
    }
  } else {
    const instant = parseInstant(value);
    if (instant.isOk()) return ok({ kind: 'instant', epochMs: instant.value });
  }
  return err(
    usage(
      `--at : « ${value} » n’est ni une date ni un instant.`,
      'Écrivez AAAA-MM-JJ (début du jour dans le fuseau de l’académie), AAAA-MM-JJTHH:MM (heure locale de l’académie) ou un instant ISO 8601 avec décalage (2022-11-30T18:00:00+04:00).',
    ),
  );
}

const formatters = new Map<string, Intl.DateTimeFormat>();
// Offsets by zone and UTC hour: a zone's offset only changes on an hour boundary (every IANA rule in use today).
const offsets = new Map<string, number>();

function offsetAt(zone: string, epochMs: number): number {
  const key = `${zone}|${Math.floor(epochMs / 3_600_000)}`;
  const cached = offsets.get(key);
  if (cached !== undefined) return cached;
  const offset = computeOffset(zone, epochMs);
  if (offsets.size > 100_000) offsets.clear();
  offsets.set(key, offset);
  return offset;
}

function computeOffset(zone: string, epochMs: number): number {
  let f = formatters.get(zone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, f);
  }
  const parts = Object.fromEntries(f.formatToParts(epochMs).map((p) => [p.type, p.value]));
  const wall = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return wall - Math.floor(epochMs / 1000) * 1000;
}

/**
 * The epoch milliseconds of an `--at` spec in a time zone.
 *
 * @param at - the spec.
 * @param zone - the académie's IANA zone.
 * @returns epoch milliseconds; a wall-clock time that does not exist (a DST gap) moves forward by the gap.
 * @example
 * ```ts
 * resolveAt({ kind: 'local', date: '2022-11-30', hour: 0, minute: 0, second: 0 }, 'Indian/Reunion');
 * // Date.parse('2022-11-29T20:00:00Z')
 * ```
 */
export function resolveAt(at: AtSpec, zone: string): number {
  if (at.kind === 'instant') return at.epochMs;
  const [y, mo, d] = at.date.split('-').map(Number);
  const wall = Date.UTC(y ?? 1970, (mo ?? 1) - 1, d ?? 1, at.hour, at.minute, at.second);
  const first = wall - offsetAt(zone, wall);
  return wall - offsetAt(zone, first);
}

/**
 * The ISO text of an `--at` spec in a zone, with the zone's offset (what `transition` receives as `now`).
 *
 * @param at - the spec.
 * @param zone - the académie's IANA zone.
 * @returns e.g. `2022-11-30T00:00:00.000+04:00`.
 */
export function atIso(at: AtSpec, zone: string): string {
  if (at.kind === 'instant') return formatInstant(at.epochMs, zone);
  const ms = resolveAt(at, zone);
  // The wall-clock time is known: write it with the zone's offset (what luxon would write, without luxon's cost).
  const offset = Math.round(offsetAt(zone, ms) / 60_000);
  const local = new Date(ms + offset * 60_000).toISOString().slice(0, 23);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
