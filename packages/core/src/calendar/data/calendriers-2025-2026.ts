/**
 * School calendars of 2025-2026: every académie of zones A, B and C, Corse, La Réunion and Martinique.
 *
 * VERIFIED where a row of the ministry's dataset was read (calendriers.md § 4.2: Réunion, and Normandie
 * for zone B's Toussaint, pont de l'Ascension and summer); SECONDARY elsewhere. Not shipped (no source
 * found that could be checked): Guadeloupe, Guyane, Mayotte, Nouvelle-Calédonie, Polynésie,
 * Wallis-et-Futuna, Saint-Pierre-et-Miquelon; see `CALENDRIERS_ABSENTS`.
 *
 * @packageDocumentation
 */
import type { SourceRef } from '../../errors.js';
import type { Confidence } from '../../referentiel/types.js';
import {
  SOURCE_CORSENETINFOS_2026,
  SOURCE_CSV_VACANCES_ZONES,
  SOURCE_DATASET_CALENDRIER,
  SOURCE_LINKED_REUNION,
  SOURCE_VACANCES_SCOLAIRES_MARTINIQUE,
} from '../sources.js';
import type { CalendrierScolaire, PeriodeVacances } from '../types.js';
import { buildCalendriersMetropole, periode } from './metropole.js';

const ANNEE = '2025-2026';
const CSV = SOURCE_CSV_VACANCES_ZONES;
const DATASET = SOURCE_DATASET_CALENDRIER;
/** The zone B rows of the dataset, applied to zones A and C, whose Toussaint, bridge and summer are the same. */
const DATASET_ZONE_B: SourceRef = {
  ...SOURCE_DATASET_CALENDRIER,
  article: 'lignes de Normandie (zone B), dates nationales reprises pour les zones A et C',
};

/** Toussaint, Ascension bridge and summer, from the zone B rows (verified there, secondary elsewhere). */
function nationales(verified: boolean): PeriodeVacances[] {
  const source = verified ? DATASET : DATASET_ZONE_B;
  const confidence: Confidence = verified ? 'verified' : 'secondary';
  return [
    periode('toussaint', '2025-10-18', '2025-11-03', source, { confidence }),
    // The dataset's row starts on the Ascension itself (Thursday 14 May 2026), the reprise is Monday 18 May.
    periode('pont-ascension', '2026-05-14', '2026-05-18', source, { confidence }),
    periode('ete', '2026-07-04', '2026-09-01', source, { confidence, population: 'eleves' }),
    periode('ete', '2026-07-04', '2026-08-31', source, { confidence, population: 'enseignants' }),
  ];
}

/**
 * The metropolitan académies in 2025-2026 (arrêté du 7 décembre 2022).
 *
 * @category Calendriers
 */
export const METROPOLE_2025_2026: readonly CalendrierScolaire[] = buildCalendriersMetropole({
  anneeScolaire: ANNEE,
  rentreeEleves: '2025-09-01',
  communes: [periode('noel', '2025-12-20', '2026-01-05', CSV)],
  zones: {
    'Zone A': [
      ...nationales(false),
      periode('hiver', '2026-02-07', '2026-02-23', CSV),
      periode('printemps', '2026-04-04', '2026-04-20', CSV),
    ],
    'Zone B': [
      ...nationales(true),
      periode('hiver', '2026-02-14', '2026-03-02', CSV),
      periode('printemps', '2026-04-11', '2026-04-27', CSV),
    ],
    'Zone C': [
      ...nationales(false),
      periode('hiver', '2026-02-21', '2026-03-09', CSV),
      periode('printemps', '2026-04-18', '2026-05-04', CSV),
    ],
  },
  remarques: ['Pré-rentrée des enseignants : non relevée.'],
});

/**
 * Corse 2025-2026: winter and spring breaks with zone B, rentrée on Tuesday 2 September 2025.
 *
 * @category Calendriers
 */
