/**
 * Tables that break across pages without cutting a row: each row is measured before it is drawn
 * (pdfkit `heightOfString`), moves whole to the next page when it does not fit, and the header row
 * is repeated at the top of every page. A row taller than a whole page is the only one cut: by
 * lines, each continuation starting with « (suite) ».
 *
 * @packageDocumentation
 */
import type { FontStyle } from '../fonts.js';
import type { PdfLayout } from './pdf-layout.js';

/** Horizontal alignment of a cell's text. */
export type CellAlign = 'left' | 'center' | 'right';

/** A column of a table. */
export interface TableColumn {
  /** Text of the header cell (may be empty when the table has no header). */
  readonly header: string;
  /** Relative width: the weights of all columns share the body width. */
  readonly width: number;
  /** Alignment of the column's cells and header (default `left`). */
  readonly align?: CellAlign;
}

/** How one cell looks, when it differs from its column. */
export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly align?: CellAlign;
  /** Background colour (CSS hex). */
  readonly fill?: string;
  /** Text colour (CSS hex). */
  readonly color?: string;
}

/** A cell: its text, or its text with a style. */
export type TableCell = string | ({ readonly text: string } & CellStyle);

/** An ordinary row: one cell per column. */
export interface TableRow {
  readonly kind?: 'row';
  readonly cells: readonly TableCell[];
  /** Minimal height of the row in points (e.g. room to write by hand). */
  readonly minHeight?: number;
}

/** A band spanning all columns, e.g. the title of a block of the evaluation grid. */
export interface TableSection {
  readonly kind: 'section';
  /** The band's title, in bold. */
  readonly text: string;
  /** Text under the title, in the regular face and the small size (e.g. the block's indicators). */
  readonly detail?: string;
  readonly fill?: string;
}

/** One line of a table. */
export type TableItem = TableRow | TableSection;

/** What {@link PdfLayout.table} draws. */
export interface TableSpec {
  readonly columns: readonly TableColumn[];
  /** The rows, in order; any iterable, consumed once, so a long list can be produced lazily. */
  readonly rows: Iterable<TableItem>;
  /** Whether to draw (and repeat) the header row; default: when a column has a header text. */
  readonly header?: boolean;
  /** Background of the header row (default: the style's `headerFill`). */
  readonly headerFill?: string;
  /** Size of the cells' text (default: the style's `sizes.table`). */
  readonly fontSize?: number;
}

interface PreparedCell {
  readonly text: string;
  /** The text broken into the lines it occupies in the cell (wrapped once, drawn as is). */
  readonly lines: readonly string[];
  readonly font: FontStyle;
  readonly align: CellAlign;
  readonly fill: string | undefined;
  readonly color: string;
  readonly x: number;
  readonly width: number;
}

interface PreparedRow {
  readonly cells: readonly PreparedCell[];
  readonly height: number;
  /** Height of one line of the row's text. */
  readonly lineHeight: number;
  /** A section's detail text, drawn under its title (sections only). */
  readonly detail?: { readonly lines: readonly string[]; readonly offset: number; readonly size: number };
}

/** The marker that starts each continuation of a row cut across pages. */
export const SUITE = '(suite)';

function faceOf(style: CellStyle): FontStyle {
  if (style.bold === true) return style.italic === true ? 'boldItalic' : 'bold';
  return style.italic === true ? 'italic' : 'regular';
}

function columnEdges(layout: PdfLayout, columns: readonly TableColumn[]): { x: number; width: number }[] {
  const total = columns.reduce((sum, column) => sum + column.width, 0);
  let x = layout.left;
  return columns.map((column) => {
    const width = (layout.contentWidth * column.width) / total;
    const edge = { x, width };
    x += width;
    return edge;
  });
}

