/**
 * The sources of the calendar data, cited next to each entry.
 *
 * @packageDocumentation
 */
import type { SourceRef } from '../errors.js';

/**
 * The open dataset of school holidays published by the ministry.
 *
 * @category Calendriers
 */
export const SOURCE_DATASET_CALENDRIER: SourceRef = {
  texte: 'Jeu de données « Calendrier scolaire » (fr-en-calendrier-scolaire), data.education.gouv.fr',
  url: 'https://data.education.gouv.fr/explore/assets/fr-en-calendrier-scolaire/',
};

/**
 * Réunion 2022-2023 dates as republished by evous.fr (« source : Ministère »).
 *
 * @category Calendriers
 */
export const SOURCE_EVOUS_REUNION: SourceRef = {
  texte: 'Calendrier des vacances scolaires de La Réunion 2022-2023 (evous.fr, « source : Ministère »)',
  url: 'https://www.evous.fr/Calendrier-vacances-scolaires-La-Reunion-1194000.html',
};

/**
 * Rentrée dates announced by the minister on 14 June 2022 (CNews).
 *
 * @category Calendriers
 */
export const SOURCE_CNEWS_RENTREE_2022: SourceRef = {
  texte: 'Rentrée scolaire 2022-2023 : les dates officielles annoncées par le ministre (CNews, 16-6-2022)',
  url: 'https://www.cnews.fr/france/2022-06-16/rentree-scolaire-2022-2023-voici-les-dates-officielles-annoncees-par-le',
};

/**
 * Table of the 2022-2023 calendars of zones A, B, C and Corse.
 *
 * @category Calendriers
 */
export const SOURCE_CALENDRIERS_OFFICIELS_2023: SourceRef = {
  texte: 'Calendriers officiels 2022-2023, zones A/B/C et Corse (formation-christine-robert.com)',
  url: 'https://formation-christine-robert.com/2023/01/09/calendriers-officiels-2023',
};

/**
 * Zone A 2022-2023 as published by the ministry and relayed by France Télévisions.
 *
 * @category Calendriers
 */
export const SOURCE_FRANCETVINFO_ZONE_A: SourceRef = {
  texte: 'Vacances scolaires 2022-2023 (francetvinfo.fr, publication du ministère)',
  url: 'https://www.francetvinfo.fr/decouverte/vacances/vacances-scolaires-quand-sera-t-il-le-plus-interessant-de-prendre-des-conges-en-2022-2023_5142943.html',
};

/**
 * Zone B 2022-2023, with the pont de l'Ascension.
 *
 * @category Calendriers
 */
export const SOURCE_VERSAILLES_ZONE_B: SourceRef = {
  texte: 'Calendrier scolaire 2022-2023, zone B (école Jean Nourrisson, ac-versailles)',
  url: 'https://ecolejeannourrisson.ac-versailles.toutemonecole.fr/pages/3066668',
};

/**
 * Martinique 2022-2023.
 *
 * @category Calendriers
 */
export const SOURCE_LESFETES_MARTINIQUE: SourceRef = {
  texte: 'Calendrier scolaire Martinique 2022-2023 (lesfetes.fr)',
  url: 'https://lesfetes.fr/calendrier-scolaire/martinique',
};

/**
 * Corse and overseas 2022-2023 (Guyane).
 *
 * @category Calendriers
 */
export const SOURCE_ICALENDRIER_DOM: SourceRef = {
  texte: 'Vacances scolaires Corse et DOM 2022-2023 (icalendrier.fr)',
  url: 'https://icalendrier.fr/vacances/corse-dom',
};

/**
 * Académies by zone in 2022-2023.
 *
 * @category Calendriers
 */
export const SOURCE_ZONES_ACADEMIES: SourceRef = {
  texte: 'Répartition des académies par zone de vacances 2022-2023 (altusintel.com)',
  url: 'https://altusintel.com/public-yy99p1',
};

/**
 * The IANA time zone database as shipped with Node.js ICU (checked with tz 2025c).
 *
 * @category Calendriers
 */
export const SOURCE_IANA_TZ: SourceRef = {
  texte: 'Base de données des fuseaux horaires IANA (tz 2025c, ICU de Node.js)',
  url: 'https://www.iana.org/time-zones',
};
