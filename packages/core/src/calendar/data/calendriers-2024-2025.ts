/**
 * School calendars of 2024-2025: every académie of zones A, B and C, Corse, La Réunion and Guadeloupe.
 *
 * Every date is SECONDARY (republished calendars that agree with each other; see each period's source).
 * Not shipped (no source found that could be checked): Martinique, Guyane, Mayotte (whose calendar the
 * cyclone Chido upset), Nouvelle-Calédonie, Polynésie, Wallis-et-Futuna, Saint-Pierre-et-Miquelon; see
 * `CALENDRIERS_ABSENTS`.
 *
 * @packageDocumentation
 */
import {
  SOURCE_CSV_VACANCES_ZONES,
  SOURCE_ECOLE_ZONE_A_2025,
  SOURCE_ECOLE_ZONE_C_2025,
  SOURCE_EVOUS_CORSE,
  SOURCE_EVOUS_REUNION_2024,
  SOURCE_LINKED_REUNION,
  SOURCE_QUELLES_DATES_GUADELOUPE,
} from '../sources.js';
import type { CalendrierScolaire } from '../types.js';
import { buildCalendriersMetropole, periode } from './metropole.js';

const ANNEE = '2024-2025';
const CSV = SOURCE_CSV_VACANCES_ZONES;

/**
 * The metropolitan académies in 2024-2025 (arrêté du 7 décembre 2022 as republished).
 *
 * @category Calendriers
 */
export const METROPOLE_2024_2025: readonly CalendrierScolaire[] = buildCalendriersMetropole({
  anneeScolaire: ANNEE,
  rentreeEleves: '2024-09-02',
  communes: [
    periode('toussaint', '2024-10-19', '2024-11-04', CSV),
    periode('noel', '2024-12-21', '2025-01-06', CSV),
    // Ascension: Thursday 29 May 2025; no classes on Friday 30 and Saturday 31 May.
    periode('pont-ascension', '2025-05-28', '2025-06-02', SOURCE_ECOLE_ZONE_A_2025),
    periode('ete', '2025-07-05', '2025-09-01', CSV),
  ],
  zones: {
    'Zone A': [
      periode('hiver', '2025-02-22', '2025-03-10', SOURCE_ECOLE_ZONE_A_2025),
      periode('printemps', '2025-04-19', '2025-05-05', SOURCE_ECOLE_ZONE_A_2025),
    ],
    'Zone B': [
      periode('hiver', '2025-02-08', '2025-02-24', CSV),
      // Reprise on Tuesday 22 April: Monday 21 April 2025 is lundi de Pâques.
      periode('printemps', '2025-04-05', '2025-04-22', CSV),
    ],
    'Zone C': [
      periode('hiver', '2025-02-15', '2025-03-03', SOURCE_ECOLE_ZONE_C_2025),
      periode('printemps', '2025-04-12', '2025-04-28', SOURCE_ECOLE_ZONE_C_2025),
    ],
  },
  remarques: [
    'Dates de sources secondaires concordantes (fichier des vacances par zone, calendriers republiés par des écoles).',
    'Pré-rentrée des enseignants : non relevée.',
  ],
});

/**
 * Corse 2024-2025 (« source : Académie de Corse »): winter and spring breaks with zone C, rentrée on
 * Tuesday 3 September 2024.
 *
 * @category Calendriers
 */
export const CORSE_2024_2025: CalendrierScolaire = {
  academie: 'Corse',
  anneeScolaire: ANNEE,
  zone: 'Corse',
  timeZone: 'Europe/Paris',
  rentreeEleves: '2024-09-03',
  vacances: [
    periode('toussaint', '2024-10-19', '2024-11-04', SOURCE_EVOUS_CORSE),
    // The page prints « 6 janvier 2024 » and « 15 février 2024 »: the years are 2025 (Monday 6 January,
    // Saturday 15 February 2025).
    periode('noel', '2024-12-21', '2025-01-06', SOURCE_EVOUS_CORSE),
    periode('hiver', '2025-02-15', '2025-03-03', SOURCE_EVOUS_CORSE),
    periode('printemps', '2025-04-12', '2025-04-28', SOURCE_EVOUS_CORSE),
    // « Les classes vaqueront le vendredi 30 mai 2025 », the day after the Ascension.
    periode('pont-ascension', '2025-05-28', '2025-06-02', SOURCE_EVOUS_CORSE),
    periode('ete', '2025-07-05', null, SOURCE_EVOUS_CORSE),
  ],
  remarques: ['Rentrée des enseignants : non relevée.'],
};

