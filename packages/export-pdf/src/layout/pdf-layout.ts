/**
 * The layout layer, independent of the domain: an A4 document with a header (académie, title) and
 * a footer (« page N / M ») on every page, headings, wrapping paragraphs, tables that never cut a
 * row, boxes for free text, signature boxes. Documents are built top to bottom with a cursor.
 *
 * @packageDocumentation
 */
import type { Readable } from 'node:stream';
import PDFDocument from 'pdfkit';
import type { FontStyle, PdfFont, PdfFonts } from '../fonts.js';
import {
  documentShapes,
  mergeShapes,
  type SharedShapes,
  sharedShapesOf,
  sharedWidth,
} from './layout-cache.js';
import type { PdfDocumentLike } from './pdf-document.js';
import { defaultPdfStyle, type PdfStyle } from './style.js';
import { drawTable, type TableSpec } from './table.js';
import { applyTypographieFrancaise } from './typographie.js';
import { wrapLines } from './wrap.js';

/** What the header of every page shows. */
export interface PageHeader {
  /** The académie, e.g. « Académie de La Réunion ». */
  readonly academie: string;
  /** A second line under the académie (a service, e.g. « École académique de la formation continue »). */
  readonly service?: string;
  /** The document's title, on the right. */
  readonly titre: string;
  /** A line under the title, e.g. « Année scolaire 2022-2023 ». */
  readonly sousTitre?: string;
}

/** What the footer of every page shows, beside « page N / M ». */
export interface PageFooter {
  /** On the left: what the page belongs to (stagiaire, document), so a loose page stays identifiable. */
  readonly left?: string;
  /** In the middle, e.g. « Édité le 30/11/2022 ». */
  readonly center?: string;
}

/** The PDF's document information. */
export interface PdfMetadata {
  readonly title: string;
  readonly subject?: string;
  readonly author?: string;
  readonly keywords?: string;
  /** Written as the PDF creation date; also seeds the file identifier, so equal inputs give equal bytes. */
  readonly creationDate: Date;
}

/** Options of {@link createPdfLayout}. */
export interface PdfLayoutOptions {
  readonly fonts: PdfFonts;
  readonly header: PageHeader;
  readonly footer?: PageFooter;
  readonly metadata: PdfMetadata;
  readonly style?: PdfStyle;
  /** Deflate the page contents (default `true`). */
  readonly compress?: boolean;
  /**
   * Apply French typography to every text drawn (typographic apostrophes, no-break spaces around
   * « : ; ! ? » and guillemets; see `applyTypographieFrancaise`). Default `true`.
   */
  readonly typographie?: boolean;
}

/** Text options of {@link PdfLayout.paragraph}. */
export interface ParagraphOptions {
  readonly font?: FontStyle;
  readonly size?: number;
  readonly color?: string;
  readonly align?: 'left' | 'center' | 'right' | 'justify';
  /** Space after the paragraph, in points (default: half a line). */
  readonly spaceAfter?: number;
}

/** One signature box: who signs, with the name printed when known. */
export interface SignatureBox {
  /** The signatory's quality, e.g. « Le chef d'établissement ». */
  readonly role: string;
  /** The signatory's name, printed under the role; left blank for handwriting when absent. */
  readonly nom?: string;
}

/** One choice of a check-box line (e.g. avis favorable / défavorable). */
export interface CheckboxChoice {
  readonly label: string;
  readonly checked: boolean;
}

const faces: readonly FontStyle[] = ['regular', 'bold', 'italic', 'boldItalic'];

/**
 * pdfkit ≥ 0.17 accepts a parsed fontkit font wherever it accepts a font file (it checks for a
 * `layout` method); its type definitions still list only paths and bytes.
 */
function fontSource(font: PdfFont): string {
  return font as unknown as string;
}

/**
 * A document under construction. Content is appended top to bottom at the cursor `y`; every block
 * decides by itself whether it fits on the current page or starts a new one.
 *
 * @remarks The pages are buffered (pdfkit `bufferPages`) until {@link PdfLayout.end}, which stamps
 * the header and « page N / M » on every page and only then releases the bytes. Only one
 * document's pages are ever held; a cohort is rendered one document after another.
 */
export class PdfLayout {
  /** The pdfkit document the layout draws on. */
  private readonly pdf: PDFKit.PDFDocument;
  /** The style in force. */
  readonly style: PdfStyle;
  private readonly fonts: PdfFonts;
  private readonly header: PageHeader;
  private readonly footer: PageFooter;
  private readonly typographie: boolean;
  private readonly shapes: [SharedShapes, Record<string, unknown>][] = [];
  private readonly sharedShapes: Readonly<Record<FontStyle, SharedShapes>> | undefined;
  private face: FontStyle = 'regular';
  private size = 12;
  private cursor: number;
  private ended = false;

