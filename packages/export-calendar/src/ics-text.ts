/**
 * The text layer of RFC 5545: escaping TEXT values and folding content lines.
 *
 * @packageDocumentation
 */

/** Longest content line, in octets, before folding (RFC 5545 § 3.1, CRLF excluded). */
export const MAX_LINE_OCTETS = 75;

/** Octets of one code point in UTF-8 (a lone surrogate counts 3, as U+FFFD would). */
function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

// C0 controls other than HTAB, and DEL, are not allowed in a TEXT value (RFC 5545 § 3.3.11).
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what we remove
const FORBIDDEN_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Escapes a TEXT value (RFC 5545 § 3.3.11): backslash, semicolon, comma and line breaks.
 *
 * @param value - the text as people write it (any line breaks: CRLF, CR or LF).
 * @returns the escaped value, with control characters other than tab removed (they are not allowed in TEXT)
 *   and any lone UTF-16 surrogate replaced by U+FFFD (it has no UTF-8 encoding).
 * @example
 * escapeText('Bilan; fin novembre, 2022') // 'Bilan\\; fin novembre\\, 2022'
 * @remarks RFC 5545 § 3.3.11 (TEXT).
 */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n|\r|\n/g, '\n')
    .replace(FORBIDDEN_CONTROLS, '')
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

/**
 * Folds one unfolded content line into physical lines of at most 75 octets (RFC 5545 § 3.1), never
 * splitting a multi-octet UTF-8 character; continuation lines start with one space.
 *
 * @param line - an unfolded content line, without its CRLF.
 * @returns the physical lines joined with CRLF, without a final CRLF.
 * @example
 * foldLine(`DESCRIPTION:${'é'.repeat(40)}`).split('\r\n').length // 2
 * @remarks RFC 5545 § 3.1: "Lines of text SHOULD NOT be longer than 75 octets, excluding the line break
 * [...] Multi-octet characters MUST remain contiguous."
 */
export function foldLine(line: string): string {
  // Fast path: a line of at most 75 UTF-16 units is at most 75 octets only if it is ASCII.
  if (line.length <= MAX_LINE_OCTETS && /^[\x20-\x7e]*$/.test(line)) return line;
  const physical: string[] = [];
  let current = '';
  let octets = 0;
  let limit = MAX_LINE_OCTETS;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    if (octets + size > limit) {
      physical.push(current);
      current = ' ';
      octets = 1;
      limit = MAX_LINE_OCTETS;
    }
    current += char;
    octets += size;
  }
  physical.push(current);
  return physical.join('\r\n');
}

/** A property parameter, e.g. `TZID=Indian/Reunion` or `VALUE=DATE`. */
export interface IcsParameter {
  readonly name: string;
  readonly value: string;
}

/**
 * Quotes a parameter value when it holds a character that RFC 5545 reserves (`:`, `;`, `,`); removes
 * double quotes and control characters, which a parameter value cannot hold at all.
 *
 * @param value - the raw parameter value.
 * @returns the value ready to put after `NAME=`.
 * @remarks RFC 5545 § 3.2 (param-value = paramtext / quoted-string).
 */
export function parameterValue(value: string): string {
  const clean = value.replace(FORBIDDEN_CONTROLS, '').replace(/[\r\n"]/g, '');
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

/**
 * Builds one folded content line `NAME;PARAM=VALUE:value`.
 *
 * @param name - the property name, e.g. `DTSTART`.
 * @param value - the value, already escaped for its value type (use {@link escapeText} for TEXT).
 * @param parameters - the property parameters, in order.
 * @returns the folded line, without its final CRLF.
 * @example
 * contentLine('DTSTART', '20221130T170000', [{ name: 'TZID', value: 'Indian/Reunion' }])
 * // 'DTSTART;TZID=Indian/Reunion:20221130T170000'
 */
export function contentLine(name: string, value: string, parameters: readonly IcsParameter[] = []): string {
  const params = parameters.map((p) => `;${p.name}=${parameterValue(p.value)}`).join('');
  return foldLine(`${name}${params}:${value}`);
}
