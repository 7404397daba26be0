/**
 * What every public function that returns a `Result` does with input it cannot read: a typed
 * {@link ValidationError} (code `entree.invalide`, naming the function and the argument), never an exception.
 * The checks of shape come first, where they are cheap; the guard is the net under them.
 *
 * @packageDocumentation
 */
import { err, type Result } from 'neverthrow';
import { issue, type ValidationError, validationError } from '../errors.js';

/**
 * The error of a public function given input it cannot read.
 *
 * @param fonction - the public function, e.g. `compileRules`.
 * @param attendu - what the argument should be, in French (`un objet { layers, anneeScolaire, calendrier }`).
 * @param path - the argument (its name, then keys), e.g. `['input', 'calendrier']`.
 * @returns the error, code `entree.invalide`.
 * @category Erreurs
 */
export function invalidInput(
  fonction: string,
  attendu: string,
  path: ReadonlyArray<string | number> = [],
): ValidationError {
  const message = `Entrée invalide pour ${fonction} : ${attendu} attendu.`;
  return validationError(message, [issue('entree.invalide', message, path)]);
}

/**
 * Whether a value is a plain object (not null, not an array).
 *
 * @param value - any value.
 * @returns true for an object.
 * @category Erreurs
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Runs the body of a public function that returns a `Result` so that input of an unexpected shape gives a typed
 * error instead of an exception (a property read on `null`, a method missing on a number…).
 *
 * @param fonction - the public function, named in the error.
 * @param run - its body.
 * @returns what the body returns, or an `entree.invalide` {@link ValidationError} when it threw.
 * @category Erreurs
 */
export function guardResult<T, E>(fonction: string, run: () => Result<T, E>): Result<T, E | ValidationError> {
  try {
    return run();
  } catch {
    return err(invalidInput(fonction, 'une entrée de la forme documentée'));
  }
}