  constructor(options: PdfLayoutOptions) {
    this.style = options.style ?? defaultPdfStyle;
    this.fonts = options.fonts;
    this.header = options.header;
    this.footer = options.footer ?? {};
    this.typographie = options.typographie ?? true;
    const { page, margins } = this.style;
    const info: PDFKit.DocumentInfo = {
      Title: options.metadata.title,
      Creator: 'Tremplin (@tremplin/export-pdf)',
      Producer: 'Tremplin (@tremplin/export-pdf) — pdfkit',
      CreationDate: options.metadata.creationDate,
    };
    if (options.metadata.subject !== undefined) info.Subject = options.metadata.subject;
    if (options.metadata.author !== undefined) info.Author = options.metadata.author;
    if (options.metadata.keywords !== undefined) info.Keywords = options.metadata.keywords;
    this.pdf = new PDFDocument({
      size: [page.width, page.height],
      margins: { ...margins },
      bufferPages: true,
      // No default font: pdfkit would otherwise parse its Helvetica metrics for every document, and
      // a default font given here would make every later switch to the same face under a registered
      // name build a new font object (pdfkit 0.20 caches such a face under its PostScript name only).
      font: null as unknown as string,
      lang: 'fr-FR',
      displayTitle: true,
      pdfVersion: '1.7',
      compress: options.compress ?? true,
      info,
    });
    const shared = sharedShapesOf(this.fonts);
    this.sharedShapes = shared;
    for (const style of faces) {
      this.pdf.registerFont(style, fontSource(this.fonts[style]));
      const embedded = this.pdf.font(style) as unknown as { _font?: { layoutCache?: unknown } };
      // pdfkit's per-document word cache, seeded with the shapes of earlier documents.
      if (
        shared !== undefined &&
        embedded._font !== undefined &&
        typeof embedded._font.layoutCache === 'object'
      ) {
        const local = documentShapes(shared[style]);
        embedded._font.layoutCache = local;
        this.shapes.push([shared[style], local]);
      }
    }
    this.font('regular', this.style.sizes.body);
    this.pdf.fillColor(this.style.colors.text).lineWidth(this.style.ruleWidth);
    this.cursor = margins.top;
  }

  /**
   * The text as it will be printed: with French typography unless the layout was created without.
   *
   * @param text - any text.
   * @returns the printed form.
   */
  typo(text: string): string {
    return this.typographie ? applyTypographieFrancaise(text) : text;
  }

  /**
   * The underlying pdfkit document: an escape hatch for drawing what the layer does not offer.
   *
   * @remarks Typed by {@link PdfDocumentLike} so that the published types do not need `@types/pdfkit`.
   */
  get doc(): PdfDocumentLike {
    return this.pdf;
  }

  /** The cursor: where the next block starts, in points from the top of the page. */
  get y(): number {
    return this.cursor;
  }

  /** Moves the cursor (e.g. after drawing with {@link PdfLayout.doc} directly). */
  set y(value: number) {
    this.cursor = value;
  }

  /** Left edge of the body. */
  get left(): number {
    return this.style.margins.left;
  }

  /** Width of the body. */
  get contentWidth(): number {
    return this.style.page.width - this.style.margins.left - this.style.margins.right;
  }

  /** Top of the body on every page. */
  get top(): number {
    return this.style.margins.top;
  }

  /** Lowest point the body may reach. */
  get bottom(): number {
    return this.style.page.height - this.style.margins.bottom;
  }

  /** Number of pages so far. */
  get pageCount(): number {
    return this.pdf.bufferedPageRange().count;
  }

  /**
   * Selects a face and a size for what follows.
   *
   * @param style - the face.
   * @param size - the size in points.
   * @returns this layout, for chaining.
   */
  font(style: FontStyle, size: number): this {
    this.pdf.font(style).fontSize(size);
    this.face = style;
    this.size = size;
    return this;
  }

  /** Height of one line of text in the current face and size, with the style's line gap. */
  lineHeight(): number {
    return this.pdf.currentLineHeight(true) + this.style.lineGap;
  }

  /**
   * Measures a text wrapped to a width in the current face and size.
   *
   * @param text - the text.
   * @param width - the width it wraps to.
   * @returns its height in points (at least one line).
   */
  measure(text: string, width: number): number {
    const height = this.pdf.heightOfString(text === '' ? ' ' : text, { width, lineGap: this.style.lineGap });
    return Math.max(height, this.lineHeight());
  }

