/**
 * Spreadsheet exporters behind the core's exporter port: one table in, CSV or XLSX out.
 *
 * @packageDocumentation
 */
import type { ExportBody, Exporter, ExportOptions, ValidationError } from '@tremplin/core';
import { err, ok, type Result } from 'neverthrow';
import type { TableSpec } from './columns.js';
import { type CsvOptions, toCsv } from './csv.js';
import { checkWorkbook, type PrintHeader, renderWorkbook, type XlsxOptions } from './xlsx.js';

/** A table ready to export, built from a domain input. */
export interface TableDocument<Row> {
  readonly table: TableSpec<Row>;
  readonly rows: readonly Row[];
  /** The académie's IANA zone. */
  readonly timeZone: string;
  /** The instant the document describes (ISO 8601 with offset); the workbook's date. */
  readonly at: string;
  /** What the printed pages' header shows (XLSX only); nothing when absent. */
  readonly printHeader?: PrintHeader;
}

/** How a domain input becomes a table and a file name. */
export interface TableBinding<Input, Row> {
  /** File name without extension, from safe characters only (see {@link safeFileName}). */
  readonly baseName: (input: Input) => string;
  /** The table, or every reason the input cannot be rendered. */
  readonly document: (input: Input) => Result<TableDocument<Row>, ValidationError>;
}

/** CSV settings of an exporter (the zone comes from the input, sensitive fields from the call). */
export type CsvExportSettings = Omit<CsvOptions, 'zone' | 'includeSensitive'>;

/** XLSX settings of an exporter (the zone and instant come from the input, sensitive fields from the call). */
export interface XlsxExportSettings extends Omit<XlsxOptions, 'zone' | 'now' | 'includeSensitive'> {
  /** Columns frozen on the left; 0 by default. */
  readonly freezeColumns?: number;
}

/** Which format an exporter writes, with its settings. */
export type SpreadsheetFormat =
  | { readonly format: 'csv'; readonly csv?: CsvExportSettings }
  | { readonly format: 'xlsx'; readonly xlsx?: XlsxExportSettings };

/** IANA media type of CSV (RFC 4180, RFC 7111), in UTF-8. */
export const CSV_MEDIA_TYPE = 'text/csv; charset=utf-8; header=present';
/** IANA media type of XLSX workbooks. */
export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Makes a file name from words: lower case, accents dropped, anything but `a-z`, `0-9` and `-` turned into
 * `-`.
 *
 * @param parts - the words, e.g. `['liste-jury', 'certifié', '2022-2023']`.
 * @returns e.g. `liste-jury-certifie-2022-2023`.
 */
export function safeFileName(parts: readonly string[]): string {
  return parts
    .join('-')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '');
}

async function* once(bytes: Promise<Uint8Array>): AsyncGenerator<Uint8Array> {
  yield await bytes;
}

/**
 * The input with the personal data the caller passed in the options (`ExportOptions.donneesPersonnelles`), for
 * the tables whose input reads them (jury list, cohort overview); other inputs ignore the field.
 *
 * @param input - the input.
 * @param options - the export options.
 * @returns the input, with `donneesPersonnelles` when the options give them.
 */
function withDonnees<Input>(input: Input, options: ExportOptions | undefined): Input {
  const donnees = options?.donneesPersonnelles;
  if (donnees === undefined || typeof input !== 'object' || input === null) return input;
  return { ...input, donneesPersonnelles: donnees };
}

/**
 * Builds an exporter from a table binding and a format.
 *
 * @param binding - how the domain input becomes a table.
 * @param format - `csv` (body: a string) or `xlsx` (body: a one-chunk async iterable of bytes, rendered when
 *   iterated; every value is checked before `export` returns).
 * @returns the exporter.
 * @example
 * const exporter = createTableExporter(juryListBinding, { format: 'xlsx' });
 * const body = exporter.export(input, { includeSensitive: ['numen'] });
 */
export function createTableExporter<Input, Row>(
  binding: TableBinding<Input, Row>,
  format: SpreadsheetFormat,
): Exporter<Input, ExportBody, ExportOptions> {
  if (format.format === 'csv') {
    return {
      format: 'csv',
      mediaType: CSV_MEDIA_TYPE,
      fileExtension: 'csv',
      fileName: (input) => `${binding.baseName(input)}.csv`,
      export: (input, options) =>
        binding.document(withDonnees(input, options)).andThen((doc) =>
          toCsv(doc.table, doc.rows, {
            ...format.csv,
            zone: doc.timeZone,
            ...(options?.includeSensitive === undefined
              ? {}
              : { includeSensitive: options.includeSensitive }),
          }),
        ),
    };
  }
  const { freezeColumns, ...xlsx } = format.xlsx ?? {};
  return {
    format: 'xlsx',
    mediaType: XLSX_MEDIA_TYPE,
    fileExtension: 'xlsx',
    fileName: (input) => `${binding.baseName(input)}.xlsx`,
    export: (input, options): Result<ExportBody, ValidationError> => {
      const doc = binding.document(withDonnees(input, options));
      if (doc.isErr()) return err(doc.error);
      const checked = checkWorkbook(
        [
          {
            table: doc.value.table,
            rows: doc.value.rows,
            ...(freezeColumns === undefined ? {} : { freezeColumns }),
            ...(doc.value.printHeader === undefined ? {} : { printHeader: doc.value.printHeader }),
          },
        ],
        {
          ...xlsx,
          zone: doc.value.timeZone,
          now: doc.value.at,
          ...(options?.includeSensitive === undefined ? {} : { includeSensitive: options.includeSensitive }),
        },
      );
      if (checked.isErr()) return err(checked.error);
      const workbook = checked.value;
      // Rendering starts only when the consumer iterates the body.
      return ok({ [Symbol.asyncIterator]: () => once(renderWorkbook(workbook)) });
    },
  };
}
