/**
 * Builds the calendars of the metropolitan académies (zones A, B, C) of one school year from a per-zone
 * table: the breaks every zone shares, then each zone's own, so that the thirty académies are not written
 * out thirty times.
 *
 * @packageDocumentation
 */
import type { SourceRef } from '../../errors.js';
import type { Confidence } from '../../referentiel/types.js';
import { ACADEMIES } from '../academies.js';
import type { AnneeScolaire, LocalDate } from '../local-date.js';
import type {
  CalendrierScolaire,
  PeriodeVacances,
  Population,
  TypeVacances,
  ZoneCalendrier,
} from '../types.js';

/** The three metropolitan zones. */
export type ZoneMetropole = Extract<ZoneCalendrier, 'Zone A' | 'Zone B' | 'Zone C'>;

/** One year of the metropolitan calendar, as the national arrêté sets it. */
export interface AnneeMetropole {
  /** The school year. */
  readonly anneeScolaire: AnneeScolaire;
  /** Pupils' first day, when a source gives it. */
  readonly rentreeEleves?: LocalDate;
  /** Teachers' first day, when a source gives it. */
  readonly rentreeEnseignants?: LocalDate;
  /** Breaks shared by the three zones (Toussaint, Noël, Ascension, summer). */
  readonly communes: readonly PeriodeVacances[];
  /** Each zone's own breaks (hiver, printemps). */
  readonly zones: Readonly<Record<ZoneMetropole, readonly PeriodeVacances[]>>;
  /** What the calendar leaves out or could not verify, in French. */
  readonly remarques?: readonly string[];
}

/**
 * One holiday period, written on one line.
 *
 * @param type - normalised kind.
 * @param libelle - the dataset's label.
 * @param finDesCours - « fin des cours ».
 * @param reprise - « jour de reprise », or `null`.
 * @param source - where the dates were read.
 * @param confidence - how sure they are.
 * @param population - who the row concerns.
 * @returns the period.
 */
export function periode(
  type: TypeVacances,
  libelle: string,
  finDesCours: LocalDate,
  reprise: LocalDate | null,
  source: SourceRef,
  confidence: Confidence,
  population: Population = 'tous',
): PeriodeVacances {
  return { type, libelle, population, finDesCours, reprise, confidence, source };
}

function isMetropole(zone: ZoneCalendrier): zone is ZoneMetropole {
  return zone === 'Zone A' || zone === 'Zone B' || zone === 'Zone C';
}

/**
 * The calendars of every académie of zones A, B and C for one year, periods in date order.
 *
 * @param annee - the per-zone table.
 * @returns one calendar per metropolitan académie (Corse excluded: it has its own calendar).
 */
export function buildCalendriersMetropole(annee: AnneeMetropole): CalendrierScolaire[] {
  const byZone = new Map<ZoneMetropole, readonly PeriodeVacances[]>();
  for (const zone of ['Zone A', 'Zone B', 'Zone C'] as const) {
    byZone.set(
      zone,
      [...annee.communes, ...annee.zones[zone]].sort(
        (a, b) => a.finDesCours.localeCompare(b.finDesCours) || a.population.localeCompare(b.population),
      ),
    );
  }
  return ACADEMIES.filter((a) => isMetropole(a.zone)).map((a) => ({
    academie: a.nom,
    anneeScolaire: annee.anneeScolaire,
    zone: a.zone,
    timeZone: 'Europe/Paris',
    ...(annee.rentreeEleves === undefined ? {} : { rentreeEleves: annee.rentreeEleves }),
    ...(annee.rentreeEnseignants === undefined ? {} : { rentreeEnseignants: annee.rentreeEnseignants }),
    vacances: byZone.get(a.zone as ZoneMetropole) ?? [],
    ...(annee.remarques === undefined ? {} : { remarques: annee.remarques }),
  }));
}
