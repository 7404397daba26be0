/**
 * School years written `YYYY-YYYY+1` (e.g. `2022-2023`), as grids' validity periods use them.
 *
 * @packageDocumentation
 */

import { err, ok, type Result } from 'neverthrow';
import { issue, type ValidationError, validationError } from '../errors.js';
import type { Validity } from '../rules/pack.js';
import type { ValiditeScolaire } from './types.js';

const FORMAT = /^(\d{4})-(\d{4})$/;

/**
 * Reads a school year `YYYY-YYYY+1` and returns its first calendar year.
 *
 * @param annee - a school year such as `2022-2023`.
 * @returns the first calendar year (2022), or `undefined` when the text is not a school year
 * (wrong format, or the second year is not the first plus one).
 * @example
 * ```ts
 * getDebutAnneeScolaire('2022-2023'); // 2022
 * getDebutAnneeScolaire('2022-2024'); // undefined
 * ```
 * @category Référentiel
 */
export function getDebutAnneeScolaire(annee: string): number | undefined {
  // Untrusted callers may pass anything: only a string can be a school year.
  if (typeof annee !== 'string') return undefined;
  const match = FORMAT.exec(annee);
  if (match === null) return undefined;
  const debut = Number(match[1]);
  return Number(match[2]) === debut + 1 ? debut : undefined;
}

/**
 * Parses a school year, for inputs that come from outside.
 *
 * @param annee - the text to read.
 * @param path - where the value sits in the caller's input, for the issue's path.
 * @returns the first calendar year, or a `ValidationError` with code `annee-scolaire.invalide`.
 * @category Référentiel
 */
export function parseAnneeScolaire(
  annee: string,
  path: ReadonlyArray<string | number> = ['anneeScolaire'],
): Result<number, ValidationError> {
  const debut = getDebutAnneeScolaire(annee);
  if (debut !== undefined) return ok(debut);
  return err(
    validationError(`Année scolaire invalide : « ${annee} »`, [
      issue(
        'annee-scolaire.invalide',
        `« ${annee} » n'est pas une année scolaire de la forme AAAA-AAAA+1 (par exemple 2022-2023).`,
        path,
      ),
    ]),
  );
}

/**
 * Tells whether a validity period covers a school year: the one rule for grids (periods of school years) and
 * for the entries of a rule pack (a list of school years, or a period of dates).
 *
 * @param validity - a grid's `validite` (`from`/`to` school years, bounds included, `to` open-ended), or a pack
 * entry's `validity` (`schoolYears`, or `from`/`until` dates: the year's 1 September, the nomination date, must
 * fall in the period).
 * @param annee - a school year `YYYY-YYYY+1`.
 * @returns false when the year or a bound is malformed.
 * @example
 * ```ts
 * coversAnneeScolaire({ from: '2014-2015', to: '2022-2023' }, '2022-2023'); // true
 * coversAnneeScolaire({ from: '2014-2015', to: '2022-2023' }, '2023-2024'); // false
 * coversAnneeScolaire({ from: '2022-09-01' }, '2022-2023'); // true
 * ```
 * @category Référentiel
 */
export function coversAnneeScolaire(validity: ValiditeScolaire | Validity, annee: string): boolean {
  const debut = getDebutAnneeScolaire(annee);
  if (debut === undefined) return false;
  if ('schoolYears' in validity) return validity.schoolYears.some((y) => y === annee);
  const fromYear = getDebutAnneeScolaire(validity.from);
  if (fromYear === undefined) {
    // A period of dates: the year's 1 September falls in it.
    const start = `${debut}-09-01`;
    const until = 'until' in validity ? validity.until : undefined;
    return validity.from <= start && (until === undefined || start <= until);
  }
  if (debut < fromYear) return false;
  const to = 'to' in validity ? validity.to : undefined;
  if (to === undefined) return true;
  const toYear = getDebutAnneeScolaire(to);
  return toYear !== undefined && debut <= toYear;
}