export const CORSE_2025_2026: CalendrierScolaire = {
  academie: 'Corse',
  anneeScolaire: ANNEE,
  zone: 'Corse',
  timeZone: 'Europe/Paris',
  rentreeEleves: '2025-09-02',
  rentreeEnseignants: '2025-09-01',
  vacances: [
    periode('toussaint', '2025-10-18', '2025-11-03', SOURCE_CORSENETINFOS_2026),
    periode('noel', '2025-12-20', '2026-01-05', SOURCE_CORSENETINFOS_2026),
    periode('hiver', '2026-02-14', '2026-03-02', SOURCE_CORSENETINFOS_2026),
    periode('printemps', '2026-04-11', '2026-04-27', SOURCE_CORSENETINFOS_2026),
    // « Une journée sans classe le vendredi 15 mai 2026, au lendemain de l'Ascension. »
    periode('pont-ascension', '2026-05-13', '2026-05-18', SOURCE_CORSENETINFOS_2026),
    periode('ete', '2026-07-04', null, SOURCE_CORSENETINFOS_2026),
  ],
  remarques: [
    'En Corse, le 8 septembre 2025 (Nativité de la Vierge) est férié et le 8 décembre 2025 banalisé.',
  ],
};

/**
 * La Réunion 2025-2026: été austral from 19 December 2025 to 21 January 2026.
 *
 * @category Calendriers
 */
export const REUNION_2025_2026: CalendrierScolaire = {
  academie: 'Réunion',
  anneeScolaire: ANNEE,
  zone: 'Réunion',
  timeZone: 'Indian/Reunion',
  rentreeEleves: '2025-08-19',
  rentreeEnseignants: '2025-08-18',
  vacances: [
    periode('apres-periode-1', '2025-10-11', '2025-10-27', DATASET, { confidence: 'verified' }),
    periode('ete-austral', '2025-12-19', '2026-01-21', DATASET, { confidence: 'verified' }),
    periode('apres-periode-3', '2026-02-28', '2026-03-16', DATASET, { confidence: 'verified' }),
    periode('apres-periode-4', '2026-05-02', '2026-05-18', DATASET, { confidence: 'verified' }),
    periode('hiver-austral', '2026-07-04', '2026-08-17', DATASET, {
      confidence: 'verified',
      population: 'enseignants',
    }),
    periode('hiver-austral', '2026-07-04', '2026-08-18', DATASET, {
      confidence: 'verified',
      population: 'eleves',
    }),
  ],
  remarques: [
    `Rentrée 2025 : enseignants le 18 août, élèves le 19 août (${SOURCE_LINKED_REUNION.texte}, source secondaire ; ` +
      'la fin des vacances d’hiver austral 2024-2025 le confirme).',
  ],
};

/**
 * Martinique 2025-2026 (one secondary source): Carnaval and Pâques breaks instead of hiver and printemps.
 *
 * @category Calendriers
 */
export const MARTINIQUE_2025_2026: CalendrierScolaire = {
  academie: 'Martinique',
  anneeScolaire: ANNEE,
  zone: 'Martinique',
  timeZone: 'America/Martinique',
  rentreeEleves: '2025-09-01',
  vacances: [
    periode('toussaint', '2025-10-18', '2025-11-03', SOURCE_VACANCES_SCOLAIRES_MARTINIQUE),
    periode('noel', '2025-12-20', '2026-01-05', SOURCE_VACANCES_SCOLAIRES_MARTINIQUE),
    periode('carnaval', '2026-02-07', '2026-02-23', SOURCE_VACANCES_SCOLAIRES_MARTINIQUE),
    periode('paques', '2026-03-28', '2026-04-13', SOURCE_VACANCES_SCOLAIRES_MARTINIQUE),
    periode('pont-ascension', '2026-05-13', '2026-05-18', SOURCE_VACANCES_SCOLAIRES_MARTINIQUE),
    periode('ete', '2026-07-04', null, SOURCE_VACANCES_SCOLAIRES_MARTINIQUE),
  ],
  remarques: ['Une seule source secondaire ; pré-rentrée des enseignants non relevée.'],
};

/**
 * Every shipped 2025-2026 calendar.
 *
 * @category Calendriers
 */
export const CALENDRIERS_2025_2026: readonly CalendrierScolaire[] = [
  ...METROPOLE_2025_2026,
  CORSE_2025_2026,
  REUNION_2025_2026,
  MARTINIQUE_2025_2026,
];