  /**
   * Breaks a text into the lines it occupies at a width, in the current face and size (see
   * {@link wrapLines}: at spaces, never at a no-break space).
   *
   * @param text - the text.
   * @param width - the available width.
   * @returns the lines.
   */
  wrap(text: string, width: number): string[] {
    const shared = this.sharedShapes?.[this.face];
    if (shared === undefined) return wrapLines(text, width, (s) => this.pdf.widthOfString(s));
    const { pdf, size } = this;
    const atSize1 = (word: string): number => pdf.widthOfString(word) / size;
    return wrapLines(text, width, (s) => sharedWidth(shared, s, size, atSize1));
  }

  /** Starts a new page and puts the cursor at the top of its body. */
  newPage(): void {
    this.pdf.addPage();
    this.cursor = this.top;
  }

  /**
   * Starts a new page unless `height` points still fit below the cursor.
   *
   * @param height - the height of what must stay together.
   * @returns `true` when a page was added.
   */
  ensureSpace(height: number): boolean {
    if (this.cursor + height <= this.bottom || this.cursor === this.top) return false;
    this.newPage();
    return true;
  }

  /**
   * Adds vertical space.
   *
   * @param height - the space in points; at the top of a page it is dropped.
   */
  space(height: number): void {
    if (this.cursor === this.top) return;
    this.cursor = Math.min(this.cursor + height, this.bottom);
  }

  /**
   * The title block of a document: a large title and an optional line under it, centred.
   *
   * @param rawText - the title (French typography is applied).
   * @param rawSubtitle - a line under it.
   */
  title(rawText: string, rawSubtitle?: string): void {
    const { sizes, colors } = this.style;
    const text = this.typo(rawText);
    const subtitle = rawSubtitle !== undefined ? this.typo(rawSubtitle) : undefined;
    this.font('bold', sizes.title);
    const height = this.measure(text, this.contentWidth);
    this.ensureSpace(height + 40);
    this.pdf
      .fillColor(colors.accent)
      .text(text, this.left, this.cursor, { width: this.contentWidth, align: 'center' });
    this.cursor += height + 2;
    if (subtitle !== undefined) {
      this.font('regular', sizes.body);
      const subHeight = this.measure(subtitle, this.contentWidth);
      this.pdf.fillColor(colors.muted).text(subtitle, this.left, this.cursor, {
        width: this.contentWidth,
        align: 'center',
        lineGap: this.style.lineGap,
      });
      this.cursor += subHeight;
    }
    this.pdf.fillColor(colors.text);
    this.cursor += 8;
  }

  /**
   * A section heading, kept on the same page as at least `keepWithNext` points of what follows.
   *
   * @param rawText - the heading (French typography is applied), e.g. « 2. Positionnement sur la grille d'évaluation ».
   * @param level - 1 for a section (accent colour, rule under it), 2 for a sub-section.
   * @param keepWithNext - the height that must fit under the heading (default 60 points).
   */
  heading(rawText: string, level: 1 | 2 = 1, keepWithNext = 60): void {
    const { sizes, colors } = this.style;
    const text = this.typo(rawText);
    this.font('bold', level === 1 ? sizes.heading : sizes.subheading);
    const height = this.measure(text, this.contentWidth);
    this.space(level === 1 ? 8 : 5);
    this.ensureSpace(height + 4 + keepWithNext);
    this.pdf
      .fillColor(level === 1 ? colors.accent : colors.text)
      .text(text, this.left, this.cursor, { width: this.contentWidth, lineGap: this.style.lineGap });
    this.cursor += height;
    if (level === 1) {
      this.pdf
        .moveTo(this.left, this.cursor)
        .lineTo(this.left + this.contentWidth, this.cursor)
        .lineWidth(0.8)
        .strokeColor(colors.accent)
        .stroke()
        .lineWidth(this.style.ruleWidth);
      this.cursor += 5;
    } else {
      this.cursor += 2;
    }
    this.pdf.fillColor(colors.text);
  }

  /**
   * A paragraph that wraps to the body width and flows onto the next pages when long.
   *
   * @param rawText - the text (French typography is applied); `\n` starts a new line.
   * @param options - face, size, colour, alignment, space after.
   */
  paragraph(rawText: string, options: ParagraphOptions = {}): void {
    const { sizes, colors } = this.style;
    const text = this.typo(rawText);
    this.font(options.font ?? 'regular', options.size ?? sizes.body);
    const lineHeight = this.lineHeight();
    this.ensureSpace(Math.min(this.measure(text, this.contentWidth), lineHeight * 2));
    this.pdf.fillColor(options.color ?? colors.text);
    // pdfkit flows a paragraph onto new pages by itself; the cursor follows its own.
    this.pdf.text(text, this.left, this.cursor, {
      width: this.contentWidth,
      align: options.align ?? 'left',
      lineGap: this.style.lineGap,
    });
    this.pdf.fillColor(colors.text);
    this.cursor = this.pdf.y + (options.spaceAfter ?? lineHeight / 2);
  }

