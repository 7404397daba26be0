/**
 * School calendars of 2023-2024: every académie of zones A, B and C, Corse, La Réunion and Martinique.
 *
 * Every date is SECONDARY (republished calendars that agree with each other; see each period's source).
 * Not shipped (no source found that could be checked): Guadeloupe, Guyane, Mayotte,
 * Nouvelle-Calédonie, Polynésie, Wallis-et-Futuna, Saint-Pierre-et-Miquelon; see `CALENDRIERS_ABSENTS`.
 *
 * @packageDocumentation
 */
import {
  SOURCE_AC_MARTINIQUE_2024,
  SOURCE_BRUMATH_ZONE_B_2024,
  SOURCE_CENTREPRESSE_CORSE_2024,
  SOURCE_CNEWS_RENTREE_2023,
  SOURCE_CSV_VACANCES_ZONES,
  SOURCE_EVOUS_REUNION_2024,
  SOURCE_ICALENDRIER_2024,
  SOURCE_VERSAILLES_ZONE_C_2024,
} from '../sources.js';
import type { CalendrierScolaire } from '../types.js';
import { buildCalendriersMetropole, periode } from './metropole.js';

const ANNEE = '2023-2024';
const CSV = SOURCE_CSV_VACANCES_ZONES;
const MQ = SOURCE_AC_MARTINIQUE_2024;

const TOUSSAINT = periode('toussaint', '2023-10-21', '2023-11-06', CSV);
const NOEL = periode('noel', '2023-12-23', '2024-01-08', CSV);

/**
 * The metropolitan académies in 2023-2024 (arrêté du 7 décembre 2022 as republished).
 *
 * @category Calendriers
 */
export const METROPOLE_2023_2024: readonly CalendrierScolaire[] = buildCalendriersMetropole({
  anneeScolaire: ANNEE,
  rentreeEleves: '2023-09-04',
  rentreeEnseignants: '2023-09-01',
  communes: [
    TOUSSAINT,
    NOEL,
    // Ascension: Thursday 9 May 2024 (8 May is a holiday too).
    periode('pont-ascension', '2024-05-08', '2024-05-13', SOURCE_BRUMATH_ZONE_B_2024),
    periode('ete', '2024-07-06', '2024-09-02', SOURCE_VERSAILLES_ZONE_C_2024),
  ],
  zones: {
    'Zone A': [
      periode('hiver', '2024-02-17', '2024-03-04', CSV),
      periode('printemps', '2024-04-13', '2024-04-29', CSV),
    ],
    'Zone B': [
      periode('hiver', '2024-02-24', '2024-03-11', SOURCE_BRUMATH_ZONE_B_2024),
      // The magazine writes « mardi 6 mai 2024 »: 6 May 2024 is a Monday, the reprise the CSV gives too.
      periode('printemps', '2024-04-20', '2024-05-06', SOURCE_BRUMATH_ZONE_B_2024),
    ],
    'Zone C': [
      periode('hiver', '2024-02-10', '2024-02-26', SOURCE_VERSAILLES_ZONE_C_2024),
      periode('printemps', '2024-04-06', '2024-04-22', SOURCE_VERSAILLES_ZONE_C_2024),
    ],
  },
  remarques: [
    'Dates de sources secondaires concordantes (fichier des vacances par zone, calendriers republiés par des écoles).',
  ],
});

/**
 * Corse 2023-2024: winter break with zone B, spring break from 27 April to 13 May 2024 (it covers the
 * Ascension); rentrée on Tuesday 5 September 2023.
 *
 * @category Calendriers
 */
export const CORSE_2023_2024: CalendrierScolaire = {
  academie: 'Corse',
  anneeScolaire: ANNEE,
  zone: 'Corse',
  timeZone: 'Europe/Paris',
  rentreeEleves: '2023-09-05',
  vacances: [
    // « À la Toussaint et pour Noël, toutes les académies bénéficient des vacances au même moment. »
    { ...TOUSSAINT, source: SOURCE_CENTREPRESSE_CORSE_2024 },
    { ...NOEL, source: SOURCE_CENTREPRESSE_CORSE_2024 },
    periode('hiver', '2024-02-24', '2024-03-11', SOURCE_CENTREPRESSE_CORSE_2024),
    periode('printemps', '2024-04-27', '2024-05-13', SOURCE_CENTREPRESSE_CORSE_2024),
    periode('ete', '2024-07-06', null, SOURCE_ICALENDRIER_2024, { confidence: 'unverified' }),
  ],
  remarques: [
    `Rentrée des élèves le 5 septembre 2023 (${SOURCE_CNEWS_RENTREE_2023.texte}).`,
    `Vacances concordantes avec ${SOURCE_ICALENDRIER_2024.texte}.`,
    'Début des vacances d’été (6 juillet 2024) non vérifié : la seule source le dit estimé.',
  ],
};

/**
 * La Réunion 2023-2024: rentrée Thursday 17 August 2023, été austral from Tuesday 19 December 2023.
 *
 * @category Calendriers
 */
export const REUNION_2023_2024: CalendrierScolaire = {
  academie: 'Réunion',
  anneeScolaire: ANNEE,
  zone: 'Réunion',
  timeZone: 'Indian/Reunion',
  rentreeEleves: '2023-08-17',
  vacances: [
    periode('apres-periode-1', '2023-10-14', '2023-10-30', SOURCE_EVOUS_REUNION_2024),
    periode('ete-austral', '2023-12-19', '2024-01-22', SOURCE_EVOUS_REUNION_2024),
    periode('apres-periode-3', '2024-03-02', '2024-03-18', SOURCE_EVOUS_REUNION_2024),
    // Reprise on Tuesday 21 May: Monday 20 May 2024 is Pentecôte.
    periode('apres-periode-4', '2024-05-04', '2024-05-21', SOURCE_EVOUS_REUNION_2024),
    periode('hiver-austral', '2024-07-06', null, SOURCE_EVOUS_REUNION_2024),
  ],
  remarques: [
    `Rentrée des élèves le 17 août 2023, confirmée par ${SOURCE_CNEWS_RENTREE_2023.texte}.`,
    'Rentrée des enseignants : non relevée.',
  ],
};

/**
 * Martinique 2023-2024 (the académie's own site): Carnaval and Pâques breaks, classes off on Friday 10 and
 * Saturday 11 May 2024 after the Ascension.
 *
 * @category Calendriers
 */
export const MARTINIQUE_2023_2024: CalendrierScolaire = {
  academie: 'Martinique',
  anneeScolaire: ANNEE,
  zone: 'Martinique',
  timeZone: 'America/Martinique',
  rentreeEleves: '2023-09-04',
  rentreeEnseignants: '2023-09-01',
  vacances: [
    periode('toussaint', '2023-10-21', '2023-11-06', MQ),
    periode('noel', '2023-12-23', '2024-01-08', MQ),
    periode('carnaval', '2024-02-10', '2024-02-26', MQ),
    periode('paques', '2024-03-23', '2024-04-08', MQ),
    // « Les classes vaqueront le vendredi 10 mai 2024 et le samedi 11 mai 2024 » (8 and 9 May are holidays).
    periode('pont-ascension', '2024-05-08', '2024-05-13', MQ),
    periode('ete', '2024-07-06', null, MQ),
  ],
};

/**
 * Every shipped 2023-2024 calendar.
 *
 * @category Calendriers
 */
export const CALENDRIERS_2023_2024: readonly CalendrierScolaire[] = [
  ...METROPOLE_2023_2024,
  CORSE_2023_2024,
  REUNION_2023_2024,
  MARTINIQUE_2023_2024,
];
