/**
 * XLSX workbooks with exceljs: typed cells (dates as dates, numbers as numbers), a header row, frozen panes,
 * column widths, an autofilter, and A4 landscape printing fitted to the width.
 *
 * @packageDocumentation
 */

import { PassThrough } from 'node:stream';
import { type Issue, issue, type ValidationError, validationError } from '@tremplin/core';
import ExcelJS from 'exceljs';
import { DateTime } from 'luxon';
import { err, errAsync, ok, type Result, ResultAsync } from 'neverthrow';
import { type Cell, type ResolvedTable, resolveTable } from './cells.js';
import { type TableSpec, visibleColumns } from './columns.js';
import { setZipTimestamps } from './zip-timestamps.js';

/** One sheet of a workbook: a table, its rows and how many columns stay visible when scrolling right. */
export interface XlsxSheet<Row> {
  readonly table: TableSpec<Row>;
  readonly rows: readonly Row[];
  /** Columns frozen on the left (e.g. 2 for the name columns); 0 by default. The header row is always frozen. */
  readonly freezeColumns?: number;
  /** What the printed pages' header shows; nothing when absent. The footer numbers the pages. */
  readonly printHeader?: PrintHeader;
}

/**
 * The three parts of a printed page's header (left, centre, right), e.g. the académie, the document's title and
 * the service that issues it.
 */
export interface PrintHeader {
  readonly left?: string;
  readonly center?: string;
  readonly right?: string;
}

/** The longest part of a header kept: Excel refuses headers of more than 255 characters in all. */
const HEADER_PART_MAX = 80;

/**
 * A text inside a header or footer: `&` starts a code there (ECMA-376 Part 1, § 18.3.1.46), so it is doubled;
 * a part longer than {@link HEADER_PART_MAX} characters is cut with an ellipsis.
 */
function headerText(text: string): string {
  const chars = [...text];
  const cut = chars.length > HEADER_PART_MAX ? `${chars.slice(0, HEADER_PART_MAX - 1).join('')}…` : text;
  return encodeXlsxText(cut).replaceAll('&', '&&');
}

/**
 * The header and footer codes of a sheet: the given header, and « Page n / N » centred in the footer.
 *
 * @param header - the header's parts.
 * @returns exceljs's `headerFooter` setting.
 */
function headerFooterOf(header: PrintHeader | undefined): Partial<ExcelJS.HeaderFooter> {
  const parts =
    header === undefined
      ? ''
      : (['left', 'center', 'right'] as const)
          .map((side) => {
            const text = header[side];
            return text === undefined
              ? ''
              : `&${side === 'left' ? 'L' : side === 'center' ? 'C' : 'R'}${headerText(text)}`;
          })
          .join('');
  return { ...(parts === '' ? {} : { oddHeader: parts }), oddFooter: '&CPage &P / &N' };
}

/** The sheets of a workbook, each with its own row type. */
export type XlsxSheets<Rows extends readonly unknown[]> = { readonly [K in keyof Rows]: XlsxSheet<Rows[K]> };

/** Options of the XLSX writer. */
export interface XlsxOptions {
  /** IANA zone in which instants are shown (the académie's, e.g. `Indian/Reunion`). */
  readonly zone: string;
  /**
   * The export instant, ISO 8601 with offset: the workbook's created/modified properties and the archive's
   * entry times. A parameter, so the same input gives the same bytes.
   */
  readonly now: string;
  /** The workbook's author property; `Tremplin` by default. */
  readonly creator?: string;
  /** Number format of date cells; `dd/mm/yyyy` by default. */
  readonly dateFormat?: string;
  /** Number format of date-time cells; `dd/mm/yyyy hh:mm` by default. */
  readonly dateTimeFormat?: string;
  /** Sensitive fields to include by name (`numen`, …); none by default. */
  readonly includeSensitive?: readonly string[];
}

/** Widths used when a column gives none: bounds of the width computed from the content. */
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

/**
 * A `Date` whose UTC fields are the given wall-clock fields: how a spreadsheet, which has no time zones,
 * stores a local date-time (exceljs converts a `Date` to a serial number through its UTC value).
 */
function wallClock(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): Date {
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second));
}

// OOXML text cannot hold the C0 controls XML 1.0 forbids; they are escaped `_xHHHH_` (ECMA-376 Part 1,
// § 22.9.2.19 ST_Xstring), and a literal `_xHHHH_` has its underscore escaped so it is not decoded. CR is
// escaped too (as Excel does): XML parsers turn a raw CR into LF.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what we escape
const XML_FORBIDDEN = /[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]|_(?=x[0-9A-Fa-f]{4}_)/g;

/**
 * Makes a text storable in an XLSX cell as is: forbidden control characters become `_xHHHH_` escapes and a
 * literal `_xHHHH_` is protected, as ECMA-376 prescribes. Readers (Excel, LibreOffice, exceljs) decode the
 * escapes, so the text reads back as it was given.
 *
 * @param text - any text.
 * @returns the text to give exceljs.
 */
