/**
 * The one order every store uses for dossier identifiers.
 *
 * @packageDocumentation
 */

/**
 * Compares two strings by Unicode code point, which is the byte order of their UTF-8 encoding: the order of
 * SQLite's `BINARY` collation and of PostgreSQL's `"C"` collation.
 *
 * @param a - first string.
 * @param b - second string.
 * @returns a negative number if `a` sorts first, a positive one if `b` does, 0 if they are equal.
 * @remarks JavaScript's `<` compares UTF-16 code units, which puts U+E000–U+FFFF after astral characters;
 * code point order puts them before, as every database does. Stores order listings and cohort streams
 * with this function so that all of them page in the same order.
 * @example
 * ['\u{1F600}', '\uFF01'].sort(compareCodePoints); // ['\uFF01', '\u{1F600}']
 * @category Ports
 */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0xd800 && y >= 0xd800) {
      // Move surrogates (D800–DFFF) above E000–FFFF: that is code point order.
      x += x >= 0xe000 ? -0x800 : 0x2000;
      y += y >= 0xe000 ? -0x800 : 0x2000;
    }
    return x - y;
  }
  return a.length - b.length;
}
