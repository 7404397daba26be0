import fc from 'fast-check';
import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { offsetTransitions, renderVtimezone } from '../src/index.js';

const ms = (iso: string): number => Date.parse(iso);

/** Hydrates a VTIMEZONE with ical.js, an independent implementation of RFC 5545. */
function icalZone(lines: string[]): ICAL.Timezone {
  const text = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//FR', ...lines, 'END:VCALENDAR', ''].join(
    '\r\n',
  );
  const vtimezone = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vtimezone');
  if (vtimezone === null) throw new Error('no VTIMEZONE');
  return new ICAL.Timezone(vtimezone);
}

describe('offsetTransitions', () => {
  it('finds none in La Réunion (UTC+4 all year)', () => {
    expect(offsetTransitions('Indian/Reunion', ms('2020-01-01T00:00Z'), ms('2030-01-01T00:00Z'))).toEqual([]);
  });

  it('finds the two changes of Europe/Paris in 2022, to the minute', () => {
    expect(offsetTransitions('Europe/Paris', ms('2022-01-01T00:00Z'), ms('2023-01-01T00:00Z'))).toEqual([
      { at: ms('2022-03-27T01:00Z'), from: 60, to: 120 },
      { at: ms('2022-10-30T01:00Z'), from: 120, to: 60 },
    ]);
  });
});

describe('renderVtimezone', () => {
  it('describes La Réunion with one STANDARD component at +0400', () => {
    expect(renderVtimezone('Indian/Reunion', 2022, 2023)).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:Indian/Reunion',
      'BEGIN:STANDARD',
      'DTSTART:20220101T000000',
      'TZOFFSETFROM:+0400',
      'TZOFFSETTO:+0400',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });

  it('writes each onset in the local time before the change (Paris, spring 2022)', () => {
    const lines = renderVtimezone('Europe/Paris', 2022, 2022);
    const daylight = lines.indexOf('BEGIN:DAYLIGHT');
    expect(lines.slice(daylight, daylight + 5)).toEqual([
      'BEGIN:DAYLIGHT',
      'DTSTART:20220327T020000',
      'TZOFFSETFROM:+0100',
      'TZOFFSETTO:+0200',
      'END:DAYLIGHT',
    ]);
  });

  it.each([
    'Indian/Reunion',
    'Indian/Mayotte',
    'America/Martinique',
    'America/Cayenne',
    'America/Miquelon',
    'Pacific/Noumea',
    'Pacific/Marquesas',
    'Europe/Paris',
  ])('gives ical.js the offsets luxon computes for %s at random instants (property)', (zone) => {
    const icalTz = icalZone(renderVtimezone(zone, 2022, 2027));
    fc.assert(
      fc.property(fc.integer({ min: ms('2022-01-01T12:00Z'), max: ms('2027-12-31T12:00Z') }), (instant) => {
        const local = DateTime.fromMillis(instant, { zone });
        // In the hour repeated when DST ends a local time names two instants: RFC 5545 § 3.3.5 says the first,
        // ical.js takes the second. Writers cannot remove that ambiguity with TZID, so the test skips it.
        const hour = 3_600_000;
        fc.pre(
          DateTime.fromMillis(instant - hour, { zone }).offset ===
            DateTime.fromMillis(instant + hour, { zone }).offset,
        );
        const time = ICAL.Time.fromData(
          {
            year: local.year,
            month: local.month,
            day: local.day,
            hour: local.hour,
            minute: local.minute,
            second: local.second,
          },
          icalTz,
        );
        expect(time.toUnixTime()).toBe(Math.floor(instant / 1000));
      }),
      { numRuns: 300 },
    );
  });
});
