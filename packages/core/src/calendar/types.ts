/**
 * Types of the school calendars: zones, holiday periods, a calendar per académie and school year.
 *
 * @packageDocumentation
 */
import type { SourceRef } from '../errors.js';
import type { Confidence } from '../referentiel/types.js';
import type { AnneeScolaire, LocalDate } from './local-date.js';

/**
 * The calendar zones of the open dataset `fr-en-calendrier-scolaire` (`zones` field).
 *
 * @remarks Spelling VERIFIED for `Réunion` and `Zone B`; the other overseas labels are as listed in the
 * dataset's documentation (calendriers.md § 4.1), their exact spelling UNVERIFIED.
 * @category Calendriers
 */
export type ZoneCalendrier =
  | 'Zone A'
  | 'Zone B'
  | 'Zone C'
  | 'Corse'
  | 'Guadeloupe'
  | 'Guyane'
  | 'Martinique'
  | 'Mayotte'
  | 'Nouvelle Calédonie'
  | 'Polynésie'
  | 'Réunion'
  | 'Saint Pierre et Miquelon'
  | 'Wallis et Futuna';

/**
 * Who a holiday row concerns (`population` of the dataset: `-`, `Élèves`, `Enseignants`).
 * Summer breaks are published twice, teachers returning a day before pupils. `autre` keeps any other
 * value (a third-party project reports « Saint-Martin » or degrees in Polynésie: UNVERIFIED) with its
 * label in {@link PeriodeVacances.populationLibelle}.
 *
 * @category Calendriers
 */
export type Population = 'tous' | 'eleves' | 'enseignants' | 'autre';

/**
 * The kind of a holiday period, normalised from the dataset's free `description`.
 *
 * @remarks Overseas académies number their periods (« Vacances après 1ère période ») or name their
 * southern-hemisphere seasons (« Vacances d'Été austral », « Vacances d'Hiver austral »).
 * @category Calendriers
 */
export type TypeVacances =
  | 'toussaint'
  | 'noel'
  | 'hiver'
  | 'printemps'
  | 'pont-ascension'
  | 'ete'
  | 'apres-periode-1'
  | 'ete-austral'
  | 'apres-periode-3'
  | 'apres-periode-4'
  | 'hiver-austral'
  | 'carnaval'
  | 'paques'
  | 'autre';

/**
 * One holiday period of a school calendar, as the official calendars write it.
 *
 * @remarks « Le départ en vacances a lieu le jour indiqué après la dernière heure de cours. La reprise des
 * cours a lieu le matin des jours indiqués. » So the first free day is the day after `finDesCours` and the
 * last free day is the day before `reprise`.
 * @category Calendriers
 */
export interface PeriodeVacances {
  /** Normalised kind. */
  readonly type: TypeVacances;
  /** Label as published, e.g. « Vacances d'Été austral ». */
  readonly libelle: string;
  /** Who the row concerns. */
  readonly population: Population;
  /** The dataset's own `population` label when it is none of the three known ones. */
  readonly populationLibelle?: string;
  /** « Fin des cours »: the last day with classes, departure after the last class. */
  readonly finDesCours: LocalDate;
  /** « Jour de reprise »: classes resume that morning; `null` when the row gives no reprise (« Début des … »). */
  readonly reprise: LocalDate | null;
  /** How sure the dates are. */
  readonly confidence: Confidence;
  /** Where they come from. */
  readonly source: SourceRef;
}

/**
 * The school calendar of one académie for one school year, with its IANA time zone.
 *
 * @category Calendriers
 */
export interface CalendrierScolaire {
  /** The académie as the dataset names it (`location`), e.g. `Réunion`, `Lyon`, `Normandie`. */
  readonly academie: string;
  /** The school year, e.g. `2022-2023`. */
  readonly anneeScolaire: AnneeScolaire;
  /** The dataset zone the académie belongs to. */
  readonly zone: ZoneCalendrier;
  /** IANA time zone of the académie, e.g. `Indian/Reunion`. */
  readonly timeZone: string;
  /** Pupils' first day of classes, when known. */
  readonly rentreeEleves?: LocalDate;
  /** Teachers' first day (pré-rentrée), when known. */
  readonly rentreeEnseignants?: LocalDate;
  /** Holiday periods in date order. */
  readonly vacances: readonly PeriodeVacances[];
  /** What this calendar leaves out or could not verify, in words. */
  readonly remarques?: readonly string[];
}
