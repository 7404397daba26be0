/**
 * Importer for the open dataset `fr-en-calendrier-scolaire` (data.education.gouv.fr, Opendatasoft).
 *
 * The dataset's `start_date` and `end_date` are **midnight Europe/Paris serialised in UTC**, for every
 * zone including the overseas ones: `2025-10-10T22:00:00+00:00` is Saturday 11 October 2025 (fin des
 * cours) in La Réunion as in Normandie. Converting with the académie's own zone gives the wrong day in the
 * Americas (`2025-10-10T22:00Z` is still Friday 10 October 18:00 in Martinique), so this importer always
 * reads the date on a Paris wall clock.
 *
 * @packageDocumentation
 */

import { DateTime } from 'luxon';
import { err, ok, type Result } from 'neverthrow';
import { z } from 'zod';
import { type Issue, issue, type ValidationError, validationError } from '../errors.js';
import { guardResult, invalidInput, isRecord } from '../schemas/entree.js';
import { findAcademie, TIME_ZONE_OF_ZONE } from './academies.js';
import { anneeScolaireLabelSchema } from './date-schemas.js';
import { type AnneeScolaire, isLocalDate, type LocalDate } from './local-date.js';
import { SOURCE_DATASET_CALENDRIER } from './sources.js';
import type {
  CalendrierScolaire,
  PeriodeVacances,
  Population,
  TypeVacances,
  ZoneCalendrier,
} from './types.js';

/**
 * One row of the dataset as its JSON export gives it (7 fields). Extra fields are ignored.
 *
 * @category Calendriers
 */
export const calendrierScolaireRowSchema = z.object({
  description: z.string().min(1),
  population: z.string().min(1),
  start_date: z.string().min(10),
  end_date: z.string().min(10).nullable(),
  location: z.string().min(1),
  zones: z.string().min(1),
  annee_scolaire: anneeScolaireLabelSchema,
});

/**
 * One row of the dataset `fr-en-calendrier-scolaire`.
 *
 * @category Calendriers
 */
export type CalendrierScolaireRow = z.infer<typeof calendrierScolaireRowSchema>;

/**
 * Options of {@link importCalendrierScolaire}.
 *
 * @category Calendriers
 */
export interface ImportCalendrierOptions {
  /**
   * Refuse timestamps that are not midnight on a Paris wall clock (default `true`): such a row was not
   * produced by the dataset's convention and its day would be a guess.
   */
  readonly strictMidnight?: boolean;
}

const ZONES: ReadonlySet<string> = new Set(Object.keys(TIME_ZONE_OF_ZONE));

function fold(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/gu, "'")
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * Normalises a dataset `description` into a holiday kind (accents, case and typographic apostrophes
 * are ignored).
 *
 * @param description - e.g. « Vacances d’Été austral ».
 * @returns the kind, `autre` when unknown.
 * @category Calendriers
 */
export function parseTypeVacances(description: string): TypeVacances {
  const d = fold(description);
  if (d.includes('toussaint')) return 'toussaint';
  if (d.includes('noel')) return 'noel';
  if (d.includes('ete austral')) return 'ete-austral';
  if (d.includes('hiver austral')) return 'hiver-austral';
  if (d.includes('carnaval')) return 'carnaval';
  if (d.includes('paques')) return 'paques';
  if (d.includes('ascension')) return 'pont-ascension';
  if (/\b(1ere|1re|premiere) periode\b/u.test(d)) return 'apres-periode-1';
  if (/\b(3eme|3e|troisieme) periode\b/u.test(d)) return 'apres-periode-3';
  if (/\b(4eme|4e|quatrieme) periode\b/u.test(d)) return 'apres-periode-4';
  if (d.includes('hiver')) return 'hiver';
  if (d.includes('printemps')) return 'printemps';
  if (/\bete\b/u.test(d)) return 'ete';
  return 'autre';
}

function parsePopulation(value: string): { population: Population; populationLibelle?: string } {
  const p = fold(value);
  if (p === '-' || p === '') return { population: 'tous' };
  if (p === 'eleves') return { population: 'eleves' };
  if (p === 'enseignants') return { population: 'enseignants' };
  return { population: 'autre', populationLibelle: value };
}

