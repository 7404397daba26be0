/**
 * A small RFC 5545 writer: VCALENDAR with a VTIMEZONE for the académie's zone and one VEVENT per event.
 *
 * @packageDocumentation
 */
import { type Issue, issue, isValidTimeZone, type ValidationError, validationError } from '@tremplin/core';
import { Duration } from 'luxon';
import { err, ok, type Result } from 'neverthrow';
import type { CalendarEvent, CalendarInput, EventTime } from './calendar-event.js';
import { contentLine, escapeText } from './ics-text.js';
import {
  formatIcsDate,
  formatIcsLocal,
  formatIcsUtc,
  parseDateTimeIn,
  parseInstant,
  parseIsoDate,
} from './ics-time.js';
import { renderVtimezone } from './vtimezone.js';

/** PRODID written when the caller gives none. */
export const DEFAULT_PRODUCT_ID = '-//Tremplin//export-calendar//FR';

const MAX_SEQUENCE = 2_147_483_647;

type Path = ReadonlyArray<string | number>;

interface ResolvedTime {
  readonly lines: string[];
  /** Years (in the calendar's zone) a VTIMEZONE must cover; empty for all-day events. */
  readonly years: number[];
}

function resolveTime(time: EventTime, zone: string, path: Path, issues: Issue[]): ResolvedTime {
  if (time.kind === 'date') {
    const first = parseIsoDate(time.date);
    const last = time.lastDate === undefined ? first : parseIsoDate(time.lastDate);
    if (first === undefined) {
      issues.push(
        issue('calendar.date.invalide', `Date invalide : « ${time.date} » (attendu AAAA-MM-JJ).`, [
          ...path,
          'date',
        ]),
      );
    }
    if (time.lastDate !== undefined && last === undefined) {
      issues.push(
        issue('calendar.date.invalide', `Date invalide : « ${time.lastDate} » (attendu AAAA-MM-JJ).`, [
          ...path,
          'lastDate',
        ]),
      );
    }
    if (first === undefined || last === undefined) return { lines: [], years: [] };
    if (last < first) {
      issues.push(
        issue('calendar.periode.inversee', 'Le dernier jour précède le premier.', [...path, 'lastDate']),
      );
      return { lines: [], years: [] };
    }
    return {
      lines: [
        contentLine('DTSTART', formatIcsDate(first), [{ name: 'VALUE', value: 'DATE' }]),
        contentLine('DTEND', formatIcsDate(last + 1), [{ name: 'VALUE', value: 'DATE' }]),
      ],
      years: [],
    };
  }
  const start = parseDateTimeIn(time.start, zone);
  const end = time.end === undefined ? undefined : parseDateTimeIn(time.end, zone);
  if (start === undefined) {
    issues.push(
      issue('calendar.horaire.invalide', `Date-heure invalide : « ${time.start} ».`, [...path, 'start']),
    );
  }
  if (time.end !== undefined && end === undefined) {
    issues.push(
      issue('calendar.horaire.invalide', `Date-heure invalide : « ${time.end} ».`, [...path, 'end']),
    );
  }
  if (start === undefined || (time.end !== undefined && end === undefined)) return { lines: [], years: [] };
  if (end !== undefined && end < start) {
    issues.push(issue('calendar.periode.inversee', 'La fin précède le début.', [...path, 'end']));
    return { lines: [], years: [] };
  }
  const tzid = [{ name: 'TZID', value: zone }];
  const lines = [contentLine('DTSTART', formatIcsLocal(start), tzid)];
  const years = [start.year];
  if (end !== undefined) {
    lines.push(contentLine('DTEND', formatIcsLocal(end), tzid));
    years.push(end.year);
  }
  return { lines, years };
}