export function encodeXlsxText(text: string): string {
  return text.replace(
    XML_FORBIDDEN,
    (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
  );
}

function cellValue(cell: Cell): ExcelJS.CellValue {
  switch (cell.kind) {
    case 'empty':
      return null;
    case 'text':
      return encodeXlsxText(cell.value);
    case 'number':
      return cell.value;
    case 'date':
      return wallClock(cell.year, cell.month, cell.day);
    case 'datetime':
      return wallClock(
        cell.local.year,
        cell.local.month,
        cell.local.day,
        cell.local.hour,
        cell.local.minute,
        cell.local.second,
      );
    case 'boolean':
      return cell.value;
  }
}

function contentWidth(cell: Cell): number {
  switch (cell.kind) {
    case 'empty':
      return 0;
    case 'text':
      return Math.max(...cell.value.split(/\r\n|\r|\n/).map((line) => [...line].length));
    case 'number':
      return (
        (cell.decimals === undefined ? String(cell.value) : cell.value.toFixed(cell.decimals)).length + 1
      );
    case 'date':
      return 11;
    case 'datetime':
      return 17;
    case 'boolean':
      return 6;
  }
}

function numberFormat(decimals: number): string {
  return decimals === 0 ? '0' : `0.${'0'.repeat(decimals)}`;
}

type SheetWriter = ReturnType<ExcelJS.stream.xlsx.WorkbookWriter['addWorksheet']>;

/**
 * How every sheet prints: A4 landscape, fitted to the page's width (as many pages down as needed), the header
 * row repeated on every page. Lists of twenty-odd columns are read on paper by juries and services.
 *
 * @remarks ECMA-376 Part 1, § 18.3.1.63 (pageSetup: `paperSize` 9 is A4, `fitToHeight` 0 leaves the height
 * free) and § 18.2.6 (the `_xlnm.Print_Titles` defined name).
 */
const PAGE_SETUP = {
  paperSize: 9 as ExcelJS.PaperSize,
  orientation: 'landscape',
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  printTitlesRow: '1:1',
} as const satisfies Partial<ExcelJS.PageSetup>;

/** The page setup of a sheet: exceljs quotes the sheet's name in the print titles without doubling an
 *  apostrophe, so a name holding one prints without repeated titles rather than with a broken reference. */
function pageSetupOf(name: string): Partial<ExcelJS.PageSetup> {
  if (!name.includes("'")) return PAGE_SETUP;
  const { printTitlesRow: _titles, ...rest } = PAGE_SETUP;
  return rest;
}

function columnWidth(table: ResolvedTable, index: number, header: string): number {
  let width = [...header].length + 3; // room for the autofilter button
  for (const row of table.rows) {
    const cell = row[index];
    if (cell !== undefined) width = Math.max(width, contentWidth(cell) + 1);
  }
  return Math.min(Math.max(width, MIN_WIDTH), MAX_WIDTH);
}

function addSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  checked: CheckedWorkbook['sheets'][number],
  options: XlsxOptions,
): SheetWriter {
  const { table, freezeColumns } = checked;
  const sheet = workbook.addWorksheet(table.name, {
    views: [{ state: 'frozen', xSplit: freezeColumns, ySplit: 1 }],
    pageSetup: pageSetupOf(table.name),
    headerFooter: headerFooterOf(checked.printHeader),
  });
  const dateFormat = options.dateFormat ?? 'dd/mm/yyyy';
  const dateTimeFormat = options.dateTimeFormat ?? 'dd/mm/yyyy hh:mm';
  sheet.columns = table.columns.map((c, i) => ({
    key: c.key,
    width: c.width ?? columnWidth(table, i, c.header),
    ...(c.kind === 'date'
      ? { style: { numFmt: dateFormat } }
      : c.kind === 'datetime'
        ? { style: { numFmt: dateTimeFormat } }
        : c.kind === 'number' && c.decimals !== undefined
          ? { style: { numFmt: numberFormat(c.decimals) } }
          : {}),
  }));
  if (table.columns.length > 0) {
    sheet.autoFilter = {
      from: { row: 1, column: 1 },
      to: { row: Math.max(1, table.rows.length + 1), column: table.columns.length },
    };
  }
  const header = sheet.getRow(1);
  header.values = table.columns.map((c) => encodeXlsxText(c.header));
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.eachCell((cell) => {
    cell.border = { bottom: { style: 'thin' } };
  });
  header.commit();
  table.rows.forEach((row, r) => {
    const line = sheet.getRow(r + 2);
    row.forEach((cell, c) => {
      if (cell.kind !== 'empty') line.getCell(c + 1).value = cellValue(cell);
    });
    // Written to the archive at once: memory does not grow with the number of rows.
    line.commit();
  });
  return sheet;
}

/** A workbook whose input has been checked: rendering it can no longer fail on the data. */
export interface CheckedWorkbook {
  readonly sheets: readonly {
    readonly table: ResolvedTable;
    readonly freezeColumns: number;
    readonly printHeader?: PrintHeader;
  }[];
  readonly now: number;
  readonly options: XlsxOptions;
}

