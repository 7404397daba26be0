/**
 * The sources of the Réunion pack: the sections of the académie's « Guide de l'année de stage 2022-2023 ».
 *
 * @packageDocumentation
 */
import type { SourceRef } from '@tremplin/core';

/** Title of the guide, as its cover and running header give it. */
export const GUIDE_REUNION_2022_2023 =
  'Académie de La Réunion, École académique de la formation continue des personnels — Guide de l’année de stage, année scolaire 2022-2023';

/**
 * A section of the Réunion guide 2022-2023.
 *
 * @param article - the section, e.g. `§ 5 « L'évaluation du stagiaire »`.
 * @returns the reference.
 */
export function guideReunion(article: string): SourceRef {
  return { texte: GUIDE_REUNION_2022_2023, article, url: 'https://www.ac-reunion.fr', nature: 'academique' };
}

/**
 * The IANA time zone database (zone `Indian/Reunion`, UTC+4, no daylight saving time): the authoritative
 * reference for time zones, labelled `officielle`.
 */
export const SOURCE_TZ_REUNION: SourceRef = {
  texte: 'Base de données des fuseaux horaires IANA, zone Indian/Reunion (UTC+4, sans heure d’été)',
  url: 'https://www.iana.org/time-zones',
  nature: 'officielle',
};
