/**
 * Typed column definitions: what a spreadsheet shows of each row, and as which kind of cell.
 *
 * @packageDocumentation
 */

/** The kinds of cell a column holds; each is written as a real typed cell in XLSX. */
export type ColumnKind = 'text' | 'number' | 'date' | 'datetime' | 'boolean';

interface ColumnBase {
  /** Stable machine name of the column (unique in its table), e.g. `nom`. */
  readonly key: string;
  /** Header shown in the first row, in French, e.g. `Nom d'usage`. */
  readonly header: string;
  /** Width in characters in XLSX; computed from the content when absent. */
  readonly width?: number;
  /**
   * When set, the column shows a personal identifier the core marks sensitive (`numen`, `dateNaissance`,
   * `courriel`): it is left out unless the caller names this value in `includeSensitive`.
   */
  readonly sensitive?: string;
}

/** A column of free text. */
export interface TextColumn<Row> extends ColumnBase {
  readonly kind: 'text';
  readonly value: (row: Row) => string | null | undefined;
}

/** A column of numbers. */
export interface NumberColumn<Row> extends ColumnBase {
  readonly kind: 'number';
  readonly value: (row: Row) => number | null | undefined;
  /** Decimals shown (XLSX number format, CSV rounding); 0 for integers. Unrounded when absent. */
  readonly decimals?: number;
}

/** A column of calendar dates, given as `YYYY-MM-DD` (a day, without zone). */
export interface DateColumn<Row> extends ColumnBase {
  readonly kind: 'date';
  readonly value: (row: Row) => string | null | undefined;
}

/**
 * A column of instants, given as ISO 8601 with offset (`2022-11-30T23:59:59+04:00`) or epoch milliseconds,
 * shown as the wall-clock time of the académie's zone.
 */
export interface DateTimeColumn<Row> extends ColumnBase {
  readonly kind: 'datetime';
  readonly value: (row: Row) => string | number | null | undefined;
}

/** A column of yes/no values. */
export interface BooleanColumn<Row> extends ColumnBase {
  readonly kind: 'boolean';
  readonly value: (row: Row) => boolean | null | undefined;
}

/** One column of a table. */
export type Column<Row> =
  | TextColumn<Row>
  | NumberColumn<Row>
  | DateColumn<Row>
  | DateTimeColumn<Row>
  | BooleanColumn<Row>;

/** A table: a sheet name and its columns. */
export interface TableSpec<Row> {
  /** Sheet name in XLSX (at most 31 characters, none of `[ ] : * ? / \`). */
  readonly name: string;
  readonly columns: readonly Column<Row>[];
}

/** Options common to every column constructor. */
export interface ColumnOptions {
  readonly width?: number;
  readonly sensitive?: string;
}

function base(key: string, header: string, options: ColumnOptions): ColumnBase {
  return {
    key,
    header,
    ...(options.width === undefined ? {} : { width: options.width }),
    ...(options.sensitive === undefined ? {} : { sensitive: options.sensitive }),
  };
}

/**
 * Constructors of typed columns.
 *
 * @example
 * const table: TableSpec<{ nom: string; bilan: string | null }> = {
 *   name: 'Stagiaires',
 *   columns: [column.text('nom', 'Nom', (r) => r.nom), column.date('bilan', 'Bilan dû le', (r) => r.bilan)],
 * };
 */
export const column = {
  /**
   * A text column.
   *
   * @param key - machine name.
   * @param header - header shown.
   * @param value - the cell's text for a row (`null`/`undefined` for an empty cell).
   * @param options - width and sensitive marker.
   * @returns the column.
   */
  text<Row>(
    key: string,
    header: string,
    value: (row: Row) => string | null | undefined,
    options: ColumnOptions = {},
  ): TextColumn<Row> {
    return { ...base(key, header, options), kind: 'text', value };
  },
  /**
   * A number column.
   *
   * @param key - machine name.
   * @param header - header shown.
   * @param value - the cell's number for a row.
   * @param options - width, sensitive marker and decimals shown.
   * @returns the column.
   */
  number<Row>(
    key: string,
    header: string,
    value: (row: Row) => number | null | undefined,
    options: ColumnOptions & { readonly decimals?: number } = {},
  ): NumberColumn<Row> {
    return {
      ...base(key, header, options),
      kind: 'number',
      value,
      ...(options.decimals === undefined ? {} : { decimals: options.decimals }),
    };
  },
  /**
   * A date column (`YYYY-MM-DD` values).
   *
   * @param key - machine name.
   * @param header - header shown.
   * @param value - the cell's date for a row.
   * @param options - width and sensitive marker.
   * @returns the column.
   */
  date<Row>(
    key: string,
    header: string,
    value: (row: Row) => string | null | undefined,
    options: ColumnOptions = {},
  ): DateColumn<Row> {
    return { ...base(key, header, options), kind: 'date', value };
  },
  /**
   * A date-time column (instants shown in the académie's zone).
   *
   * @param key - machine name.
   * @param header - header shown.
   * @param value - the cell's instant for a row (ISO 8601 with offset, or epoch milliseconds).
   * @param options - width and sensitive marker.
   * @returns the column.
   */
  dateTime<Row>(
    key: string,
    header: string,
    value: (row: Row) => string | number | null | undefined,
    options: ColumnOptions = {},
  ): DateTimeColumn<Row> {
    return { ...base(key, header, options), kind: 'datetime', value };
  },
  /**
   * A yes/no column.
   *
   * @param key - machine name.
   * @param header - header shown.
   * @param value - the cell's boolean for a row.
   * @param options - width and sensitive marker.
   * @returns the column.
   */
  boolean<Row>(
    key: string,
    header: string,
    value: (row: Row) => boolean | null | undefined,
    options: ColumnOptions = {},
  ): BooleanColumn<Row> {
    return { ...base(key, header, options), kind: 'boolean', value };
  },
} as const;

/**
 * The columns a caller may see: every column, minus the sensitive ones he did not name.
 *
 * @param columns - the table's columns.
 * @param includeSensitive - the sensitive fields the caller asks for by name (e.g. `['numen']`).
 * @returns the visible columns, in their order.
 * @remarks RGPD (règlement (UE) 2016/679) art. 5 § 1 c, minimisation: personal identifiers leave the library
 * only when asked for.
 */
export function visibleColumns<Row>(
  columns: readonly Column<Row>[],
  includeSensitive: readonly string[] = [],
): Column<Row>[] {
  return columns.filter((c) => c.sensitive === undefined || includeSensitive.includes(c.sensitive));
}