const HAS_OFFSET = /(?:[zZ]|[+-]\d{2}:?\d{2})$/;

/**
 * Reads a dataset timestamp as the official date it stands for: the date on a Paris wall clock.
 *
 * @param value - e.g. `2022-12-16T23:00:00+00:00` (or a plain `YYYY-MM-DD`).
 * @param strictMidnight - refuse a timestamp that is not Paris midnight.
 * @returns the local date (`2022-12-17` for the example), or an explanation of the refusal.
 * @example
 * ```ts
 * datasetDateToLocalDate('2025-10-10T22:00:00+00:00'); // ok('2025-10-11'), even for Martinique
 * ```
 * @category Calendriers
 */
export function datasetDateToLocalDate(value: string, strictMidnight = true): Result<LocalDate, string> {
  if (isLocalDate(value)) return ok(value);
  if (!HAS_OFFSET.test(value)) return err(`horodatage sans décalage horaire : « ${value} »`);
  const paris = DateTime.fromISO(value, { setZone: true }).setZone('Europe/Paris');
  if (!paris.isValid) return err(`horodatage illisible : « ${value} »`);
  if (
    strictMidnight &&
    (paris.hour !== 0 || paris.minute !== 0 || paris.second !== 0 || paris.millisecond !== 0)
  ) {
    return err(
      `« ${value} » n'est pas minuit à Paris (${paris.toISO()}) : convention du jeu de données non respectée`,
    );
  }
  return ok(paris.toISODate() ?? '');
}

function rowsOf(input: unknown): { rows: unknown[] } | { error: string } {
  if (Array.isArray(input)) return { rows: input };
  if (input !== null && typeof input === 'object') {
    const o = input as Record<string, unknown>;
    if (Array.isArray(o.results)) return { rows: o.results };
    if (Array.isArray(o.records)) {
      return {
        rows: o.records.map((r: unknown) => {
          if (r !== null && typeof r === 'object') {
            const rec = r as Record<string, unknown>;
            if (rec.fields !== undefined) return rec.fields;
            const inner = rec.record;
            if (inner !== null && typeof inner === 'object' && 'fields' in inner) return inner.fields;
          }
          return r;
        }),
      };
    }
  }
  return {
    error:
      'attendu un tableau de lignes (export JSON), un objet { results } (API v2.1) ou { records } (API v1/v2)',
  };
}

interface Parsed {
  readonly location: string;
  readonly zone: ZoneCalendrier;
  readonly annee: AnneeScolaire;
  readonly periode: PeriodeVacances;
}

/**
 * Imports rows of the dataset `fr-en-calendrier-scolaire` into one {@link CalendrierScolaire} per
 * (`location`, `annee_scolaire`), dates decoded through Europe/Paris, time zone taken from the académie.
 *
 * @param input - the parsed JSON: a bare array of rows (`/exports/json`), `{ results: rows }`
 * (`/records`, API v2.1) or `{ records: [{ fields }] }` (older APIs). Core does no I/O: fetch or read the
 * file yourself and pass its parsed content.
 * @param options - see {@link ImportCalendrierOptions}.
 * @returns the calendars sorted by académie then year, or a validation error listing every bad row.
 * @remarks A row « Début des Vacances … » has `end_date == start_date`: its reprise is `null`. The summer
 * row of year Y gives the rentrée (pupils and teachers) of year Y+1 when both years are imported.
 * @example
 * ```ts
 * const rows = JSON.parse(await readFile('fr-en-calendrier-scolaire.json', 'utf8'));
 * const calendars = importCalendrierScolaire(rows);
 * ```
 * @category Calendriers
 */
export function importCalendrierScolaire(
  input: unknown,
  options: ImportCalendrierOptions = {},
): Result<CalendrierScolaire[], ValidationError> {
  if (!isRecord(options)) {
    return err(invalidInput('importCalendrierScolaire', 'des options { strictMidnight? }', ['options']));
  }
  return guardResult('importCalendrierScolaire', () => importCalendrierScolaireChecked(input, options));
}