/** RFC 5545 dur-value, without sign: weeks and days only as days, no months or years. */
function formatDuration(totalSeconds: number): string {
  if (totalSeconds === 0) return 'PT0S';
  const days = Math.floor(totalSeconds / 86_400);
  const hours = Math.floor((totalSeconds % 86_400) / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const time = `${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds ? `${seconds}S` : ''}`;
  return `P${days ? `${days}D` : ''}${time ? `T${time}` : ''}`;
}

function resolveReminder(
  reminder: string,
  path: Path,
  issues: Issue[],
  cache: Map<string, number | undefined>,
): number | undefined {
  if (cache.has(reminder)) {
    const known = cache.get(reminder);
    if (known === undefined) issues.push(invalidReminder(reminder, path));
    return known;
  }
  const seconds = parseReminder(reminder);
  cache.set(reminder, seconds);
  if (seconds === undefined) issues.push(invalidReminder(reminder, path));
  return seconds;
}

function invalidReminder(reminder: string, path: Path): Issue {
  return issue(
    'calendar.rappel.invalide',
    `Rappel invalide : « ${reminder} » (durée ISO 8601 positive en semaines, jours, heures, minutes ou secondes, p. ex. P7D).`,
    path,
  );
}

function parseReminder(reminder: string): number | undefined {
  const duration = Duration.fromISO(reminder);
  const calendarUnits =
    duration.isValid && (duration.years !== 0 || duration.quarters !== 0 || duration.months !== 0);
  const seconds = duration.isValid ? duration.as('seconds') : Number.NaN;
  return !duration.isValid || calendarUnits || !Number.isInteger(seconds) || seconds < 0
    ? undefined
    : seconds;
}

function renderEvent(
  event: CalendarEvent,
  index: number,
  zone: string,
  dtstamp: string,
  issues: Issue[],
  reminders: Map<string, number | undefined>,
): ResolvedTime {
  const path: Path = ['events', index];
  if (event.uid.trim() === '' || /[\r\n]/.test(event.uid)) {
    issues.push(issue('calendar.uid.invalide', 'UID vide ou sur plusieurs lignes.', [...path, 'uid']));
  }
  const sequence = event.sequence ?? 0;
  if (!Number.isInteger(sequence) || sequence < 0 || sequence > MAX_SEQUENCE) {
    issues.push(
      issue('calendar.sequence.invalide', `SEQUENCE invalide : ${sequence} (entier de 0 à 2³¹−1).`, [
        ...path,
        'sequence',
      ]),
    );
  }
  const time = resolveTime(event.time, zone, [...path, 'time'], issues);
  const lines = [
    'BEGIN:VEVENT',
    contentLine('UID', escapeText(event.uid)),
    contentLine('DTSTAMP', dtstamp),
    contentLine('SEQUENCE', String(sequence)),
    ...time.lines,
    contentLine('SUMMARY', escapeText(event.summary)),
  ];
  if (event.description !== undefined) lines.push(contentLine('DESCRIPTION', escapeText(event.description)));
  if (event.location !== undefined) lines.push(contentLine('LOCATION', escapeText(event.location)));
  if (event.categories !== undefined && event.categories.length > 0) {
    lines.push(contentLine('CATEGORIES', event.categories.map(escapeText).join(',')));
  }
  if (event.status !== undefined) lines.push(contentLine('STATUS', event.status));
  if (event.url !== undefined) {
    if (URL.canParse(event.url) && !/\s/.test(event.url)) lines.push(contentLine('URL', event.url));
    else issues.push(issue('calendar.url.invalide', `URL invalide : « ${event.url} ».`, [...path, 'url']));
  }
  if (event.lastModified !== undefined) {
    const lastModified = parseInstant(event.lastModified);
    if (lastModified === undefined) {
      issues.push(
        issue('calendar.instant.invalide', `Instant invalide (offset requis) : « ${event.lastModified} ».`, [
          ...path,
          'lastModified',
        ]),
      );
    } else {
      lines.push(contentLine('LAST-MODIFIED', formatIcsUtc(lastModified)));
    }
  }
  lines.push(contentLine('TRANSP', event.busy === true ? 'OPAQUE' : 'TRANSPARENT'));
  (event.reminders ?? []).forEach((reminder, r) => {
    const seconds = resolveReminder(reminder, [...path, 'reminders', r], issues, reminders);
    if (seconds === undefined) return;
    lines.push(
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      contentLine('TRIGGER', seconds === 0 ? 'PT0S' : `-${formatDuration(seconds)}`),
      contentLine('DESCRIPTION', escapeText(event.summary)),
      'END:VALARM',
    );
  });
  lines.push('END:VEVENT');
  return { lines, years: time.years };
}

/**
 * Writes an iCalendar file (RFC 5545) from a calendar input.
 *
 * All-day events are written as DATE values; timed events with `TZID=<zone>` and a VTIMEZONE computed from
 * the runtime's tz data for the years they span. DTSTAMP is the input's `dtstamp`, never the clock, so the
 * same input always gives the same bytes. Lines end with CRLF and are folded at 75 octets.
 *
 * @param input - the zone, the export instant and the events.
 * @returns the file's text, or a ValidationError listing every invalid value (zone, dates, UIDs, …).
 * @example
 * const ics = writeCalendar({
 *   zone: 'Indian/Reunion',
 *   dtstamp: '2022-09-01T08:00:00+04:00',
 *   events: [{ uid: deadlineUid('d-1', 'bilan-intermediaire'), summary: 'Fiche bilan intermédiaire',
 *              time: { kind: 'date', date: '2022-11-30' } }],
 * });
 * @remarks RFC 5545 (iCalendar), RFC 7986 (NAME, DESCRIPTION of a calendar).
 */
export function writeCalendar(input: CalendarInput): Result<string, ValidationError> {
  const issues: Issue[] = [];
  if (!isValidTimeZone(input.zone)) {
    issues.push(
      issue('calendar.fuseau.inconnu', `Fuseau horaire IANA inconnu : « ${input.zone} ».`, ['zone']),
    );
  }
  const dtstamp = parseInstant(input.dtstamp);
  if (dtstamp === undefined) {
    issues.push(
      issue('calendar.instant.invalide', `Instant invalide (offset requis) : « ${input.dtstamp} ».`, [
        'dtstamp',
      ]),
    );
  }
  if (issues.length > 0 || dtstamp === undefined) {
    return err(validationError('Calendrier invalide.', issues));
  }

  const stamp = formatIcsUtc(dtstamp);
  const reminders = new Map<string, number | undefined>();
  const seen = new Map<string, number>();
  const years: number[] = [];
  const eventLines: string[] = [];
  input.events.forEach((event, index) => {
    const first = seen.get(event.uid);
    if (first !== undefined) {
      issues.push(
        issue('calendar.uid.double', `UID « ${event.uid} » déjà porté par l'événement ${first}.`, [
          'events',
          index,
          'uid',
        ]),
      );
    } else {
      seen.set(event.uid, index);
    }
    const rendered = renderEvent(event, index, input.zone, stamp, issues, reminders);
    for (const line of rendered.lines) eventLines.push(line);
    for (const year of rendered.years) years.push(year);
  });
  if (issues.length > 0) return err(validationError('Calendrier invalide.', issues));

  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    contentLine('PRODID', escapeText(input.productId ?? DEFAULT_PRODUCT_ID)),
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  if (input.name !== undefined) {
    lines.push(
      contentLine('NAME', escapeText(input.name)),
      contentLine('X-WR-CALNAME', escapeText(input.name)),
    );
  }
  if (input.description !== undefined) {
    lines.push(
      contentLine('DESCRIPTION', escapeText(input.description)),
      contentLine('X-WR-CALDESC', escapeText(input.description)),
    );
  }
  lines.push(contentLine('X-WR-TIMEZONE', input.zone));
  if (years.length > 0) {
    const fromYear = years.reduce((a, b) => Math.min(a, b));
    const toYear = years.reduce((a, b) => Math.max(a, b));
    lines.push(...renderVtimezone(input.zone, fromYear, toYear));
  }
  // Joined in two parts: spreading tens of thousands of lines into push() would overflow the call stack.
  return ok(
    `${lines.join('\r\n')}\r\n${eventLines.join('\r\n')}${eventLines.length > 0 ? '\r\n' : ''}END:VCALENDAR\r\n`,
  );
}
