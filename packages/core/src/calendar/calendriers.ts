/**
 * The calendars shipped with core, and lookup by académie and school year.
 *
 * @packageDocumentation
 */

import { err, ok, type Result } from 'neverthrow';
import { type NotFoundError, notFound } from '../errors.js';
import { findAcademie } from './academies.js';
import { CALENDRIERS_2022_2023 } from './data/calendriers-2022-2023.js';
import { REUNION_2025_2026 } from './data/calendriers-2025-2026.js';
import type { AnneeScolaire } from './local-date.js';
import type { CalendrierScolaire } from './types.js';

/**
 * Every calendar shipped with `@tremplin/core`: 2022-2023 for the metropolitan académies (zones A, B, C),
 * Corse, Réunion, Martinique, Guyane and Mayotte (rentrée only), and Réunion 2025-2026.
 *
 * @remarks Sources and confidence are given per holiday period; see `docs/guides/calendriers-et-regles.md`.
 * @category Calendriers
 */
export const CALENDRIERS: readonly CalendrierScolaire[] = [...CALENDRIERS_2022_2023, REUNION_2025_2026];

/**
 * Finds the calendar of an académie for a school year in a list (names compared without accents or case,
 * « La Réunion » matching `Réunion`).
 *
 * @param calendars - where to look, e.g. {@link CALENDRIERS} or the result of `importCalendrierScolaire`.
 * @param academie - the académie.
 * @param anneeScolaire - the school year.
 * @returns the calendar, or a not-found error.
 * @category Calendriers
 */
export function findCalendrier(
  calendars: readonly CalendrierScolaire[],
  academie: string,
  anneeScolaire: AnneeScolaire,
): Result<CalendrierScolaire, NotFoundError> {
  if (!Array.isArray(calendars) || typeof academie !== 'string' || typeof anneeScolaire !== 'string') {
    return err(
      notFound(
        typeof academie === 'string' ? academie : '?',
        'Calendrier introuvable : liste de calendriers, académie et année scolaire attendues.',
      ),
    );
  }
  const wanted = findAcademie(academie)?.nom ?? academie;
  const found = calendars.find(
    (c) =>
      typeof c === 'object' &&
      c !== null &&
      c.anneeScolaire === anneeScolaire &&
      (c.academie === wanted || findAcademie(c.academie)?.nom === wanted),
  );
  if (found) return ok(found);
  return err(
    notFound(
      `${academie}/${anneeScolaire}`,
      `Aucun calendrier scolaire pour ${academie} en ${anneeScolaire}.`,
    ),
  );
}