function prepare(
  layout: PdfLayout,
  cells: readonly {
    readonly cell: TableCell;
    readonly x: number;
    readonly width: number;
    readonly align: CellAlign;
  }[],
  size: number,
  minHeight: number,
  rowFill: string | undefined,
): PreparedRow {
  const padding = layout.style.cellPadding;
  let lineHeight = 0;
  let lineCount = 1;
  const prepared = cells.map(({ cell, x, width, align }): PreparedCell => {
    const style: CellStyle & { readonly text: string } = typeof cell === 'string' ? { text: cell } : cell;
    const font = faceOf(style);
    layout.font(font, size);
    const text = layout.typo(style.text);
    const lines = text === '' ? [] : layout.wrap(text, width - 2 * padding);
    lineHeight = Math.max(lineHeight, layout.lineHeight());
    lineCount = Math.max(lineCount, lines.length);
    return {
      text,
      lines,
      font,
      align: style.align ?? align,
      fill: style.fill ?? rowFill,
      color: style.color ?? layout.style.colors.text,
      x,
      width,
    };
  });
  return { cells: prepared, height: Math.max(minHeight, lineCount * lineHeight + 2 * padding), lineHeight };
}

function fillAndStroke(layout: PdfLayout, cells: readonly PreparedCell[], y: number, height: number): void {
  const { doc, style } = layout;
  for (const cell of cells) {
    if (cell.fill !== undefined) doc.rect(cell.x, y, cell.width, height).fill(cell.fill);
  }
  doc.lineWidth(style.ruleWidth).strokeColor(style.colors.rule);
  for (const cell of cells) doc.rect(cell.x, y, cell.width, height).stroke();
}

/** Draws lines already broken to fit, one per line height, aligned in the cell. */
function drawLines(
  layout: PdfLayout,
  lines: readonly string[],
  cell: Pick<PreparedCell, 'x' | 'width' | 'align'>,
  top: number,
  lineHeight: number,
): void {
  const { doc } = layout;
  const inner = cell.width - 2 * layout.style.cellPadding;
  let y = top;
  for (const line of lines) {
    if (line !== '') {
      let offset = 0;
      if (cell.align !== 'left') {
        const slack = inner - doc.widthOfString(line);
        offset = cell.align === 'center' ? slack / 2 : Math.max(0, slack);
      }
      const x = cell.x + layout.style.cellPadding + offset;
      doc.text(line, x, y, { lineBreak: false });
    }
    y += lineHeight;
  }
}

function drawRow(layout: PdfLayout, row: PreparedRow, size: number): void {
  const { doc, style } = layout;
  const padding = style.cellPadding;
  const y = layout.y;
  fillAndStroke(layout, row.cells, y, row.height);
  for (const cell of row.cells) {
    if (cell.lines.length === 0) continue;
    layout.font(cell.font, size);
    doc.fillColor(cell.color);
    drawLines(layout, cell.lines, cell, y + padding, row.lineHeight);
  }
  const [first] = row.cells;
  if (row.detail !== undefined && first !== undefined) {
    layout.font('regular', row.detail.size);
    doc.fillColor(style.colors.text);
    drawLines(
      layout,
      row.detail.lines,
      { ...first, align: 'left' },
      y + padding + row.detail.offset,
      layout.lineHeight(),
    );
  }
  doc.fillColor(style.colors.text);
  layout.y = y + row.height;
}

/** Cuts a row taller than a page into chunks of whole lines, one chunk per page. */
function drawSplitRow(layout: PdfLayout, row: PreparedRow, size: number, pageBreak: () => void): void {
  const { doc, style } = layout;
  const padding = style.cellPadding;
  const { lineHeight } = row;
  const remaining = (offset: number): number => Math.max(...row.cells.map((c) => c.lines.length - offset));
  let offset = 0;
  while (remaining(offset) > 0) {
    const continuation = offset > 0;
    const marker = continuation ? 1 : 0;
    const fitting = Math.floor((layout.bottom - layout.y - 2 * padding) / lineHeight) - marker;
    const atTop = layout.y <= layout.top + 40;
    if (fitting < Math.min(3, remaining(offset)) && !atTop) {
      pageBreak();
      continue;
    }
    const count = Math.max(1, Math.min(fitting, remaining(offset)));
    const height = (count + marker) * lineHeight + 2 * padding;
    const y = layout.y;
    fillAndStroke(layout, row.cells, y, height);
    for (const cell of row.cells) {
      if (continuation && offset < cell.lines.length) {
        layout.font('italic', size);
        doc.fillColor(style.colors.muted);
        drawLines(layout, [SUITE], { ...cell, align: 'left' }, y + padding, lineHeight);
      }
      layout.font(cell.font, size);
      doc.fillColor(cell.color);
      drawLines(
        layout,
        cell.lines.slice(offset, offset + count),
        cell,
        y + padding + marker * lineHeight,
        lineHeight,
      );
    }
    doc.fillColor(style.colors.text);
    layout.y = y + height;
    offset += count;
  }
}

