import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { atIso, parseAt, resolveAt } from './instant.js';

const never = () => {
  throw new Error('the clock must not be read');
};

describe('parseAt / resolveAt', () => {
  it('reads the clock only when --at is absent', () => {
    expect(parseAt(undefined, () => 42)._unsafeUnwrap()).toEqual({ kind: 'instant', epochMs: 42 });
    expect(parseAt('2022-11-30', never).isOk()).toBe(true);
  });

  it('reads a date as the start of that day in the académie’s zone', () => {
    const at = parseAt('2022-11-30', never)._unsafeUnwrap();
    expect(resolveAt(at, 'Indian/Reunion')).toBe(Date.parse('2022-11-29T20:00:00Z'));
    expect(resolveAt(at, 'Europe/Paris')).toBe(Date.parse('2022-11-29T23:00:00Z'));
    expect(atIso(at, 'Indian/Reunion')).toBe('2022-11-30T00:00:00.000+04:00');
  });

  it('reads a wall-clock time in the zone, across summer time', () => {
    const summer = parseAt('2023-06-15T18:30', never)._unsafeUnwrap();
    expect(resolveAt(summer, 'Europe/Paris')).toBe(Date.parse('2023-06-15T16:30:00Z'));
    const winter = parseAt('2023-01-15 18:30:05', never)._unsafeUnwrap();
    expect(resolveAt(winter, 'Europe/Paris')).toBe(Date.parse('2023-01-15T17:30:05Z'));
  });

  it('keeps an instant with an offset as is', () => {
    const at = parseAt('2022-11-30T23:59:59+04:00', never)._unsafeUnwrap();
    expect(resolveAt(at, 'Europe/Paris')).toBe(Date.parse('2022-11-30T19:59:59Z'));
  });

  it('refuses what is neither, and impossible dates', () => {
    for (const bad of ['demain', '2022-13-01', '2022-02-30', '2022-11-30T25:00', '2022-11-30T10:00:00+4']) {
      expect(parseAt(bad, never).isErr()).toBe(true);
    }
    expect(parseAt('30/11/2022', never)._unsafeUnwrapErr().hint).toMatch(/AAAA-MM-JJ/);
  });

  it('round-trips any wall-clock time of a zone without daylight saving (Indian/Reunion)', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('2000-01-01T00:00:00Z'),
          max: new Date('2040-01-01T00:00:00Z'),
          noInvalidDate: true,
        }),
        (d) => {
          const ms = Math.floor(d.getTime() / 1000) * 1000;
          const local = new Date(ms + 4 * 3600_000).toISOString();
          const at = parseAt(`${local.slice(0, 10)}T${local.slice(11, 19)}`, never)._unsafeUnwrap();
          expect(resolveAt(at, 'Indian/Reunion')).toBe(ms);
        },
      ),
    );
  });
});

describe('atIso', () => {
  it('writes a wall-clock time with the zone’s offset, as luxon does', async () => {
    const { formatInstant } = await import('@tremplin/core');
    for (const [text, zone] of [
      ['2022-11-30T23:59', 'Indian/Reunion'],
      ['2023-03-26T03:30', 'Europe/Paris'],
      ['2023-10-29T01:15', 'Europe/Paris'],
      ['2023-01-01', 'America/Cayenne'],
      ['2023-07-14T12:00', 'Pacific/Noumea'],
    ] as const) {
      const at = parseAt(text, never)._unsafeUnwrap();
      expect(atIso(at, zone)).toBe(formatInstant(resolveAt(at, zone), zone));
    }
  });
});
