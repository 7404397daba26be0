/**
 * School calendars of 2022-2023: La Réunion, zones A, B, C, Corse, Martinique, Guyane and Mayotte.
 *
 * Every date cites where it was read. None of the 2022-2023 rows of the ministry's dataset could be read
 * directly, so every date here is SECONDARY (republished calendars that agree with each other); the one
 * mock dataset row available for 2022-2023 (zone A winter break) matches, see the tests, and so does the
 * per-zone CSV of `SOURCE_CSV_VACANCES_ZONES` for every break of zones A, B and C but the pont (it has none).
 * Not shipped: Guadeloupe, Nouvelle-Calédonie, Polynésie, Wallis-et-Futuna, Saint-Pierre-et-Miquelon
 * (dates UNVERIFIED: import them from the dataset with `importCalendrierScolaire`).
 *
 * @packageDocumentation
 */
import type { SourceRef } from '../../errors.js';
import type { Confidence } from '../../referentiel/types.js';
import { ACADEMIES } from '../academies.js';
import {
  SOURCE_CALENDRIERS_OFFICIELS_2023,
  SOURCE_CNEWS_RENTREE_2022,
  SOURCE_CORSENETINFOS_2023,
  SOURCE_EVOUS_REUNION,
  SOURCE_FRANCETVINFO_ZONE_A,
  SOURCE_ICALENDRIER_DOM,
  SOURCE_LESFETES_MARTINIQUE,
  SOURCE_VERSAILLES_ZONE_B,
} from '../sources.js';
import type { CalendrierScolaire, PeriodeVacances, TypeVacances, ZoneCalendrier } from '../types.js';

const ANNEE = '2022-2023';

function v(
  type: TypeVacances,
  libelle: string,
  finDesCours: string,
  reprise: string | null,
  source: SourceRef,
  confidence: Confidence = 'secondary',
): PeriodeVacances {
  return { type, libelle, population: 'tous', finDesCours, reprise, confidence, source };
}

/**
 * La Réunion 2022-2023: five periods, été austral from 17 December 2022 to 23 January 2023.
 *
 * @category Calendriers
 */
export const REUNION_2022_2023: CalendrierScolaire = {
  academie: 'Réunion',
  anneeScolaire: ANNEE,
  zone: 'Réunion',
  timeZone: 'Indian/Reunion',
  rentreeEleves: '2022-08-16',
  vacances: [
    v('apres-periode-1', 'Vacances après 1ère période', '2022-10-08', '2022-10-24', SOURCE_EVOUS_REUNION),
    v('ete-austral', "Vacances d'Été austral", '2022-12-17', '2023-01-23', SOURCE_EVOUS_REUNION),
    v('apres-periode-3', 'Vacances après 3ème période', '2023-03-11', '2023-03-27', SOURCE_EVOUS_REUNION),
    // Reprise on Tuesday 30 May: Monday 29 May 2023 is Pentecôte.
    v('apres-periode-4', 'Vacances après 4ème période', '2023-05-13', '2023-05-30', SOURCE_EVOUS_REUNION),
    v('hiver-austral', "Début des Vacances d'Hiver austral", '2023-07-08', null, SOURCE_EVOUS_REUNION),
  ],
  remarques: [
    `Rentrée des élèves le 16 août 2022 (${SOURCE_CNEWS_RENTREE_2022.texte}) ; les stagiaires sont nommés le 1er septembre.`,
    'Rentrée des enseignants : non vérifiée (le 15 août est férié).',
    "Le 20 décembre (abolition de l'esclavage), férié à La Réunion, tombe pendant l'été austral en 2022.",
  ],
};

type Metropole = Extract<ZoneCalendrier, 'Zone A' | 'Zone B' | 'Zone C' | 'Corse'>;

const COMMUNES_METROPOLE = (zoneSource: SourceRef): PeriodeVacances[] => [
  v('toussaint', 'Vacances de la Toussaint', '2022-10-22', '2022-11-07', zoneSource),
  v('noel', 'Vacances de Noël', '2022-12-17', '2023-01-03', zoneSource),
];

