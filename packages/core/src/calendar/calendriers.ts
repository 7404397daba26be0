/**
 * The calendars shipped with core, and lookup by académie and school year.
 *
 * @packageDocumentation
 */

import { err, ok, type Result } from 'neverthrow';
import { type NotFoundError, notFound } from '../errors.js';
import { findAcademie } from './academies.js';
import { CALENDRIERS_2022_2023 } from './data/calendriers-2022-2023.js';
import { CALENDRIERS_2023_2024 } from './data/calendriers-2023-2024.js';
import { CALENDRIERS_2024_2025 } from './data/calendriers-2024-2025.js';
import { CALENDRIERS_2025_2026 } from './data/calendriers-2025-2026.js';
import type { AnneeScolaire } from './local-date.js';
import type { CalendrierScolaire } from './types.js';

export type { CalendrierAbsent } from './data/absents.js';
export { CALENDRIERS_ABSENTS } from './data/absents.js';

/**
 * The school years core ships calendars for.
 *
 * @category Calendriers
 */
export const ANNEES_CALENDRIERS: readonly AnneeScolaire[] = [
  '2022-2023',
  '2023-2024',
  '2024-2025',
  '2025-2026',
];

/**
 * Every calendar shipped with `@tremplin/core`, 2022-2023 to 2025-2026: each académie of zones A, B and C
 * (built from per-zone tables), Corse, La Réunion, and the overseas académies a source could confirm
 * (Martinique 2022-2023, 2023-2024 and 2025-2026, Guyane 2022-2023, Mayotte 2022-2023 rentrée only, Guadeloupe
 * 2024-2025). What is not shipped is listed, with the reason, in {@link CALENDRIERS_ABSENTS}.
 *
 * @remarks Sources and confidence are given per holiday period (`verified` only where a row of the
 * ministry's dataset was read); see `docs/guides/calendriers-et-regles.md`.
 * @category Calendriers
 */
export const CALENDRIERS: readonly CalendrierScolaire[] = [
  ...CALENDRIERS_2022_2023,
  ...CALENDRIERS_2023_2024,
  ...CALENDRIERS_2024_2025,
  ...CALENDRIERS_2025_2026,
];

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
