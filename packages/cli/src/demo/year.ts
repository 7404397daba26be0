/**
 * The demo's year on the calendar of La Réunion 2022-2023: its class days (from the core's calendar), and
 * the days the académie's cohort-wide events fall on.
 *
 * @packageDocumentation
 */
import {
  addDays,
  CALENDRIERS,
  type CalendrierScolaire,
  fromEpochDay,
  indexJoursDeClasse,
  isJourDeClasse,
  toEpochDay,
} from '@tremplin/core';

/** The calendar of La Réunion 2022-2023, shipped by core. */
const REUNION_2022_2023 = CALENDRIERS.find(
  (c) => c.academie === 'Réunion' && c.anneeScolaire === '2022-2023',
) as CalendrierScolaire;

/** The class days of the stage year and moves along them. */
export interface DemoYear {
  /** Class days from 1 September 2022 to the last day before the hiver austral, in order. */
  readonly classDays: readonly string[];
  /** Whether a date is a class day. */
  isClassDay(date: string): boolean;
  /** The first class day on or after a date. */
  onOrAfter(date: string): string;
  /** The class day `n` class days after a date's first class day (0: that day). */
  plusClassDays(date: string, n: number): string;
  /** Class days in [from, to], both included. */
  between(from: string, to: string): readonly string[];
}

/** First day of the stage. */
export const DEBUT_STAGE = '2022-09-01';
/** Last class day of the year (the hiver austral starts after 8 July 2023). */
export const FIN_DES_COURS = '2023-07-07';

/**
 * Builds the year.
 *
 * @returns the class days of La Réunion 2022-2023 after the nomination.
 */
export function demoYear(): DemoYear {
  const index = indexJoursDeClasse(REUNION_2022_2023);
  const classDays: string[] = [];
  for (let d = toEpochDay(DEBUT_STAGE); d <= toEpochDay(FIN_DES_COURS); d++) {
    if (isJourDeClasse(index, d)) classDays.push(fromEpochDay(d));
  }
  const position = (date: string) => {
    const i = classDays.findIndex((d) => d >= date);
    return i < 0 ? classDays.length - 1 : i;
  };
  return {
    classDays,
    isClassDay: (date) => isJourDeClasse(index, toEpochDay(date)),
    onOrAfter: (date) => classDays[position(date)] ?? FIN_DES_COURS,
    plusClassDays: (date, n) =>
      classDays[Math.min(classDays.length - 1, position(date) + n)] ?? FIN_DES_COURS,
    between: (from, to) => classDays.filter((d) => d >= from && d <= to),
  };
}

/** A date `n` calendar days after another (re-exported for the planners). */
export const plusDays = addDays;
