/**
 * French typography for text that comes from users (appréciations, conseils): the spaces the
 * French rules require before high punctuation and inside guillemets become no-break spaces, so
 * a line never starts with « : » or ends with « ».
 *
 * @packageDocumentation
 */

/** No-break space (U+00A0), used before the colon. */
export const NBSP = '\u00a0';
/** Narrow no-break space (U+202F), used before ; ! ? and inside guillemets. */
export const NNBSP = '\u202f';

/**
 * Replaces the ordinary spaces around French punctuation by no-break spaces: U+00A0 before « : »,
 * U+202F before « ; », « ! », « ? », after « « » and before « » ». Text without such spaces is left
 * as it is (no space is added: the author's choice is kept).
 *
 * @param text - any text.
 * @returns the same text with breakable spaces around punctuation made unbreakable.
 * @remarks Follows the Lexique des règles typographiques en usage à l'Imprimerie nationale, which
 * asks for a « espace fine insécable » before ; ! ? and an « espace insécable » before the colon.
 * @example
 * ```ts
 * applyEspacesInsecables('Points d’appui : « autorité » !'); // 'Points d’appui\u00a0: «\u202fautorité\u202f»\u202f!'
 * ```
 */
export function applyEspacesInsecables(text: string): string {
  if (!/[:;!?«»]/.test(text)) return text;
  return text
    .replace(/[ \u00a0\u202f]+:/g, `${NBSP}:`)
    .replace(/[ \u00a0\u202f]+([;!?])/g, `${NNBSP}$1`)
    .replace(/«[ \u00a0\u202f]+/g, `«${NNBSP}`)
    .replace(/[ \u00a0\u202f]+»/g, `${NNBSP}»`);
}

/**
 * Replaces the straight apostrophe between two letters by the typographic one (’), as French
 * printed text writes it: « l'école » becomes « l’école ». Quotes that are not elisions are kept.
 *
 * @param text - any text.
 * @returns the text with elision apostrophes made typographic.
 */
export function applyApostrophesTypographiques(text: string): string {
  if (!text.includes("'")) return text;
  return text.replace(/(\p{L})'(?=\p{L})/gu, '$1’');
}

/**
 * The French typography of printed text: typographic apostrophes and no-break spaces (see
 * {@link applyApostrophesTypographiques} and {@link applyEspacesInsecables}).
 *
 * @param text - any text.
 * @returns the text as it should be printed.
 * @example
 * ```ts
 * applyTypographieFrancaise("Chef d'établissement : « avis »"); // 'Chef d’établissement\u00a0: «\u202favis\u202f»'
 * ```
 */
export function applyTypographieFrancaise(text: string): string {
  return applyEspacesInsecables(applyApostrophesTypographiques(text));
}
