import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CALENDRIERS, findCalendrier } from './calendriers.js';
import { indexJoursDeClasse, isJourDeClasse } from './jours-de-classe.js';
import { getDimanchePaques, getJoursFeries, getTerritoireFeries, isJourFerie } from './jours-feries.js';
import { toEpochDay } from './local-date.js';
import type { CalendrierScolaire } from './types.js';

describe('Easter Sunday (anonymous Gregorian algorithm)', () => {
  it('gives the published dates', () => {
    const known: Record<number, string> = {
      1818: '1818-03-22',
      1943: '1943-04-25',
      2000: '2000-04-23',
      2019: '2019-04-21',
      2022: '2022-04-17',
      2023: '2023-04-09',
      2024: '2024-03-31',
      2025: '2025-04-20',
      2026: '2026-04-05',
      2038: '2038-04-25',
      2285: '2285-03-22',
    };
    for (const [year, date] of Object.entries(known)) expect(getDimanchePaques(Number(year))).toBe(date);
  });

  it('is always a Sunday between 22 March and 25 April', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1583, max: 4099 }), (year) => {
        const date = getDimanchePaques(year);
        const md = date.slice(5);
        // 1970-01-01 was a Thursday: weekday 6 is Sunday (0 = Monday).
        const weekday = (((toEpochDay(date) + 3) % 7) + 7) % 7;
        return weekday === 6 && md >= '03-22' && md <= '04-25';
      }),
      { numRuns: 200 },
    );
  });
});

describe('jours fériés', () => {
  it('lists the eleven fêtes légales of L3133-1 in 2023, Easter-based ones computed', () => {
    const dates = getJoursFeries(2023, 'metropole').map((j) => `${j.date} ${j.libelle}`);
    expect(dates).toEqual([
      '2023-01-01 Jour de l’an',
      '2023-04-10 Lundi de Pâques',
      '2023-05-01 Fête du travail',
      '2023-05-08 Victoire 1945',
      '2023-05-18 Ascension',
      '2023-05-29 Lundi de Pentecôte',
      '2023-07-14 Fête nationale',
      '2023-08-15 Assomption',
      '2023-11-01 Toussaint',
      '2023-11-11 Armistice 1918',
      '2023-12-25 Noël',
    ]);
    expect(getJoursFeries(2023, 'metropole').every((j) => j.source.article === 'art. L3133-1')).toBe(true);
  });

  it('adds Good Friday and 26 December in Alsace-Moselle', () => {
    expect(isJourFerie('2023-04-07', 'alsace-moselle')).toBe(true);
    expect(isJourFerie('2023-12-26', 'alsace-moselle')).toBe(true);
    expect(isJourFerie('2023-04-07', 'metropole')).toBe(false);
    expect(getTerritoireFeries('Strasbourg')).toBe('alsace-moselle');
  });

  it('adds the abolition of slavery overseas, each territory its own day (décret n° 83-1003)', () => {
    const abolition = (t: Parameters<typeof getJoursFeries>[1]) =>
      getJoursFeries(2023, t).find((j) => j.source.texte.includes('83-1003'))?.date;
    expect(abolition('reunion')).toBe('2023-12-20');
    expect(abolition('martinique')).toBe('2023-05-22');
    expect(abolition('guadeloupe')).toBe('2023-05-27');
    expect(abolition('guyane')).toBe('2023-06-10');
    expect(abolition('mayotte')).toBe('2023-04-27');
    expect(abolition('metropole')).toBeUndefined();
  });

  it('maps each académie code or dataset name to its territory', () => {
    expect(getTerritoireFeries('reunion')).toBe('reunion');
    expect(getTerritoireFeries('Réunion')).toBe('reunion');
    expect(getTerritoireFeries('lyon')).toBe('metropole');
    expect(getTerritoireFeries('martinique')).toBe('martinique');
    expect(getTerritoireFeries('Mayotte')).toBe('mayotte');
    expect(getTerritoireFeries('guyane')).toBe('guyane');
    expect(getTerritoireFeries('guadeloupe')).toBe('guadeloupe');
    expect(getTerritoireFeries('inconnue', 'Réunion')).toBe('reunion');
    expect(getTerritoireFeries('inconnue')).toBe('metropole');
  });
});

describe('class days skip jours fériés', () => {
  const reunionCal = findCalendrier(CALENDRIERS, 'Réunion', '2022-2023')._unsafeUnwrap();
  const lyonCal = findCalendrier(CALENDRIERS, 'Lyon', '2022-2023')._unsafeUnwrap();
  const d = toEpochDay;

  it('20 December 2022 is a holiday in La Réunion, not in Lyon', () => {
    expect(isJourFerie('2022-12-20', getTerritoireFeries(reunionCal.academie))).toBe(true);
    expect(isJourFerie('2022-12-20', getTerritoireFeries(lyonCal.academie))).toBe(false);
    // Both 2022-2023 calendars are on holiday that week (été austral, Noël): the same calendars without
    // their December break show the holiday alone.
    const sansDecembre = (c: CalendrierScolaire): CalendrierScolaire => ({
      ...c,
      vacances: c.vacances.filter((p) => p.type !== 'ete-austral' && p.type !== 'noel'),
    });
    expect(isJourDeClasse(indexJoursDeClasse(sansDecembre(reunionCal)), d('2022-12-20'))).toBe(false);
    expect(isJourDeClasse(indexJoursDeClasse(sansDecembre(lyonCal)), d('2022-12-20'))).toBe(true);
    expect(isJourDeClasse(indexJoursDeClasse(sansDecembre(reunionCal)), d('2022-12-21'))).toBe(true);
  });

  it('Easter Monday 2023 (10 April) is a class day in no shipped calendar', () => {
    const calendars = CALENDRIERS.filter((c) => c.anneeScolaire === '2022-2023');
    expect(calendars.length).toBeGreaterThan(3);
    for (const c of calendars)
      expect(isJourDeClasse(indexJoursDeClasse(c), d('2023-04-10')), c.academie).toBe(false);
    // Tuesday 11 April is a class day in La Réunion (between its 3rd and 4th breaks).
    expect(isJourDeClasse(indexJoursDeClasse(reunionCal), d('2023-04-11'))).toBe(true);
  });

  it('11 November 2022 and 1 May 2023 are not class days in La Réunion, where classes run that week', () => {
    const reunion = indexJoursDeClasse(reunionCal);
    expect(isJourDeClasse(reunion, d('2022-11-11'))).toBe(false);
    expect(isJourDeClasse(reunion, d('2022-11-10'))).toBe(true);
    expect(isJourDeClasse(reunion, d('2023-05-01'))).toBe(false);
    expect(isJourDeClasse(reunion, d('2023-05-08'))).toBe(false);
  });
});
