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

/**
 * Days of holiday of zones A, B and C from 1990 to 2026, one row per date (`vacances_zone_a|b|c`,
 * `nom_vacances`): the first day marked is the « fin des cours » Saturday and the last one the eve of the
 * reprise. Secondary (a compilation of the national calendars, not the ministry's dataset; it has no pont de
 * l'Ascension). Its 2022-2023 rows agree with calendriers.md § 2 for every break of every zone, and its
 * 2025-2026 rows with the dataset rows
 * of Normandie (Toussaint, summer) read in calendriers.md § 4.2.
 *
 * @category Calendriers
 */
export const SOURCE_CSV_VACANCES_ZONES: SourceRef = {
  texte:
    'Vacances scolaires des zones A, B et C, fichier data.csv (dépôt AntoineAugusti/vacances-scolaires, ' +
    'données 2023-2026 du 9 décembre 2022, corrigées le 5 février 2023)',
  url: 'https://github.com/AntoineAugusti/vacances-scolaires/blob/master/data.csv',
  nature: 'secondaire',
};

/**
 * Zone B 2023-2024 as a town magazine of the académie de Strasbourg republishes it, with the pont de
 * l'Ascension (fin des cours mercredi 8 mai 2024, reprise lundi 13 mai 2024). Agrees with
 * {@link SOURCE_CSV_VACANCES_ZONES}.
 *
 * @category Calendriers
 */
export const SOURCE_BRUMATH_ZONE_B_2024: SourceRef = {
  texte: 'Dates des congés scolaires 2023-2024, zone B (brumath-mag.com)',
  url: 'https://www.brumath-mag.com/pages/annuaire-local/annuaire-services-publics/dates-des-conges-scolaires.html',
  nature: 'secondaire',
};

/**
 * Zone C 2023-2024 as a school of the académie de Versailles publishes it: pré-rentrée of teachers on
 * 1 September 2023, pont de l'Ascension from 8 to 13 May 2024, summer from 6 July to 2 September 2024.
 *
 * @category Calendriers
 */
export const SOURCE_VERSAILLES_ZONE_C_2024: SourceRef = {
  texte: 'Calendrier scolaire 2023-2024, zone C (école Georges Bruhat, ac-versailles)',
  url: 'https://ecolegeorgesbruhat.ac-versailles.toutemonecole.fr/pages/3066461',
  nature: 'secondaire',
};

/**
 * Zone A 2024-2025 (« calendrier officiel national ») as a school publishes it: rentrée lundi 2 septembre
 * 2024, and no classes on Friday 30 and Saturday 31 May 2025 in zones A, B and C (pont de l'Ascension).
 *
 * @category Calendriers
 */
export const SOURCE_ECOLE_ZONE_A_2025: SourceRef = {
  texte: 'Calendrier scolaire 2024-2025, calendrier officiel national (école La Source)',
  url: 'https://ecolelasource.toutemonecole.com/pages/119606',
  nature: 'secondaire',
};

/**
 * Zone lists: the académies of zones A, B and C are the same in 2022-2023 (calendriers.md § 2) and in
 * 2026-2027, as a third-party list citing the arrêté du 22 octobre 2025 gives them; so membership did not
 * change from 2022 to 2026 (Normandie in zone B throughout).
 *
 * @category Calendriers
 */
export const SOURCE_ZONES_2026_2027: SourceRef = {
  texte:
    'Académies des zones A, B et C 2026-2027, selon l’arrêté du 22 octobre 2025 (README du dépôt ' +
    'Silvers12/CompteurConges-periodes)',
  url: 'https://github.com/Silvers12/CompteurConges-periodes',
  nature: 'secondaire',
};

/**
 * Corse 2022-2023 as Corse Net Infos published it: pupils back on Friday 2 September 2022, teachers the day
 * before, pont de l'Ascension on Thursday 18 and Friday 19 May 2023, last day Friday 7 July 2023.
 *
 * @category Calendriers
 */
export const SOURCE_CORSENETINFOS_2023: SourceRef = {
  texte: 'Voici les dates des vacances scolaires pour 2022-2023 en Corse (Corse Net Infos)',
  url: 'https://www.corsenetinfos.corsica/Voici-les-dates-des-vacances-scolaires-pour-2022-2023-en-Corse_a66550.html',
  nature: 'secondaire',
};

/**
 * Corse 2023-2024, spring and winter breaks (24 February → 11 March, 27 April → 13 May 2024), as Centre
 * Presse Aveyron reported them from service-public.fr; the Toussaint and Noël breaks are the national ones.
 *
 * @category Calendriers
 */
export const SOURCE_CENTREPRESSE_CORSE_2024: SourceRef = {
  texte:
    'Vacances scolaires : pourquoi la Corse dispose-t-elle de dates distinctes ? (Centre Presse, 29-4-2024)',
  url: 'https://www.centrepresseaveyron.fr/2024/04/29/vacances-scolaires-pourquoi-la-corse-dispose-t-elle-de-dates-distinctes-des-autres-academies-11919179.php',
  nature: 'secondaire',
};

/**
 * Rentrée 2023 outside the Hexagone: Corse on Tuesday 5 September, La Réunion on Thursday 17 August,
 * Mayotte on Wednesday 23 August 2023 (CNews, 16 August 2023).
 *
 * @category Calendriers
 */
