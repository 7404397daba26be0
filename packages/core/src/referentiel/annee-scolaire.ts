/**
 * School years written `YYYY-YYYY+1` (e.g. `2022-2023`), as grids' validity periods use them.
 *
 * @packageDocumentation
 */
import { err, ok, type Result } from 'neverthrow';
import type { ValidationError } from '../errors.js';
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
 * debutAnneeScolaire('2022-2023'); // 2022
 * debutAnneeScolaire('2022-2024'); // undefined
 * ```
 */
export function debutAnneeScolaire(annee: string): number | undefined {
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
 */
export function parseAnneeScolaire(
  annee: string,
  path: ReadonlyArray<string | number> = ['anneeScolaire'],
): Result<number, ValidationError> {
  const debut = debutAnneeScolaire(annee);
  if (debut !== undefined) return ok(debut);
  return err({
    kind: 'validation',
    message: `Année scolaire invalide : « ${annee} »`,
    issues: [
      {
        code: 'annee-scolaire.invalide',
        message: `« ${annee} » n'est pas une année scolaire de la forme AAAA-AAAA+1 (par exemple 2022-2023).`,
        path,
      },
    ],
  });
}

/**
 * Tells whether a school year falls inside a validity period (bounds included).
 *
 * @param validite - the period; without `to` it is open-ended.
 * @param annee - a school year `YYYY-YYYY+1`.
 * @returns false when the year or a bound is malformed.
 * @example
 * ```ts
 * estDansValidite({ from: '2014-2015', to: '2022-2023' }, '2022-2023'); // true
 * estDansValidite({ from: '2014-2015', to: '2022-2023' }, '2023-2024'); // false
 * ```
 */
export function estDansValidite(validite: ValiditeScolaire, annee: string): boolean {
  const debut = debutAnneeScolaire(annee);
  const from = debutAnneeScolaire(validite.from);
  if (debut === undefined || from === undefined || debut < from) return false;
  if (validite.to === undefined) return true;
  const to = debutAnneeScolaire(validite.to);
  return to !== undefined && debut <= to;
}
