/**
 * CSV per RFC 4180, in UTF-8, with the `;` separator and the byte order mark French spreadsheet users need.
 *
 * @packageDocumentation
 */
import type { ValidationError } from '@tremplin/core';
import { stringify } from 'csv-stringify/sync';
import type { Result } from 'neverthrow';
import { type Cell, type ResolvedTable, resolveTable } from './cells.js';
import { type TableSpec, visibleColumns } from './columns.js';

/** Options of the CSV writer. */
export interface CsvOptions {
  /** IANA zone in which instants are written (the académie's, e.g. `Indian/Reunion`). */
  readonly zone: string;
  /** Field separator; `;` by default, which French Excel expects. */
  readonly delimiter?: ';' | ',' | '\t';
  /** Start with a UTF-8 byte order mark (U+FEFF) so Excel reads accents right; true by default. */
  readonly bom?: boolean;
  /** Decimal separator of numbers; `,` by default (French), `.` when the delimiter is `,`. */
  readonly decimalSeparator?: ',' | '.';
  /**
   * How dates are written: `iso` (default) `2022-11-30` and `2022-11-30 23:59:59`, which Excel and
   * LibreOffice recognise in every locale; `fr` `30/11/2022` and `30/11/2022 23:59:59`.
   */
  readonly dateStyle?: 'iso' | 'fr';
  /** Words for booleans; `oui` / `non` by default. */
  readonly booleans?: { readonly true: string; readonly false: string };
  /**
   * Protect against CSV (formula) injection by prefixing risky text cells with `'`; true by default.
   * See {@link escapeFormula}.
   */
  readonly formulaEscape?: boolean;
  /** Write the header row; true by default. */
  readonly header?: boolean;
  /** Sensitive fields to include by name (`numen`, …); none by default. */
  readonly includeSensitive?: readonly string[];
}

/** The first characters that make a spreadsheet read a cell as a formula (OWASP "CSV Injection"). */
export const FORMULA_TRIGGERS: readonly string[] = ['=', '+', '-', '@', '\t', '\r'];

/**
 * Escapes a text cell against formula injection: when it starts with `=`, `+`, `-`, `@`, a tab or a carriage
 * return — or with `'` itself, so that the escaping stays reversible — it gets one leading `'`.
 *
 * @param text - the cell's text.
 * @returns the text to write.
 * @example
 * escapeFormula('=HYPERLINK("http://x")') // "'=HYPERLINK(\"http://x\")"
 * escapeFormula('- point 1')               // "'- point 1"
 * escapeFormula('Bilan')                   // 'Bilan'
 * @remarks OWASP, "CSV Injection". The cost: an ordinary text such as « - point 1 » shows a leading `'` in
 * programs that do not treat it as a text marker. Numbers are never escaped (a negative number stays a number).
 * {@link unescapeFormula} reverses it exactly.
 */
export function escapeFormula(text: string): string {
  const first = text.charAt(0);
  return first === "'" || FORMULA_TRIGGERS.includes(first) ? `'${text}` : text;
}

/**
 * Reverses {@link escapeFormula}: drops one leading `'`.
 *
 * @param text - a text cell read from a CSV written with formula escaping.
 * @returns the original text.
 */
export function unescapeFormula(text: string): string {
  return text.startsWith("'") ? text.slice(1) : text;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function formatNumber(value: number, decimals: number | undefined, separator: string): string {
  const text = decimals === undefined ? String(value) : value.toFixed(decimals);
  return separator === '.' ? text : text.replace('.', separator);
}

function cellText(cell: Cell, options: Required<Omit<CsvOptions, 'zone' | 'includeSensitive'>>): string {
  switch (cell.kind) {
    case 'empty':
      return '';
    case 'text':
      return options.formulaEscape ? escapeFormula(cell.value) : cell.value;
    case 'number':
      return formatNumber(cell.value, cell.decimals, options.decimalSeparator);
    case 'date':
      return options.dateStyle === 'iso'
        ? `${pad(cell.year, 4)}-${pad(cell.month)}-${pad(cell.day)}`
        : `${pad(cell.day)}/${pad(cell.month)}/${pad(cell.year, 4)}`;
    case 'datetime':
      return cell.local.toFormat(options.dateStyle === 'iso' ? 'yyyy-MM-dd HH:mm:ss' : 'dd/MM/yyyy HH:mm:ss');
    case 'boolean':
      return cell.value ? options.booleans.true : options.booleans.false;
  }
}

/**
 * Writes resolved cells as CSV text.
 *
 * @param table - the resolved table.
 * @param options - the CSV options.
 * @returns the CSV text (with the BOM when asked).
 */
export function writeResolvedCsv(table: ResolvedTable, options: CsvOptions): string {
  const delimiter = options.delimiter ?? ';';
  const settings = {
    delimiter,
    bom: options.bom ?? true,
    decimalSeparator: options.decimalSeparator ?? (delimiter === ',' ? '.' : ','),
    dateStyle: options.dateStyle ?? 'iso',
    booleans: options.booleans ?? { true: 'oui', false: 'non' },
    formulaEscape: options.formulaEscape ?? true,
    header: options.header ?? true,
  } as const;
  const records: string[][] = [];
  if (settings.header) {
    records.push(table.columns.map((c) => (settings.formulaEscape ? escapeFormula(c.header) : c.header)));
  }
  for (const row of table.rows) records.push(row.map((cell) => cellText(cell, settings)));
  const body = stringify(records, {
    delimiter,
    record_delimiter: '\r\n',
    // RFC 4180 § 2.6: a field holding a line break must be quoted. csv-stringify only quotes the record
    // delimiter itself (CRLF), not a lone CR or LF, hence the explicit match.
    quoted_match: /[\r\n]/,
    // A single-column row whose only field is empty would be an empty line, which readers skip.
    quoted_empty: table.columns.length === 1,
  });
  return settings.bom ? `\uFEFF${body}` : body;
}

/**
 * Writes a table as CSV (RFC 4180): one header row, CRLF line ends, fields quoted when they hold the
 * separator, a double quote or a line break, UTF-8 with a BOM by default.
 *
 * @param table - the table definition.
 * @param rows - the rows.
 * @param options - zone, separator, BOM, date style, formula escaping, sensitive fields.
 * @returns the CSV text, or a ValidationError listing every invalid value.
 * @example
 * const csv = toCsv(table, rows, { zone: 'Indian/Reunion' });
 * @remarks RFC 4180 (Common Format and MIME Type for CSV Files).
 */
export function toCsv<Row>(
  table: TableSpec<Row>,
  rows: readonly Row[],
  options: CsvOptions,
): Result<string, ValidationError> {
  const visible = { name: table.name, columns: visibleColumns(table.columns, options.includeSensitive) };
  return resolveTable(visible, rows, options.zone).map((resolved) => writeResolvedCsv(resolved, options));
}
