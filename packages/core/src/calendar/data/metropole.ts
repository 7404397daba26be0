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

/** The dataset's label of each kind of break (« Début des … » when the row gives no reprise). */
const LIBELLES: Readonly<Record<TypeVacances, string>> = {
  toussaint: 'Vacances de la Toussaint',
  noel: 'Vacances de Noël',
  hiver: "Vacances d'Hiver",
  printemps: 'Vacances de Printemps',
  'pont-ascension': "Pont de l'Ascension",
  ete: "Vacances d'Été",
  'apres-periode-1': 'Vacances après 1ère période',
  'ete-austral': "Vacances d'Été austral",
  'apres-periode-3': 'Vacances après 3ème période',
  'apres-periode-4': 'Vacances après 4ème période',
  'hiver-austral': "Vacances d'Hiver austral",
  carnaval: 'Vacances de Carnaval',
  paques: 'Vacances de Pâques',
  autre: 'Vacances',
};

/** What a period may say beyond its dates: how sure they are, whom they concern, another label. */
export interface PeriodeOptions {
  /** Defaults to `secondary`. */
  readonly confidence?: Confidence;
  /** Defaults to `tous`. */
  readonly population?: Population;
  /** Defaults to the dataset's label of the kind. */
  readonly libelle?: string;
}

/**
 * One holiday period, written on one line.
 *
 * @param type - normalised kind.
 * @param finDesCours - « fin des cours ».
 * @param reprise - « jour de reprise », or `null` when the source gives none.
 * @param source - where the dates were read.
 * @param options - confidence (default `secondary`), population (default `tous`), label.
 * @returns the period.
 */
export function periode(
  type: TypeVacances,
  finDesCours: LocalDate,
  reprise: LocalDate | null,
  source: SourceRef,
  options: PeriodeOptions = {},
): PeriodeVacances {
  const debut = reprise === null && (type === 'ete' || type === 'hiver-austral') ? 'Début des ' : '';
  return {
    type,
    libelle: options.libelle ?? `${debut}${LIBELLES[type]}`,
    population: options.population ?? 'tous',
    finDesCours,
    reprise,
    confidence: options.confidence ?? 'secondary',
    source,
  };
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