export const SOURCE_CNEWS_RENTREE_2023: SourceRef = {
  texte: 'Rentrée scolaire 2023 : date officielle, calendrier des vacances (CNews, 16-8-2023)',
  url: 'https://www.cnews.fr/france/2023-08-16/rentree-scolaire-2023-date-officielle-calendrier-des-vacances-tout-ce-quil-faut',
  nature: 'secondaire',
};

/**
 * Corse 2024-2025 as evous.fr republishes it (« source : Académie de Corse »).
 *
 * @category Calendriers
 */
export const SOURCE_EVOUS_CORSE: SourceRef = {
  texte: 'Calendrier des vacances scolaires en Corse 2024-2025 (evous.fr, « source : Académie de Corse »)',
  url: 'http://www.evous.fr/Arrondissements-de-Paris/Paris-15e/Guide-Paris-15e/Prendre-soin-de-soi-Paris-15e/Sante-Paris-15e/agenda-france/agenda-france/Vacances-scolaires-en-France/Calendrier-vacances-scolaires-Corse-Ajaccio-Bastia-1194049.html',
  nature: 'secondaire',
};

/**
 * Corse 2025-2026 as Corse Net Infos published it on 18 August 2025 (pupils back Tuesday 2 September,
 * teachers Monday 1 September, no classes on Friday 15 May 2026).
 *
 * @category Calendriers
 */
export const SOURCE_CORSENETINFOS_2026: SourceRef = {
  texte: 'Calendrier scolaire 2025-2026 : les dates à retenir en Corse (Corse Net Infos, 18-8-2025)',
  url: 'https://www.corsenetinfos.corsica/Calendrier-scolaire-2025-2026-les-dates-a-retenir-en-Corse_a86213.html',
  nature: 'secondaire',
};

/**
 * La Réunion 2023-2024 to 2025-2026 as evous.fr republishes them (« source : Académie de La Réunion »).
 *
 * @category Calendriers
 */
export const SOURCE_EVOUS_REUNION_2024: SourceRef = {
  texte:
    'Vacances scolaires à La Réunion 2023-2024 et 2024-2025 (evous.fr, « source : Académie de La Réunion »)',
  url: 'https://www.evous.fr/Calendrier-vacances-scolaires-Saint-Denis-La-Reunion-1194000.html',
  nature: 'secondaire',
};

/**
 * La Réunion 2024-2025 and 2025-2026, with the teachers' and pupils' rentrée (social.linked.fr); its
 * 2025-2026 dates match the dataset rows of calendriers.md § 4.2.
 *
 * @category Calendriers
 */
export const SOURCE_LINKED_REUNION: SourceRef = {
  texte: 'Calendrier scolaire de La Réunion 2024-2025 et 2025-2026 (social.linked.fr)',
  url: 'https://social.linked.fr/?p=11752',
  nature: 'secondaire',
};

/**
 * Martinique 2025-2026 (vacances-scolaires.com), with the pont de l'Ascension from Wednesday 13 to Monday
 * 18 May 2026.
 *
 * @category Calendriers
 */
export const SOURCE_VACANCES_SCOLAIRES_MARTINIQUE: SourceRef = {
  texte: 'Vacances scolaires 2025-2026, Martinique (vacances-scolaires.com)',
  url: 'https://vacances-scolaires.com/ville/saint-pierre-97250',
  nature: 'secondaire',
};

/**
 * Guadeloupe 2024-2025 (quelles-dates.fr), with the « semaine en mai » of the académie.
 *
 * @category Calendriers
 */
export const SOURCE_QUELLES_DATES_GUADELOUPE: SourceRef = {
  texte: 'Vacances scolaires en Guadeloupe 2024-2025 (quelles-dates.fr)',
  url: 'https://quelles-dates.fr/vacances-scolaires-guadeloupe/',
  nature: 'secondaire',
};

/**
 * Zone C 2024-2025 as a school of the Val-de-Marne publishes it (hiver 14 février → 3 mars,
 * printemps 11 → 28 avril 2025, written from the Friday evening). Agrees with
 * {@link SOURCE_CSV_VACANCES_ZONES}.
 *
 * @category Calendriers
 */
export const SOURCE_ECOLE_ZONE_C_2025: SourceRef = {
  texte: 'Dates des congés scolaires 2024-2025, zone C (école Blaise Pascal, Val-de-Marne)',
  url: 'https://blaisepascal94400.ac-versailles.toutemonecole.fr/pages/128516',
  nature: 'secondaire',
};

/**
 * Martinique 2023-2024 as a lycée of the académie de Martinique publishes it on the académie's site
 * (pré-rentrée vendredi 1er septembre 2023, classes vaquées les vendredi 10 et samedi 11 mai 2024).
 *
 * @category Calendriers
 */
export const SOURCE_AC_MARTINIQUE_2024: SourceRef = {
  texte:
    'Calendrier scolaire 2023-2024, informations pratiques du lycée Dumas Jean-Joseph (site.ac-martinique.fr)',
  url: 'https://site.ac-martinique.fr/lyc-dumasjeanjoseph/?page_id=3107',
  nature: 'academique',
};

/**
 * Corse and overseas 2023-2024 (icalendrier.fr): the Corse breaks agree with
 * {@link SOURCE_CENTREPRESSE_CORSE_2024}; the end of the summer is marked as « non officielle, estimée ».
 *
 * @category Calendriers
 */
export const SOURCE_ICALENDRIER_2024: SourceRef = {
  texte: 'Vacances scolaires 2023-2024 en Corse et dans les DOM (icalendrier.fr)',
  url: 'http://icalendrier.fr/vacances/corse-dom',
  nature: 'secondaire',
};
