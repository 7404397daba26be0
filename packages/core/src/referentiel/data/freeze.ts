/**
 * Deep freezing of the shipped data, so a caller cannot alter the référentiel for everyone else.
 *
 * @packageDocumentation
 */

/**
 * Freezes a plain data tree (objects and arrays) in place, recursively.
 *
 * @param value - the data to freeze.
 * @returns the same value, frozen.
 * @category Référentiel
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