function importCalendrierScolaireChecked(
  input: unknown,
  options: ImportCalendrierOptions,
): Result<CalendrierScolaire[], ValidationError> {
  const strict = options.strictMidnight ?? true;
  const found = rowsOf(input);
  if ('error' in found) {
    return err(
      validationError(`Calendrier scolaire illisible : ${found.error}.`, [
        issue('calendrier.format', found.error),
      ]),
    );
  }
  const issues: Issue[] = [];
  const parsed: Parsed[] = [];
  found.rows.forEach((raw, index) => {
    const row = calendrierScolaireRowSchema.safeParse(raw);
    if (!row.success) {
      for (const i of row.error.issues) {
        issues.push(issue('calendrier.ligne', i.message, [index, ...i.path.map(String)]));
      }
      return;
    }
    const r = row.data;
    if (!ZONES.has(r.zones)) {
      issues.push(issue('calendrier.zone', `Zone inconnue : « ${r.zones} ».`, [index, 'zones']));
      return;
    }
    const start = datasetDateToLocalDate(r.start_date, strict);
    const end = r.end_date === null ? ok(null) : datasetDateToLocalDate(r.end_date, strict);
    if (start.isErr()) issues.push(issue('calendrier.date', start.error, [index, 'start_date']));
    if (end.isErr()) issues.push(issue('calendrier.date', end.error, [index, 'end_date']));
    if (start.isErr() || end.isErr()) return;
    const finDesCours = start.value;
    const reprise = end.value === null || end.value === finDesCours ? null : end.value;
    if (reprise !== null && reprise < finDesCours) {
      issues.push(
        issue('calendrier.date', `Reprise (${reprise}) antérieure à la fin des cours (${finDesCours}).`, [
          index,
          'end_date',
        ]),
      );
      return;
    }
    parsed.push({
      location: r.location,
      zone: r.zones as ZoneCalendrier,
      annee: r.annee_scolaire,
      periode: {
        type: parseTypeVacances(r.description),
        libelle: r.description.replace(/[’‘]/gu, "'"),
        ...parsePopulation(r.population),
        finDesCours,
        reprise,
        confidence: 'verified',
        source: SOURCE_DATASET_CALENDRIER,
      },
    });
  });
  if (issues.length > 0) {
    return err(
      validationError(
        `Calendrier scolaire : ${issues.length} problème(s) dans les lignes importées.`,
        issues,
      ),
    );
  }
  return ok(group(parsed));
}

function group(parsed: readonly Parsed[]): CalendrierScolaire[] {
  const groups = new Map<
    string,
    { location: string; zone: ZoneCalendrier; annee: string; p: PeriodeVacances[] }
  >();
  for (const row of parsed) {
    const key = `${row.location}\u0000${row.annee}`;
    let g = groups.get(key);
    if (!g) {
      g = { location: row.location, zone: row.zone, annee: row.annee, p: [] };
      groups.set(key, g);
    }
    const dup = g.p.some(
      (q) =>
        q.type === row.periode.type &&
        q.population === row.periode.population &&
        q.finDesCours === row.periode.finDesCours &&
        q.reprise === row.periode.reprise,
    );
    if (!dup) g.p.push(row.periode);
  }
  const result: CalendrierScolaire[] = [];
  for (const g of groups.values()) {
    const vacances = [...g.p].sort(
      (a, b) => a.finDesCours.localeCompare(b.finDesCours) || a.population.localeCompare(b.population),
    );
    const first = Number(g.annee.slice(0, 4));
    const previous = groups.get(`${g.location}\u0000${first - 1}-${first}`);
    const summer = previous?.p.filter(
      (p) => (p.type === 'ete' || p.type === 'hiver-austral') && p.reprise !== null,
    );
    const eleves = summer?.find((p) => p.population === 'eleves' || p.population === 'tous')?.reprise;
    const enseignants = summer?.find((p) => p.population === 'enseignants')?.reprise;
    result.push({
      academie: g.location,
      anneeScolaire: g.annee,
      zone: g.zone,
      timeZone: findAcademie(g.location)?.timeZone ?? TIME_ZONE_OF_ZONE[g.zone],
      ...(eleves ? { rentreeEleves: eleves } : {}),
      ...(enseignants ? { rentreeEnseignants: enseignants } : {}),
      vacances,
    });
  }
  return result.sort(
    (a, b) => a.academie.localeCompare(b.academie) || a.anneeScolaire.localeCompare(b.anneeScolaire),
  );
}