  /**
   * A table; see {@link TableSpec}. Rows are never cut across pages and the header row is repeated
   * on each page; a row taller than a whole page is cut by lines, each continuation marked « (suite) ».
   *
   * @param spec - columns and rows (any iterable: rows can be produced lazily).
   */
  table(spec: TableSpec): void {
    drawTable(this, spec);
  }

  /**
   * A labelled box for free text (an appréciation): the label on a tinted band, the text under it,
   * at least `minHeight` points high so that it can be filled by hand when the text is empty.
   *
   * @param label - the box's title.
   * @param text - its content; empty for a box to fill by hand.
   * @param minHeight - minimal height of the text area (default 60 points).
   */
  textBox(label: string, text: string, minHeight = 60): void {
    this.table({
      columns: [{ header: label, width: 1, align: 'left' }],
      rows: [{ cells: [text], minHeight }],
      headerFill: this.style.colors.labelFill,
    });
  }

  /**
   * A line of check boxes, e.g. « Avis : ☐ favorable ☒ défavorable ».
   *
   * @param rawLabel - what is chosen (French typography is applied).
   * @param choices - the choices, checked or not.
   */
  checkboxes(rawLabel: string, choices: readonly CheckboxChoice[]): void {
    const { sizes } = this.style;
    const label = this.typo(rawLabel);
    this.font('bold', sizes.body);
    const lineHeight = this.lineHeight();
    this.ensureSpace(lineHeight + 6);
    let x = this.left;
    this.pdf.text(label, x, this.cursor, { lineBreak: false });
    x += this.pdf.widthOfString(label) + 12;
    this.font('regular', sizes.body);
    for (const choice of choices) {
      const mark = choice.checked ? '☒' : '☐';
      const text = `${mark}\u00a0${this.typo(choice.label)}`;
      this.pdf.text(text, x, this.cursor, { lineBreak: false });
      x += this.pdf.widthOfString(text) + 18;
    }
    this.cursor += lineHeight + 6;
  }

  /**
   * Signature boxes side by side (three per row at most), each with the signatory's quality and
   * name, a « Date : » line and a « Signature : » area. A row of boxes is never cut across pages.
   *
   * @param boxes - one per signatory.
   * @param height - height of a box (default 80 points).
   */
  signatures(boxes: readonly SignatureBox[], height = 80): void {
    const { sizes, colors, cellPadding } = this.style;
    const perRow = Math.min(3, Math.max(1, boxes.length));
    const gap = 10;
    const width = (this.contentWidth - gap * (perRow - 1)) / perRow;
    for (let start = 0; start < boxes.length; start += perRow) {
      this.ensureSpace(height + 6);
      const row = boxes.slice(start, start + perRow);
      row.forEach((box, index) => {
        const x = this.left + index * (width + gap);
        const inner = width - 2 * cellPadding;
        this.pdf.rect(x, this.cursor, width, height).strokeColor(colors.rule).stroke();
        let lineY = this.cursor + cellPadding;
        this.font('bold', sizes.table);
        const lineHeight = this.lineHeight();
        this.pdf.fillColor(colors.text);
        for (const line of this.wrap(this.typo(box.role), inner).slice(0, 2)) {
          this.line(line, x + cellPadding, lineY, inner, 'left');
          lineY += lineHeight;
        }
        this.font('regular', sizes.table);
        if (box.nom !== undefined && box.nom !== '') {
          this.line(this.typo(box.nom), x + cellPadding, lineY, inner, 'left');
          lineY += lineHeight;
        }
        lineY += 3;
        this.pdf.fillColor(colors.muted);
        this.line('Date\u00a0:', x + cellPadding, lineY, inner, 'left');
        this.line('Signature\u00a0:', x + cellPadding, lineY + lineHeight + 4, inner, 'left');
        this.pdf.fillColor(colors.text);
      });
      this.cursor += height + 6;
    }
  }

