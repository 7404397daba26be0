import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  fromEpochDay,
  getAnneeCivileDuMois,
  getAnneeScolaire,
  isAnneeScolaire,
  isLocalDate,
  lastDayOfMonth,
  localDate,
  toEpochDay,
} from './local-date.js';

describe('local dates', () => {
  it('agrees with Date.UTC on every day of 1900–2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25567, max: 84000 }), (day) => {
        const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
        expect(fromEpochDay(day)).toBe(iso);
        expect(toEpochDay(iso)).toBe(day);
      }),
    );
  });

  it('refuses impossible dates', () => {
    expect(isLocalDate('2023-02-29')).toBe(false);
    expect(isLocalDate('2024-02-29')).toBe(true);
    expect(isLocalDate('2022-11-31')).toBe(false);
    expect(isLocalDate('2022-1-30')).toBe(false);
    expect(localDate(2022, 13, 1).isErr()).toBe(true);
    expect(localDate(2022, 11, 30)._unsafeUnwrap()).toBe('2022-11-30');
  });

  it('computes the half-stage date of 2022-2023 (182 days after 1 September)', () => {
    expect(addDays('2022-09-01', 182)).toBe('2023-03-02');
    expect(daysBetween('2022-09-01', '2023-09-01')).toBe(365);
    expect(lastDayOfMonth(2022, 11)).toBe('2022-11-30');
    expect(lastDayOfMonth(2024, 2)).toBe('2024-02-29');
  });

  it('places months in the right civil year of a school year', () => {
    expect(getAnneeCivileDuMois('2022-2023', 11)).toBe(2022);
    expect(getAnneeCivileDuMois('2022-2023', 4)).toBe(2023);
    expect(getAnneeScolaire('2022-09-01')).toBe('2022-2023');
    expect(getAnneeScolaire('2023-08-31')).toBe('2022-2023');
    expect(getAnneeScolaire('2022-08-16')).toBe('2021-2022');
    expect(isAnneeScolaire('2022-2023')).toBe(true);
    expect(isAnneeScolaire('2022-2024')).toBe(false);
  });
});