const METROPOLE: Readonly<Record<Metropole, readonly PeriodeVacances[]>> = {
  'Zone A': [
    ...COMMUNES_METROPOLE(SOURCE_FRANCETVINFO_ZONE_A),
    v('hiver', "Vacances d'Hiver", '2023-02-04', '2023-02-20', SOURCE_FRANCETVINFO_ZONE_A),
    v('printemps', 'Vacances de Printemps', '2023-04-08', '2023-04-24', SOURCE_FRANCETVINFO_ZONE_A),
    v('pont-ascension', "Pont de l'Ascension", '2023-05-17', '2023-05-22', SOURCE_CALENDRIERS_OFFICIELS_2023),
    v('ete', "Début des Vacances d'Été", '2023-07-08', null, SOURCE_FRANCETVINFO_ZONE_A),
  ],
  'Zone B': [
    ...COMMUNES_METROPOLE(SOURCE_VERSAILLES_ZONE_B),
    v('hiver', "Vacances d'Hiver", '2023-02-11', '2023-02-27', SOURCE_VERSAILLES_ZONE_B),
    v('printemps', 'Vacances de Printemps', '2023-04-15', '2023-05-02', SOURCE_VERSAILLES_ZONE_B),
    v('pont-ascension', "Pont de l'Ascension", '2023-05-17', '2023-05-22', SOURCE_VERSAILLES_ZONE_B),
    v('ete', "Début des Vacances d'Été", '2023-07-08', null, SOURCE_VERSAILLES_ZONE_B),
  ],
  'Zone C': [
    ...COMMUNES_METROPOLE(SOURCE_CALENDRIERS_OFFICIELS_2023),
    v('hiver', "Vacances d'Hiver", '2023-02-18', '2023-03-06', SOURCE_CALENDRIERS_OFFICIELS_2023),
    v('printemps', 'Vacances de Printemps', '2023-04-22', '2023-05-09', SOURCE_CALENDRIERS_OFFICIELS_2023),
    v('pont-ascension', "Pont de l'Ascension", '2023-05-17', '2023-05-22', SOURCE_CALENDRIERS_OFFICIELS_2023),
    v('ete', "Début des Vacances d'Été", '2023-07-08', null, SOURCE_CALENDRIERS_OFFICIELS_2023),
  ],
  Corse: [
    ...COMMUNES_METROPOLE(SOURCE_CALENDRIERS_OFFICIELS_2023),
    v('hiver', "Vacances d'Hiver", '2023-02-18', '2023-03-06', SOURCE_CALENDRIERS_OFFICIELS_2023),
    v('printemps', 'Vacances de Printemps', '2023-04-15', '2023-05-02', SOURCE_CALENDRIERS_OFFICIELS_2023),
    // « Un seul pont : celui de l'Ascension, le jeudi 18 mai et vendredi 19 mai. »
    v('pont-ascension', "Pont de l'Ascension", '2023-05-17', '2023-05-22', SOURCE_CORSENETINFOS_2023),
    v('ete', "Début des Vacances d'Été", '2023-07-07', null, SOURCE_CALENDRIERS_OFFICIELS_2023),
  ],
};

function metropole(academie: string, zone: Metropole): CalendrierScolaire {
  return {
    academie,
    anneeScolaire: ANNEE,
    zone,
    timeZone: 'Europe/Paris',
    vacances: METROPOLE[zone],
    ...(zone === 'Corse'
      ? {
          // Corse Net Infos: pupils back on Friday 2 September 2022, « un jour après leurs enseignants ».
          rentreeEleves: '2022-09-02',
          rentreeEnseignants: '2022-09-01',
          remarques: [`Rentrée d'après ${SOURCE_CORSENETINFOS_2023.texte} (source secondaire).`],
        }
      : {
          rentreeEleves: '2022-09-01',
          remarques: [
            'Pré-rentrée des enseignants : non vérifiée (31 août 2022 selon la source martiniquaise).',
          ],
        }),
  };
}