/**
 * La Réunion 2024-2025: rentrée Monday 19 August 2024, été austral from Thursday 19 December 2024 to
 * Tuesday 21 January 2025.
 *
 * @category Calendriers
 */
export const REUNION_2024_2025: CalendrierScolaire = {
  academie: 'Réunion',
  anneeScolaire: ANNEE,
  zone: 'Réunion',
  timeZone: 'Indian/Reunion',
  rentreeEleves: '2024-08-19',
  rentreeEnseignants: '2024-08-16',
  vacances: [
    // social.linked.fr writes « du 12 au 27 octobre »; evous.fr gives the reprise, Monday 28 October.
    periode('apres-periode-1', '2024-10-12', '2024-10-28', SOURCE_EVOUS_REUNION_2024),
    periode('ete-austral', '2024-12-19', '2025-01-21', SOURCE_EVOUS_REUNION_2024),
    periode('apres-periode-3', '2025-03-01', '2025-03-17', SOURCE_LINKED_REUNION),
    periode('apres-periode-4', '2025-05-03', '2025-05-19', SOURCE_LINKED_REUNION),
    periode('hiver-austral', '2025-07-05', '2025-08-18', SOURCE_LINKED_REUNION, {
      population: 'enseignants',
    }),
    periode('hiver-austral', '2025-07-05', '2025-08-19', SOURCE_LINKED_REUNION, { population: 'eleves' }),
  ],
  remarques: [
    'Rentrée des enseignants le 16 août 2024 et des élèves le 19 août 2024 (social.linked.fr ; evous.fr donne aussi le 19 août).',
  ],
};

/**
 * Guadeloupe 2024-2025 (one secondary source): Carnaval and Pâques breaks and the académie's « semaine en
 * mai », which covers the abolition of slavery (27 May) and the Ascension.
 *
 * @category Calendriers
 */
export const GUADELOUPE_2024_2025: CalendrierScolaire = {
  academie: 'Guadeloupe',
  anneeScolaire: ANNEE,
  zone: 'Guadeloupe',
  timeZone: 'America/Guadeloupe',
  rentreeEleves: '2024-09-02',
  vacances: [
    // Published as starting on Tuesday 22 October 2024: not checked against a second source.
    periode('toussaint', '2024-10-22', '2024-11-04', SOURCE_QUELLES_DATES_GUADELOUPE, {
      confidence: 'unverified',
    }),
    periode('noel', '2024-12-21', '2025-01-06', SOURCE_QUELLES_DATES_GUADELOUPE),
    periode('carnaval', '2025-02-22', '2025-03-10', SOURCE_QUELLES_DATES_GUADELOUPE),
    // From Thursday 17 April, before Vendredi saint.
    periode('paques', '2025-04-17', '2025-05-05', SOURCE_QUELLES_DATES_GUADELOUPE),
    periode('autre', '2025-05-24', '2025-06-02', SOURCE_QUELLES_DATES_GUADELOUPE, {
      libelle: 'Semaine en mai',
    }),
    periode('ete', '2025-07-05', null, SOURCE_QUELLES_DATES_GUADELOUPE),
  ],
  remarques: [
    'Une seule source secondaire ; Saint-Martin et Saint-Barthélemy peuvent avoir des dates propres (non relevées).',
    'Début des vacances de la Toussaint (mardi 22 octobre 2024) non vérifié.',
  ],
};

/**
 * Every shipped 2024-2025 calendar.
 *
 * @category Calendriers
 */
export const CALENDRIERS_2024_2025: readonly CalendrierScolaire[] = [
  ...METROPOLE_2024_2025,
  CORSE_2024_2025,
  REUNION_2024_2025,
  GUADELOUPE_2024_2025,
];
