import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACADEMIES } from './academies.js';
import { addDays, fromEpochDay } from './local-date.js';
import {
  dayEndsTable,
  endOfLocalDay,
  formatInstant,
  isValidTimeZone,
  localDateAt,
  parseInstant,
  startOfLocalDay,
} from './zoned-time.js';

describe('deadline arithmetic in the académie zone', () => {
  it('« fin novembre » ends at 2022-11-30T23:59:59 in La Réunion, three hours before Paris', () => {
    const reunion = endOfLocalDay('2022-11-30', 'Indian/Reunion');
    const paris = endOfLocalDay('2022-11-30', 'Europe/Paris');
    expect(new Date(reunion).toISOString()).toBe('2022-11-30T19:59:59.999Z');
    expect(formatInstant(reunion, 'Indian/Reunion')).toBe('2022-11-30T23:59:59.999+04:00');
    expect(formatInstant(reunion, 'Europe/Paris')).toBe('2022-11-30T20:59:59.999+01:00');
    expect(paris - reunion).toBe(3 * 3600 * 1000);
  });

  it('every académie zone is known to the runtime', () => {
    for (const a of ACADEMIES) expect(isValidTimeZone(a.timeZone), a.timeZone).toBe(true);
    expect(isValidTimeZone('Europe/Lyon')).toBe(false);
  });

  const zones = [...new Set(ACADEMIES.map((a) => a.timeZone))];

  it('boundary around midnight in each zone: the last millisecond is the date, the next is the day after', () => {
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: 18000, max: 21000 }), (zone, day) => {
        const date = fromEpochDay(day);
        const end = endOfLocalDay(date, zone);
        expect(localDateAt(end, zone)).toBe(date);
        expect(localDateAt(end + 1, zone)).toBe(addDays(date, 1));
        expect(startOfLocalDay(addDays(date, 1), zone)).toBe(end + 1);
        expect(localDateAt(startOfLocalDay(date, zone) - 1, zone)).toBe(addDays(date, -1));
      }),
      { numRuns: 300 },
    );
  });

  it('1 December 00:30 in La Réunion is past « fin novembre » there but not in Paris', () => {
    const instant = parseInstant('2022-12-01T00:30:00+04:00')._unsafeUnwrap();
    expect(instant > endOfLocalDay('2022-11-30', 'Indian/Reunion')).toBe(true);
    expect(instant > endOfLocalDay('2022-11-30', 'Europe/Paris')).toBe(false);
    expect(localDateAt(instant, 'Europe/Paris')).toBe('2022-11-30');
  });

  it('handles the daylight-saving days of Paris (23 h and 25 h days)', () => {
    const spring =
      endOfLocalDay('2023-03-26', 'Europe/Paris') - startOfLocalDay('2023-03-26', 'Europe/Paris');
    const autumn =
      endOfLocalDay('2022-10-30', 'Europe/Paris') - startOfLocalDay('2022-10-30', 'Europe/Paris');
    expect(spring + 1).toBe(23 * 3600 * 1000);
    expect(autumn + 1).toBe(25 * 3600 * 1000);
  });

  it('refuses an instant without an offset', () => {
    expect(parseInstant('2022-12-01T08:00:00').isErr()).toBe(true);
    expect(parseInstant('2022-12-01T08:00:00Z')._unsafeUnwrap()).toBe(Date.parse('2022-12-01T08:00:00Z'));
  });

  it('computes the table of day ends exactly as luxon does, DST days included, in every zone', () => {
    for (const zone of [...zones, 'UTC', 'Europe/London', 'Pacific/Marquesas']) {
      const first = 19200; // 2022-07-27
      const table = dayEndsTable(first, 500, zone);
      for (let i = 0; i < 500; i++) {
        const expected = endOfLocalDay(fromEpochDay(first + i), zone);
        expect(table.ms[i], `${zone} ${fromEpochDay(first + i)}`).toBe(expected);
        expect(table.iso[i]).toBe(formatInstant(expected, zone));
      }
    }
  });
});
