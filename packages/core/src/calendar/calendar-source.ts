/**
 * The calendar source port: where an application gets the school calendar of an académie for a year.
 *
 * Core never fetches anything. A host application implements this port over the ministry's API, a file
 * or a database, typically by feeding `importCalendrierScolaire` with the dataset's JSON; core ships a
 * static implementation over a list of calendars.
 *
 * @packageDocumentation
 */
import { ok, type Result } from 'neverthrow';
import type { NotFoundError, StoreFailure } from '../errors.js';
import { CALENDRIERS, findCalendrier } from './calendriers.js';
import type { AnneeScolaire } from './local-date.js';
import type { CalendrierScolaire } from './types.js';

/**
 * Port: gives the school calendar of an académie for a school year.
 *
 * @example
 * ```ts
 * const source: CalendarSource = createStaticCalendarSource();
 * const reunion = await source.calendrier('Réunion', '2022-2023');
 * ```
 * @category Calendriers
 */
export interface CalendarSource {
  /**
   * The calendar of an académie for a school year.
   *
   * @param academie - the académie as the dataset names it (`Réunion`, `Lyon`…).
   * @param anneeScolaire - e.g. `2022-2023`.
   * @returns the calendar; `not-found` when the source has none; `store` when the source failed.
   */
  calendrier(
    academie: string,
    anneeScolaire: AnneeScolaire,
  ): Promise<Result<CalendrierScolaire, NotFoundError | StoreFailure>>;
}

/**
 * A calendar source over a fixed list of calendars (by default the ones shipped with core).
 *
 * @param calendars - the calendars to serve; later entries do not override earlier ones.
 * @returns a {@link CalendarSource} that never fails with `store`.
 * @category Calendriers
 */
export function createStaticCalendarSource(
  calendars: readonly CalendrierScolaire[] = CALENDRIERS,
): CalendarSource {
  return {
    calendrier: (academie, anneeScolaire) => {
      const found = findCalendrier(calendars, academie, anneeScolaire);
      return Promise.resolve(found.isOk() ? ok(found.value) : found);
    },
  };
}
