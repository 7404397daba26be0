import { describe, expect, it } from 'vitest';
import { CALENDRIERS, findCalendrier } from './calendriers.js';
import { countJoursDeClasse, indexJoursDeClasse, isJourDeClasse } from './jours-de-classe.js';
import { toEpochDay } from './local-date.js';

describe('class days', () => {
  const reunion = indexJoursDeClasse(findCalendrier(CALENDRIERS, 'Réunion', '2022-2023')._unsafeUnwrap());
  const lyon = indexJoursDeClasse(findCalendrier(CALENDRIERS, 'Lyon', '2022-2023')._unsafeUnwrap());
  const d = toEpochDay;

  it('skips the été austral in La Réunion: Friday 16 Dec → Monday 23 Jan is one class day', () => {
    expect(countJoursDeClasse(reunion, d('2022-12-16'), d('2023-01-23'))).toBe(1);
    expect(isJourDeClasse(reunion, d('2022-12-17'))).toBe(false);
    expect(isJourDeClasse(reunion, d('2022-12-20'))).toBe(false);
    expect(isJourDeClasse(reunion, d('2023-01-23'))).toBe(true);
  });

  it('keeps Lyon at work in January while La Réunion is on holiday', () => {
    expect(countJoursDeClasse(lyon, d('2023-01-02'), d('2023-01-13'))).toBe(9);
    expect(countJoursDeClasse(reunion, d('2023-01-02'), d('2023-01-13'))).toBe(0);
  });

  it('counts a plain week as five days and weekends as none', () => {
    expect(countJoursDeClasse(lyon, d('2022-09-04'), d('2022-09-11'))).toBe(5);
    expect(isJourDeClasse(lyon, d('2022-09-10'))).toBe(false);
    expect(countJoursDeClasse(lyon, d('2022-09-11'), d('2022-09-04'))).toBe(0);
  });

  it('ends the year at the summer break', () => {
    expect(countJoursDeClasse(lyon, d('2023-07-07'), d('2023-08-31'))).toBe(0);
  });
});