/**
 * Draws a table at the layout's cursor; see {@link TableSpec}.
 *
 * @param layout - the document.
 * @param spec - columns and rows.
 */
export function drawTable(layout: PdfLayout, spec: TableSpec): void {
  const size = spec.fontSize ?? layout.style.sizes.table;
  const edges = columnEdges(layout, spec.columns);
  const full = { x: layout.left, width: layout.contentWidth };
  const showHeader = spec.header ?? spec.columns.some((column) => column.header !== '');
  const headerRow = showHeader
    ? prepare(
        layout,
        spec.columns.map((column, index) => ({
          cell: { text: column.header, bold: true },
          x: edges[index]?.x ?? full.x,
          width: edges[index]?.width ?? full.width,
          align: column.align ?? 'left',
        })),
        size,
        0,
        spec.headerFill ?? layout.style.colors.headerFill,
      )
    : undefined;
  const headerHeight = headerRow?.height ?? 0;
  const capacity = layout.bottom - layout.top - headerHeight;
  const drawHeader = (): void => {
    if (headerRow !== undefined) drawRow(layout, headerRow, size);
  };
  const pageBreak = (): void => {
    layout.newPage();
    drawHeader();
  };
  const prepareSection = (item: TableSection): PreparedRow => {
    const band = prepare(
      layout,
      [{ cell: { text: item.text, bold: true }, ...full, align: 'left' }],
      size,
      0,
      item.fill ?? layout.style.colors.sectionFill,
    );
    if (item.detail === undefined || item.detail === '') return band;
    const detailSize = layout.style.sizes.small;
    layout.font('regular', detailSize);
    const lines = layout.wrap(layout.typo(item.detail), full.width - 2 * layout.style.cellPadding);
    const detailHeight = lines.length * layout.lineHeight();
    const offset = band.height - 2 * layout.style.cellPadding + 1;
    return { ...band, height: band.height + detailHeight + 1, detail: { lines, offset, size: detailSize } };
  };
  const prepareItem = (item: TableItem): PreparedRow =>
    item.kind === 'section'
      ? prepareSection(item)
      : prepare(
          layout,
          spec.columns.map((column, index) => ({
            cell: item.cells[index] ?? '',
            x: edges[index]?.x ?? full.x,
            width: edges[index]?.width ?? full.width,
            align: column.align ?? 'left',
          })),
          size,
          item.minHeight ?? 0,
          undefined,
        );

  const iterator = spec.rows[Symbol.iterator]();
  let peeked = iterator.next();
  let nextPrepared = peeked.done === true ? undefined : prepareItem(peeked.value);
  let started = false;
  while (peeked.done !== true && nextPrepared !== undefined) {
    const item = peeked.value;
    const row = nextPrepared;
    peeked = iterator.next();
    nextPrepared = peeked.done === true ? undefined : prepareItem(peeked.value);
    // A section band stays with the first row under it.
    let needed = row.height;
    if (item.kind === 'section' && nextPrepared !== undefined && nextPrepared.height <= capacity) {
      needed += nextPrepared.height;
    }
    if (!started) {
      started = true;
      if (layout.y + headerHeight + Math.min(needed, capacity) > layout.bottom && layout.y > layout.top) {
        layout.newPage();
      }
      drawHeader();
    } else if (layout.y + needed > layout.bottom && row.height <= capacity) {
      pageBreak();
    }
    if (row.height > capacity || layout.y + row.height > layout.bottom) {
      // A section cut across pages keeps its detail as more lines of the band.
      const cut =
        row.detail !== undefined
          ? {
              ...row,
              cells: row.cells.map((c) => ({ ...c, lines: [...c.lines, ...(row.detail?.lines ?? [])] })),
            }
          : row;
      drawSplitRow(layout, cut, size, pageBreak);
    } else {
      drawRow(layout, row, size);
    }
  }
  if (!started) {
    layout.ensureSpace(headerHeight);
    drawHeader();
  }
  layout.y += 6;
}
