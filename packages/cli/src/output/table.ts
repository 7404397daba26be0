/**
 * Aligned tables for people: a header, a rule, one line per row; numbers aligned right.
 *
 * @packageDocumentation
 */
import { displayWidth, type Style } from './style.js';

/** A column of a table. */
export interface Column<R> {
  /** Header text. */
  readonly header: string;
  /** The cell's text for a row (plain: styles come from `style`). */
  readonly value: (row: R) => string;
  /** Alignment; `right` for numbers. Default `left`. */
  readonly align?: 'left' | 'right';
  /** Longest cell, in columns; longer text is cut with « … ». */
  readonly maxWidth?: number;
  /** Styles a cell's (padded) text, e.g. red for an overdue status. */
  readonly style?: (row: R, text: string, s: Style) => string;
}

function cut(text: string, max: number | undefined): string {
  if (max === undefined || displayWidth(text) <= max) return text;
  const chars = [...text];
  return `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}

function pad(text: string, width: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'right' ? fill + text : text + fill;
}

/**
 * Renders rows as an aligned table.
 *
 * @param columns - the columns.
 * @param rows - the rows.
 * @param s - the styler (header in bold, rule dimmed).
 * @returns the lines, without trailing spaces; just the header and rule when there is no row.
 * @example
 * ```ts
 * renderTable([{ header: 'Dossier', value: (r) => r.id }], [{ id: 'D-1' }], createStyle(false));
 * // ['Dossier', '───────', 'D-1']
 * ```
 */
export function renderTable<R>(columns: readonly Column<R>[], rows: readonly R[], s: Style): string[] {
  const cells = rows.map((row) => columns.map((c) => cut(c.value(row), c.maxWidth)));
  const widths = columns.map((c, i) =>
    Math.max(displayWidth(c.header), ...cells.map((line) => displayWidth(line[i] ?? ''))),
  );
  const join = (parts: string[]) => parts.join('  ').replace(/\s+$/, '');
  const header = join(columns.map((c, i) => s('bold', pad(c.header, widths[i] ?? 0, c.align ?? 'left'))));
  const rule = s('dim', widths.map((w) => '─'.repeat(w)).join('  '));
  const body = rows.map((row, r) =>
    join(
      columns.map((c, i) => {
        const text = pad(cells[r]?.[i] ?? '', widths[i] ?? 0, c.align ?? 'left');
        return c.style ? c.style(row, text, s) : text;
      }),
    ),
  );
  return [header, rule, ...body];
}
