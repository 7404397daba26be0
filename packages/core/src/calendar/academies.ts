/**
 * The académies: their calendar zone and IANA time zone.
 *
 * @packageDocumentation
 */
import type { Confidence } from '../referentiel/types.js';
import type { TerritoireFeries } from './jours-feries.js';
import { SOURCE_IANA_TZ, SOURCE_ZONES_2026_2027, SOURCE_ZONES_ACADEMIES } from './sources.js';
import type { ZoneCalendrier } from './types.js';

/**
 * One académie (or overseas territory with its own calendar) and where its clock and calendar come from.
 *
 * @category Calendriers
 */
export interface AcademieCalendrier {
  /** Name as the dataset's `location` writes it, e.g. `Réunion`, `Normandie`. */
  readonly nom: string;
  /** Calendar zone. */
  readonly zone: ZoneCalendrier;
  /** IANA time zone in which its deadlines fall. */
  readonly timeZone: string;
  /** Confidence in the spelling of `nom` as a dataset `location`. */
  readonly confidence: Confidence;
  /**
   * The territory whose jours fériés apply when it is not the one of its zone (Strasbourg:
   * `alsace-moselle`); see `getTerritoireFeries`.
   */
  readonly territoire?: TerritoireFeries;
  /**
   * Other names a dossier may give it: former académies (`Caen`, `Rouen` for Normandie), territories it
   * covers (`Saint-Martin`, `Saint-Barthélemy` for Guadeloupe), official long forms.
   */
  readonly alias?: readonly string[];
}

const A = (nom: string): AcademieCalendrier => ({
  nom,
  zone: 'Zone A',
  timeZone: 'Europe/Paris',
  confidence: 'secondary',
});
const B = (nom: string): AcademieCalendrier => ({
  nom,
  zone: 'Zone B',
  timeZone: 'Europe/Paris',
  confidence: 'secondary',
});
const C = (nom: string): AcademieCalendrier => ({
  nom,
  zone: 'Zone C',
  timeZone: 'Europe/Paris',
  confidence: 'secondary',
});

/**
 * Every académie with its zone, the same from 2022-2023 to 2026-2027, and its IANA time zone.
 *
 * @remarks Zones: calendriers.md § 2 ({@link SOURCE_ZONES_ACADEMIES}), the same lists for 2026-2027
 * ({@link SOURCE_ZONES_2026_2027}); time zones: calendriers.md § 5
 * ({@link SOURCE_IANA_TZ}). `Normandie` and `Réunion` are VERIFIED dataset spellings; the others follow
 * the usual académie names.
 * @category Calendriers
 */
export const ACADEMIES: readonly AcademieCalendrier[] = [
  ...['Besançon', 'Bordeaux', 'Clermont-Ferrand', 'Dijon', 'Grenoble', 'Limoges', 'Lyon', 'Poitiers'].map(A),
  ...[
    'Aix-Marseille',
    'Amiens',
    'Lille',
    'Nancy-Metz',
    'Nantes',
    'Nice',
    'Orléans-Tours',
    'Reims',
    'Rennes',
  ].map(B),
  { ...B('Strasbourg'), territoire: 'alsace-moselle' },
  // Académie de Normandie since 1 January 2020 (merger of Caen and Rouen).
  {
    nom: 'Normandie',
    zone: 'Zone B',
    timeZone: 'Europe/Paris',
    confidence: 'verified',
    alias: ['Caen', 'Rouen'],
  },
  ...['Créteil', 'Montpellier', 'Paris', 'Toulouse', 'Versailles'].map(C),
  { nom: 'Corse', zone: 'Corse', timeZone: 'Europe/Paris', confidence: 'secondary' },
  { nom: 'Réunion', zone: 'Réunion', timeZone: 'Indian/Reunion', confidence: 'verified' },
  { nom: 'Mayotte', zone: 'Mayotte', timeZone: 'Indian/Mayotte', confidence: 'secondary' },
  {
    nom: 'Guadeloupe',
    zone: 'Guadeloupe',
    timeZone: 'America/Guadeloupe',
    confidence: 'secondary',
    alias: ['Saint-Martin', 'Saint-Barthélemy', 'Saint-Barthélémy'],
  },
  { nom: 'Martinique', zone: 'Martinique', timeZone: 'America/Martinique', confidence: 'secondary' },
  { nom: 'Guyane', zone: 'Guyane', timeZone: 'America/Cayenne', confidence: 'secondary' },
  {
    nom: 'Nouvelle Calédonie',
    zone: 'Nouvelle Calédonie',
    timeZone: 'Pacific/Noumea',
    confidence: 'unverified',
  },
  {
    nom: 'Polynésie',
    zone: 'Polynésie',
    timeZone: 'Pacific/Tahiti',
    confidence: 'unverified',
    alias: ['Polynésie française'],
  },
  { nom: 'Wallis et Futuna', zone: 'Wallis et Futuna', timeZone: 'Pacific/Wallis', confidence: 'unverified' },
  {
    nom: 'Saint Pierre et Miquelon',
    zone: 'Saint Pierre et Miquelon',
    timeZone: 'America/Miquelon',
    confidence: 'unverified',
  },
];

/**
 * IANA time zone of each dataset zone, used when a row's `location` is not a known académie.
 *
 * @remarks calendriers.md § 5. Polynésie also spans `Pacific/Marquesas` and `Pacific/Gambier`;
 * `Pacific/Tahiti` is the zone of Papeete.
 * @category Calendriers
 */
export const TIME_ZONE_OF_ZONE: Readonly<Record<ZoneCalendrier, string>> = {
  'Zone A': 'Europe/Paris',
  'Zone B': 'Europe/Paris',
  'Zone C': 'Europe/Paris',
  Corse: 'Europe/Paris',
  Guadeloupe: 'America/Guadeloupe',
  Guyane: 'America/Cayenne',
  Martinique: 'America/Martinique',
  Mayotte: 'Indian/Mayotte',
  'Nouvelle Calédonie': 'Pacific/Noumea',
  Polynésie: 'Pacific/Tahiti',
  Réunion: 'Indian/Reunion',
  'Saint Pierre et Miquelon': 'America/Miquelon',
  'Wallis et Futuna': 'Pacific/Wallis',
};

function fold(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .trim()
    .replace(/^(?:academie|region academique|vice rectorat|vice-rectorat)\s+(?:de |d['’]|du |des )?/u, '')
    .replace(/^(?:la |l['’])/u, '')
    .replace(/[\s'’-]+/gu, ' ')
    .trim();
}

/**
 * Finds an académie by name, tolerant of accents, case, hyphens, spaces and a leading « La », « Académie
 * de » or « Région académique » (« La Réunion », « reunion », « Académie de La Réunion » all match), and by
 * its other names (`Caen` and `Rouen` find Normandie, `Saint-Martin` finds Guadeloupe).
 *
 * @param nom - the name to look up.
 * @returns the académie, or `undefined`.
 * @category Calendriers
 */
export function findAcademie(nom: string): AcademieCalendrier | undefined {
  if (typeof nom !== 'string') return undefined;
  const key = fold(nom);
  if (key === '') return undefined;
  return (
    ACADEMIES.find((a) => fold(a.nom) === key) ??
    ACADEMIES.find((a) => (a.alias ?? []).some((alias) => fold(alias) === key))
  );
}