  /**
   * Draws one line of text in the current face and size, cut with « … » when wider than `width`,
   * aligned in that width; never wraps, never starts a page.
   *
   * @param text - the text (already in its printed form).
   * @param x - left edge of the area.
   * @param y - top of the line.
   * @param width - width of the area.
   * @param align - alignment in the area.
   */
  line(text: string, x: number, y: number, width: number, align: 'left' | 'center' | 'right'): void {
    let shown = text;
    let shownWidth = this.pdf.widthOfString(shown);
    if (shownWidth > width) {
      const chars = [...text];
      while (chars.length > 0 && this.pdf.widthOfString(`${chars.join('')}…`) > width) chars.pop();
      shown = `${chars.join('').trimEnd()}…`;
      shownWidth = this.pdf.widthOfString(shown);
    }
    const offset = align === 'left' ? 0 : align === 'center' ? (width - shownWidth) / 2 : width - shownWidth;
    this.pdf.text(shown, x + Math.max(0, offset), y, { lineBreak: false });
  }

  /**
   * Finishes the document: stamps the header and the footer (« page N / M ») on every page, then
   * releases the bytes.
   *
   * @returns the PDF as a Node `Readable` stream; read it (or pipe it) to get the bytes.
   */
  end(): Readable {
    if (!this.ended) {
      this.ended = true;
      this.stampPages();
      this.pdf.end();
      for (const [shared, local] of this.shapes) mergeShapes(shared, local);
    }
    return this.pdf;
  }

  private stampPages(): void {
    const { page, margins, sizes, colors } = this.style;
    const range = this.pdf.bufferedPageRange();
    const total = range.count;
    const width = this.contentWidth;
    const left = this.left;
    const leftWidth = width * 0.52;
    const rightX = left + leftWidth + 8;
    const rightWidth = width - leftWidth - 8;
    const headerTop = 26;
    const header = {
      academie: this.typo(this.header.academie),
      titre: this.typo(this.header.titre),
      service: this.header.service !== undefined ? this.typo(this.header.service) : undefined,
      sousTitre: this.header.sousTitre !== undefined ? this.typo(this.header.sousTitre) : undefined,
      footerLeft: this.footer.left !== undefined ? this.typo(this.footer.left) : undefined,
      footerCenter: this.footer.center !== undefined ? this.typo(this.footer.center) : undefined,
    };
    for (let index = range.start; index < range.start + total; index++) {
      this.pdf.switchToPage(index);
      this.font('bold', sizes.body);
      const lh = this.lineHeight();
      this.pdf.fillColor(colors.accent);
      this.line(header.academie, left, headerTop, leftWidth, 'left');
      this.pdf.fillColor(colors.text);
      this.line(header.titre, rightX, headerTop, rightWidth, 'right');
      this.font('regular', sizes.small);
      this.pdf.fillColor(colors.muted);
      if (header.service !== undefined)
        this.line(header.service, left, headerTop + lh + 1, leftWidth, 'left');
      if (header.sousTitre !== undefined)
        this.line(header.sousTitre, rightX, headerTop + lh + 1, rightWidth, 'right');
      const ruleY = margins.top - 14;
      const footerRule = page.height - margins.bottom + 14;
      this.pdf
        .lineWidth(0.5)
        .strokeColor(colors.rule)
        .moveTo(left, ruleY)
        .lineTo(left + width, ruleY)
        .stroke()
        .moveTo(left, footerRule)
        .lineTo(left + width, footerRule)
        .stroke()
        .lineWidth(this.style.ruleWidth);
      const footerY = footerRule + 5;
      // Footer: what the page belongs to (half the width), the edition date, « page N / M ».
      if (header.footerLeft !== undefined) this.line(header.footerLeft, left, footerY, width * 0.5, 'left');
      if (header.footerCenter !== undefined)
        this.line(header.footerCenter, left + width * 0.52, footerY, width * 0.3, 'center');
      this.line(
        `page ${index - range.start + 1} / ${total}`,
        left + width * 0.84,
        footerY,
        width * 0.16,
        'right',
      );
      this.pdf.fillColor(colors.text);
    }
  }
}

/**
 * Starts a document.
 *
 * @param options - fonts, header, footer, metadata, style.
 * @returns the layout to fill; call `end()` to get the PDF stream.
 * @example
 * ```ts
 * const layout = createPdfLayout({
 *   fonts: defaultPdfFonts(),
 *   header: { academie: 'Académie de La Réunion', titre: 'Liste du jury' },
 *   metadata: { title: 'Liste du jury', creationDate: new Date('2023-06-01T08:00:00+04:00') },
 * });
 * layout.heading('1. Stagiaires');
 * layout.paragraph('Texte…');
 * layout.end().pipe(createWriteStream('jury.pdf'));
 * ```
 */
export function createPdfLayout(options: PdfLayoutOptions): PdfLayout {
  return new PdfLayout(options);
}
