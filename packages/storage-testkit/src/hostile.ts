/**
 * Hostile data: strings a store must keep verbatim.
 *
 * @packageDocumentation
 */

/** Strings that break naive SQL building, escaping, or encodings. */
export const SQL_HOSTILE: readonly string[] = [
  "'",
  "''",
  '"',
  '`',
  '\\',
  "\\'",
  "Robert'); DROP TABLE tremplin_events;--",
  '" OR 1=1 --',
  "'; DELETE FROM events WHERE '1'='1",
  '%',
  '_',
  '%_%',
  '$1',
  '?',
  ':name',
  '@p0',
  '{}',
  '[]',
  '{"type":"x"}',
  'NULL',
  'null',
  '/* comment */',
  '\t\r\n',
  ' ',
  '  leading and trailing  ',
];

/** French typography: guillemets with (narrow) no-break spaces, typographic apostrophe, ligatures, NFD. */
export const FRENCH_TYPOGRAPHY: readonly string[] = [
  '« Très bien »',
  '«\u202Fun peu juste\u202F»',
  'l’élève a dit : « J’y arrive ! »',
  'Cœur, œuvre, Œdipe, nævus, ex æquo',
  'À l’École — cf. p. 12…',
  '12\u00A0000\u00A0€',
  'Ça, Élodie, Ève, Îles, Ôter, Ùn',
  'Re\u0301union (é décomposé, NFD)',
  'Réunion (NFC)',
  '1ᵉʳ trimestre, 2ᵉ période, Mᵐᵉ, Nº',
];

/** One character from each of the 17 Unicode planes, plus notable BMP characters. */
export const EVERY_PLANE: string = [
  ...Array.from({ length: 17 }, (_, plane) =>
    String.fromCodePoint(plane * 0x10000 + (plane === 0 ? 0xe9 : 0x41)),
  ),
  '\u{1F600}', // emoji (plane 1)
  '\u{1F469}\u200D\u{1F3EB}', // woman teacher: ZWJ sequence
  '\u{20BB7}', // 𠮷, plane 2
  '\u{E0001}', // language tag, plane 14
  '\u{10FFFF}', // last code point
  '\uFFFD',
  '\uFEFF',
  '\uFFFF',
  '\uE000',
  '\u200F', // right-to-left mark
  'عربى',
  '中文',
].join('');

/** Strings kept in events only: JSON escapes them, but no column can hold them. */
export const PAYLOAD_ONLY: readonly string[] = [
  '\u0000',
  'a\u0000b',
  '\uD800',
  'x\uDFFFy',
  '\u0001\u001F\u007F',
];

/**
 * Builds a 1 MB appréciation (1 048 576 UTF-8 bytes or a little more) of French text.
 *
 * @returns the text.
 */
export function megabyteAppreciation(): string {
  const sentence =
    'Le stagiaire fait preuve d’une très grande implication ; « la séance sur l’œuvre de Maupassant » était remarquable. ';
  const bytes = new TextEncoder().encode(sentence).length;
  return sentence.repeat(Math.ceil((1024 * 1024) / bytes));
}