/**
 * Martinique 2022-2023 (SECONDARY): Carnaval and Pâques breaks instead of hiver and printemps.
 *
 * @category Calendriers
 */
export const MARTINIQUE_2022_2023: CalendrierScolaire = {
  academie: 'Martinique',
  anneeScolaire: ANNEE,
  zone: 'Martinique',
  timeZone: 'America/Martinique',
  rentreeEleves: '2022-09-01',
  rentreeEnseignants: '2022-08-31',
  vacances: [
    v('toussaint', 'Vacances de la Toussaint', '2022-10-22', '2022-11-07', SOURCE_LESFETES_MARTINIQUE),
    v('noel', 'Vacances de Noël', '2022-12-17', '2023-01-03', SOURCE_LESFETES_MARTINIQUE),
    v('carnaval', 'Vacances de Carnaval', '2023-02-11', '2023-02-27', SOURCE_LESFETES_MARTINIQUE),
    v('paques', 'Vacances de Pâques', '2023-04-01', '2023-04-17', SOURCE_LESFETES_MARTINIQUE),
    v('ete', "Début des Vacances d'Été", '2023-07-08', null, SOURCE_LESFETES_MARTINIQUE),
  ],
};

/**
 * Guyane 2022-2023 (SECONDARY); rentrée not found.
 *
 * @category Calendriers
 */
export const GUYANE_2022_2023: CalendrierScolaire = {
  academie: 'Guyane',
  anneeScolaire: ANNEE,
  zone: 'Guyane',
  timeZone: 'America/Cayenne',
  vacances: [
    v('toussaint', 'Vacances de la Toussaint', '2022-10-22', '2022-11-07', SOURCE_ICALENDRIER_DOM),
    v('noel', 'Vacances de Noël', '2022-12-17', '2023-01-03', SOURCE_ICALENDRIER_DOM),
    v('autre', 'Vacances de février', '2023-02-18', '2023-03-06', SOURCE_ICALENDRIER_DOM),
    // Wednesday 5 April → Thursday 20 April, as published.
    v('paques', 'Vacances de Pâques', '2023-04-05', '2023-04-20', SOURCE_ICALENDRIER_DOM),
    v('ete', "Début des Vacances d'Été", '2023-07-08', null, SOURCE_ICALENDRIER_DOM),
  ],
  remarques: ['Date de rentrée non trouvée.'],
};

/**
 * Mayotte 2022-2023: only the pupils' rentrée (24 August 2022) was found.
 *
 * @category Calendriers
 */
export const MAYOTTE_2022_2023: CalendrierScolaire = {
  academie: 'Mayotte',
  anneeScolaire: ANNEE,
  zone: 'Mayotte',
  timeZone: 'Indian/Mayotte',
  rentreeEleves: '2022-08-24',
  vacances: [],
  remarques: [
    `Seule la rentrée des élèves est connue (${SOURCE_CNEWS_RENTREE_2022.texte}) ; les vacances sont à importer du jeu de données.`,
  ],
};

/**
 * Every shipped 2022-2023 calendar: one per metropolitan académie (from its zone), Corse, and the
 * overseas académies found (Réunion, Martinique, Guyane, Mayotte).
 *
 * @category Calendriers
 */
export const CALENDRIERS_2022_2023: readonly CalendrierScolaire[] = [
  ...ACADEMIES.filter(
    (a): a is typeof a & { zone: Metropole } =>
      a.zone === 'Zone A' || a.zone === 'Zone B' || a.zone === 'Zone C' || a.zone === 'Corse',
  ).map((a) => metropole(a.nom, a.zone)),
  REUNION_2022_2023,
  MARTINIQUE_2022_2023,
  GUYANE_2022_2023,
  MAYOTTE_2022_2023,
];