/**
 * Checks a workbook's input: zone, instant, sheet names (unique, valid), every cell.
 *
 * @param sheets - the sheets, in order.
 * @param options - the XLSX options.
 * @returns the checked workbook, or a ValidationError listing every problem.
 */
export function checkWorkbook<Rows extends readonly unknown[]>(
  sheets: XlsxSheets<Rows>,
  options: XlsxOptions,
): Result<CheckedWorkbook, ValidationError> {
  const issues: Issue[] = [];
  const now = DateTime.fromISO(options.now, { setZone: true });
  if (!/T.*(?:Z|[+-]\d{2}(?::?\d{2})?)$/.test(options.now) || !now.isValid) {
    issues.push(
      issue('tableur.instant.invalide', `Instant invalide (offset requis) : « ${options.now} ».`, ['now']),
    );
  }
  if (sheets.length === 0) {
    issues.push(issue('tableur.classeur.vide', 'Un classeur a au moins une feuille.', ['sheets']));
  }
  const names = new Set<string>();
  const resolved: CheckedWorkbook['sheets'][number][] = [];
  sheets.forEach(<Row>(sheet: XlsxSheet<Row>, s: number) => {
    const folded = sheet.table.name.toLocaleLowerCase('fr');
    if (names.has(folded)) {
      issues.push(
        issue('tableur.feuille.double', `Feuille « ${sheet.table.name} » en double.`, ['sheets', s, 'name']),
      );
    }
    names.add(folded);
    const columns = visibleColumns(sheet.table.columns, options.includeSensitive);
    const freezeColumns = sheet.freezeColumns ?? 0;
    if (!Number.isInteger(freezeColumns) || freezeColumns < 0 || freezeColumns > columns.length) {
      issues.push(
        issue(
          'tableur.feuille.figement',
          `Colonnes figées invalides : ${freezeColumns} (0 à ${columns.length}).`,
          ['sheets', s, 'freezeColumns'],
        ),
      );
    }
    resolveTable({ name: sheet.table.name, columns }, sheet.rows, options.zone, ['sheets', s]).match(
      (table) =>
        resolved.push({
          table,
          freezeColumns,
          ...(sheet.printHeader === undefined ? {} : { printHeader: sheet.printHeader }),
        }),
      (e) => issues.push(...e.issues),
    );
  });
  if (issues.length > 0) return err(validationError('Classeur invalide.', issues));
  return ok({ sheets: resolved, now: now.toMillis(), options });
}

/**
 * Renders a checked workbook to XLSX bytes with exceljs's streaming writer: each row is serialised as soon as
 * it is added, so memory holds the compressed file, not a model of every cell.
 *
 * @param workbook - the output of {@link checkWorkbook}.
 * @returns the file's bytes; identical for identical input.
 */
export async function renderWorkbook(workbook: CheckedWorkbook): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  const sink = new PassThrough();
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: sink,
    useStyles: true,
    useSharedStrings: true,
  });
  const now = new Date(workbook.now);
  book.creator = workbook.options.creator ?? 'Tremplin';
  book.lastModifiedBy = book.creator;
  book.created = now;
  book.modified = now;
  for (const sheet of workbook.sheets) addSheet(book, sheet, workbook.options).commit();
  await book.commit();
  const bytes = new Uint8Array(Buffer.concat(chunks));
  // The archiver stamps each entry with the clock; the export instant replaces it (see setZipTimestamps).
  if (!setZipTimestamps(bytes, workbook.now))
    throw new Error('XLSX: archive ZIP inattendue (horodatage non réécrit).');
  return bytes;
}

/**
 * Writes one or more tables as an XLSX workbook, one sheet each.
 *
 * Cells are typed: text as text (never a formula, whatever it starts with), numbers as numbers, dates and
 * date-times as real dates (the wall-clock time of the académie's zone, since spreadsheets have no zones),
 * booleans as booleans. Each sheet has a bold header row, frozen panes below it, column widths fitted to the
 * content (8 to 60 characters unless the column sets one) and an autofilter over the data.
 *
 * @param sheets - the sheets, in order.
 * @param options - zone, export instant, number formats, sensitive fields.
 * @returns the file's bytes, or a ValidationError listing every invalid value (checked before rendering).
 * @example
 * const bytes = await toXlsx([{ table, rows }], { zone: 'Indian/Reunion', now: '2023-06-01T08:00:00+04:00' });
 * if (bytes.isOk()) await writeFile('jury.xlsx', bytes.value);
 * @remarks ECMA-376 (Office Open XML), Part 1.
 */
export function toXlsx<Rows extends readonly unknown[]>(
  sheets: XlsxSheets<Rows>,
  options: XlsxOptions,
): ResultAsync<Uint8Array, ValidationError> {
  const checked = checkWorkbook(sheets, options);
  if (checked.isErr()) return errAsync(checked.error);
  return new ResultAsync(renderWorkbook(checked.value).then((bytes) => ok(bytes)));
}
