/**
 * How a pack writes a date that recurs every school year: a fixed date, « fin novembre », « 15 juin »,
 * or « avant les vacances de décembre », resolved against a school year and its calendar.
 *
 * @packageDocumentation
 */

import { err, ok, type Result } from 'neverthrow';
import { z } from 'zod';
import { localDateSchema } from '../calendar/date-schemas.js';
import {
  type AnneeScolaire,
  getAnneeCivileDuMois,
  type LocalDate,
  lastDayOfMonth,
  localDate,
} from '../calendar/local-date.js';
import type { CalendrierScolaire, TypeVacances } from '../calendar/types.js';
import { issue, type ValidationError, validationError } from '../errors.js';

/**
 * A date rule of a pack, resolved for each school year.
 *
 * - `date`: a fixed date (only meaningful for one school year);
 * - `end-of-month`: the last day of a month, e.g. « fin novembre » = `{ kind: 'end-of-month', month: 11 }`;
 * - `month-day`: a day of a month, e.g. « 15 juin »;
 * - `before-holiday`: the last day of classes (« fin des cours ») before the first break of the listed
 *   kinds found in the académie's calendar, e.g. « avant les vacances de décembre » =
 *   `{ kind: 'before-holiday', holidays: ['noel', 'ete-austral'] }`.
 *
 * Months 9–12 fall in the first civil year of the school year, months 1–8 in the second.
 *
 * @category Règles
 */
export type DateSpec =
  | { readonly kind: 'date'; readonly date: LocalDate }
  | { readonly kind: 'end-of-month'; readonly month: number }
  | { readonly kind: 'month-day'; readonly month: number; readonly day: number }
  | { readonly kind: 'before-holiday'; readonly holidays: readonly TypeVacances[] };

const month = z.number().int().min(1).max(12);

// A record over the union makes the compiler check that every holiday kind is listed.
const TYPES_VACANCES: Readonly<Record<TypeVacances, true>> = {
  toussaint: true,
  noel: true,
  hiver: true,
  printemps: true,
  'pont-ascension': true,
  ete: true,
  'apres-periode-1': true,
  'ete-austral': true,
  'apres-periode-3': true,
  'apres-periode-4': true,
  'hiver-austral': true,
  carnaval: true,
  paques: true,
  autre: true,
};

/**
 * Zod schema of a holiday kind ({@link TypeVacances}).
 *
 * @category Règles
 */
export const typeVacancesSchema = z.enum(Object.keys(TYPES_VACANCES) as [TypeVacances, ...TypeVacances[]]);

/**
 * Zod schema of a {@link DateSpec} (strict: unknown keys are refused).
 *
 * @category Règles
 */
export const dateSpecSchema: z.ZodType<DateSpec> = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('date'),
    date: localDateSchema,
  }),
  z.strictObject({ kind: z.literal('end-of-month'), month }),
  z.strictObject({ kind: z.literal('month-day'), month, day: z.number().int().min(1).max(31) }),
  z.strictObject({ kind: z.literal('before-holiday'), holidays: z.array(typeVacancesSchema).min(1) }),
]);

function invalid(message: string, code = 'date-spec.invalide'): ValidationError {
  return validationError(message, [issue(code, message)]);
}

/**
 * Resolves a date rule for a school year.
 *
 * @param spec - the rule.
 * @param annee - the school year, e.g. `2022-2023`.
 * @param calendrier - the académie's calendar for that year; needed by `before-holiday` only.
 * @returns the local date, or a validation error (impossible date, missing calendar or break).
 * @example
 * ```ts
 * resolveDateSpec({ kind: 'end-of-month', month: 11 }, '2022-2023'); // ok('2022-11-30')
 * resolveDateSpec({ kind: 'before-holiday', holidays: ['noel', 'ete-austral'] }, '2022-2023', REUNION_2022_2023);
 * // ok('2022-12-17')
 * ```
 * @category Règles
 */
export function resolveDateSpec(
  spec: DateSpec,
  annee: AnneeScolaire,
  calendrier?: CalendrierScolaire,
): Result<LocalDate, ValidationError> {
  switch (spec.kind) {
    case 'date':
      return ok(spec.date);
    case 'end-of-month':
      return ok(lastDayOfMonth(getAnneeCivileDuMois(annee, spec.month), spec.month));
    case 'month-day':
      return localDate(getAnneeCivileDuMois(annee, spec.month), spec.month, spec.day);
    case 'before-holiday': {
      if (!calendrier) {
        return err(invalid(`Un calendrier scolaire est nécessaire pour « avant les vacances » (${annee}).`));
      }
      const found = calendrier.vacances
        .filter((p) => spec.holidays.includes(p.type))
        .sort((a, b) => a.finDesCours.localeCompare(b.finDesCours))[0];
      if (!found) {
        return err(
          invalid(
            `Le calendrier ${calendrier.academie} ${calendrier.anneeScolaire} n'a pas de vacances ${spec.holidays.join(' / ')}.`,
            'date-spec.vacances-absentes',
          ),
        );
      }
      return ok(found.finDesCours);
    }
  }
}

/**
 * Describes a date rule in French, for explanations (« fin novembre », « 15 juin », « avant les vacances
 * (noel / ete-austral) »).
 *
 * @param spec - the rule.
 * @returns the wording.
 * @category Règles
 */
export function describeDateSpec(spec: DateSpec): string {
  const mois = [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ];
  switch (spec.kind) {
    case 'date':
      return `le ${spec.date}`;
    case 'end-of-month':
      return `fin ${mois[spec.month - 1] ?? spec.month}`;
    case 'month-day':
      return `le ${spec.day} ${mois[spec.month - 1] ?? spec.month}`;
    case 'before-holiday':
      return `avant les vacances (${spec.holidays.join(' / ')})`;
  }
}
