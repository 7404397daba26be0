/**
 * What text a store accepts in identifiers and listing fields.
 *
 * @packageDocumentation
 */

import { type Issue, issue } from '../errors.js';

/**
 * Longest identifier or listing field, in UTF-16 code units.
 *
 * @category Ports
 */
export const MAX_TEXT_LENGTH = 256;

// A lone surrogate cannot be encoded in UTF-8, so a database would replace it; U+0000 is refused by
// PostgreSQL's text type. Neither can therefore be kept verbatim in a column.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Whether a string can be kept verbatim in a database column: well-formed UTF-16 (no lone surrogate) and
 * without U+0000.
 *
 * @param value - the string.
 * @returns `true` when every store keeps it exactly.
 * @category Ports
 */
export function isStorableText(value: string): boolean {
  return !value.includes('\u0000') && !LONE_SURROGATE.test(value);
}

/**
 * Checks a text field and describes what is wrong with it.
 *
 * @param value - the value given.
 * @param path - its path in the input.
 * @param rules - `required`: must be non-empty; `max`: longest length (default {@link MAX_TEXT_LENGTH}).
 * @returns the issue, or `undefined` when the value is acceptable.
 * @category Ports
 */
export function textIssue(
  value: unknown,
  path: ReadonlyArray<string | number>,
  rules: { readonly required: boolean; readonly max?: number },
): Issue | undefined {
  const max = rules.max ?? MAX_TEXT_LENGTH;
  if (typeof value !== 'string') {
    return issue('texte.type', 'Une chaîne de caractères est attendue.', path);
  }
  if (rules.required && value.length === 0) {
    return issue('texte.vide', 'Valeur vide.', path);
  }
  if (value.length > max) {
    return issue('texte.trop-long', `Plus de ${max} caractères.`, path);
  }
  if (!isStorableText(value)) {
    return issue(
      'texte.non-stockable',
      'Caractère U+0000 ou demi-paire de substitution (surrogate) isolée : non stockable tel quel.',
      path,
    );
  }
  return undefined;
}
