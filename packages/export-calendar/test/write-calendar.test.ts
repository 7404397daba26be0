import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { type CalendarInput, deadlineUid, writeCalendar } from '../src/index.js';

const ZONE = 'Indian/Reunion';

function parse(text: string): ICAL.Event[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

function write(input: CalendarInput): string {
  const result = writeCalendar(input);
  if (result.isErr()) throw new Error(JSON.stringify(result.error.issues));
  return result.value;
}

const base: CalendarInput = {
  zone: ZONE,
  dtstamp: '2022-09-01T08:00:00+04:00',
  name: 'Échéances de l’année de stage',
  events: [
    {
      uid: deadlineUid('D0042', 'bilan-intermediaire'),
      summary: 'Fiche bilan intermédiaire ; « fin novembre », à déposer',
      description: 'Le tuteur et le chef d’établissement renseignent la fiche.\nDépôt sur la plateforme.',
      time: { kind: 'date', date: '2022-11-30' },
      categories: ['Bilan', 'Tuteur, chef'],
      reminders: ['P7D', 'PT0S'],
      sequence: 2,
    },
    {
      uid: deadlineUid('D0042', 'depot-rapport'),
      summary: 'Dépôt du rapport avant 17 h',
      time: { kind: 'date-time', start: '2023-04-28T17:00' },
      location: 'Rectorat, Saint-Denis',
    },
    {
      uid: deadlineUid('D0042', 'jury'),
      summary: 'Jury académique',
      time: { kind: 'date-time', start: '2023-06-15T09:00:00+04:00', end: '2023-06-15T08:30:00Z' },
      status: 'TENTATIVE',
      url: 'https://example.org/jury?session=2023',
      lastModified: '2023-01-10T10:00:00+04:00',
      busy: true,
    },
  ],
};

describe('writeCalendar, read back with ical.js', () => {
  const text = write(base);
  const events = parse(text);

  it('keeps UIDs, summaries (with French typography and escaped characters) and sequences', () => {
    expect(events.map((e) => e.uid)).toEqual(base.events.map((e) => e.uid));
    expect(events.map((e) => e.summary)).toEqual(base.events.map((e) => e.summary));
    expect(events[0]?.description).toBe(base.events[0]?.description);
    expect(events.map((e) => e.sequence)).toEqual([2, 0, 0]);
  });

  it('writes a deadline date as an all-day event ending (exclusively) the next day', () => {
    const bilan = events[0];
    expect(bilan?.startDate.isDate).toBe(true);
    expect(bilan?.startDate.toString()).toBe('2022-11-30');
    expect(bilan?.endDate.toString()).toBe('2022-12-01');
  });

  it('writes timed events in the académie zone: 17:00 in Réunion is 13:00 UTC', () => {
    const depot = events[1];
    expect(depot?.startDate.zone?.tzid).toBe(ZONE);
    expect(depot?.startDate.toString()).toBe('2023-04-28T17:00:00');
    expect(depot?.startDate.toUnixTime()).toBe(Date.parse('2023-04-28T13:00:00Z') / 1000);
    // no DTEND: the deadline is an instant
    expect(depot?.component.hasProperty('dtend')).toBe(false);
  });

  it('converts instants given in another offset to the académie zone', () => {
    const jury = events[2];
    expect(jury?.startDate.toString()).toBe('2023-06-15T09:00:00');
    expect(jury?.endDate.toString()).toBe('2023-06-15T12:30:00');
    expect(jury?.endDate.toUnixTime()).toBe(Date.parse('2023-06-15T08:30:00Z') / 1000);
  });

  it('writes DTSTAMP from the input, in UTC, and the optional properties', () => {
    for (const e of events)
      expect(e.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2022-09-01T04:00:00Z');
    const jury = events[2]?.component;
    expect(jury?.getFirstPropertyValue('status')).toBe('TENTATIVE');
    expect(jury?.getFirstPropertyValue('url')).toBe('https://example.org/jury?session=2023');
    expect(jury?.getFirstPropertyValue('transp')).toBe('OPAQUE');
    expect(jury?.getFirstPropertyValue('last-modified')?.toString()).toBe('2023-01-10T06:00:00Z');
    expect(events[1]?.location).toBe('Rectorat, Saint-Denis');
    expect(events[1]?.component.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
    expect(events[0]?.component.getFirstProperty('categories')?.getValues()).toEqual([
      'Bilan',
      'Tuteur, chef',
    ]);
  });

  it('adds one display alarm per reminder, before the start', () => {
    const alarms = events[0]?.component.getAllSubcomponents('valarm') ?? [];
    expect(alarms.map((a) => a.getFirstPropertyValue('trigger')?.toString())).toEqual(['-P7D', 'PT0S']);
    expect(alarms.map((a) => a.getFirstPropertyValue('action'))).toEqual(['DISPLAY', 'DISPLAY']);
  });

  it('declares the calendar name, zone and a VTIMEZONE covering the timed events', () => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('name')).toBe(base.name);
    expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe(ZONE);
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe(ZONE);
  });

  it('ends every line with CRLF and folds at 75 octets', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('is byte-identical for the same input, and changes only DTSTAMP with the export instant', () => {
    expect(write(base)).toBe(text);
    const later = write({ ...base, dtstamp: '2022-10-01T08:00:00+04:00' });
    const differing = later.split('\r\n').filter((line, i) => line !== text.split('\r\n')[i]);
    expect(differing.length).toBe(3);
    expect(differing.every((l) => l.startsWith('DTSTAMP:'))).toBe(true);
  });

  it('keeps the UID of a deadline when it moves, so a client updates the event (SEQUENCE grows)', () => {
    const moved = write({
      ...base,
      events: [
        {
          ...base.events[0],
          uid: deadlineUid('D0042', 'bilan-intermediaire'),
          summary: 'Bilan',
          time: { kind: 'date', date: '2022-12-02' },
          sequence: 3,
        },
      ],
    });
    const [event] = parse(moved);
    expect(event?.uid).toBe(events[0]?.uid);
    expect(event?.sequence).toBe(3);
    expect(event?.startDate.toString()).toBe('2022-12-02');
  });
});

describe('writeCalendar refuses invalid input with every reason', () => {
  it('lists an unknown zone and an instant without offset together', () => {
    const result = writeCalendar({ ...base, zone: 'Indian/Atlantis', dtstamp: '2022-09-01T08:00:00' });
    expect(result._unsafeUnwrapErr().issues.map((i) => i.code)).toEqual([
      'calendar.fuseau.inconnu',
      'calendar.instant.invalide',
    ]);
  });

  it('lists bad dates, an inverted period, a duplicate UID, a bad reminder, a bad sequence and a bad URL', () => {
    const result = writeCalendar({
      ...base,
      events: [
        { uid: 'a', summary: 'x', time: { kind: 'date', date: '2022-02-30' } },
        {
          uid: 'b',
          summary: 'x',
          time: { kind: 'date-time', start: '2022-12-01T10:00', end: '2022-12-01T09:00' },
        },
        {
          uid: 'a',
          summary: 'x',
          time: { kind: 'date', date: '2022-12-01' },
          reminders: ['P1M'],
          sequence: -1,
        },
        { uid: 'c', summary: 'x', time: { kind: 'date', date: '2022-12-01' }, url: 'pas une url' },
      ],
    });
    const issues = result._unsafeUnwrapErr().issues;
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['calendar.date.invalide', 'events.0.time.date'],
      ['calendar.periode.inversee', 'events.1.time.end'],
      ['calendar.uid.double', 'events.2.uid'],
      ['calendar.sequence.invalide', 'events.2.sequence'],
      ['calendar.rappel.invalide', 'events.2.reminders.0'],
      ['calendar.url.invalide', 'events.3.url'],
    ]);
  });
});

describe('writeCalendar round-trips arbitrary text (property)', () => {
  it('gives ical.js back every summary, description and location', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 200 }).map((s) =>
      // TEXT cannot hold control characters other than tab; line breaks come back as LF.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: filtering what TEXT cannot hold
      s.replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, ''),
    );
    fc.assert(
      fc.property(
        fc.array(fc.record({ summary: text, description: text, location: text }), { maxLength: 5 }),
        (items) => {
          const written = write({
            ...base,
            events: items.map((item, i) => ({
              uid: `u${i}`,
              ...item,
              time: { kind: 'date', date: '2023-01-15' },
            })),
          });
          const read = parse(written);
          expect(read.map((e) => [e.summary, e.description, e.location])).toEqual(
            items.map((i) => [i.summary, i.description, i.location]),
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});
