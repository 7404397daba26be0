/**
 * The drawing surface `PdfLayout.doc` exposes, declared here so that the published types do not need
 * `@types/pdfkit` (a consumer compiling with `skipLibCheck: false` does not have it).
 *
 * @packageDocumentation
 */

/** Options of {@link PdfDocumentLike.text}: the subset of pdfkit's text options a drawing needs. */
export interface PdfTextOptions {
  /** Width of the text box, in points: the text wraps inside it. */
  readonly width?: number;
  /** Height of the text box, in points: text beyond it is clipped. */
  readonly height?: number;
  /** Horizontal alignment in the box. */
  readonly align?: 'left' | 'center' | 'right' | 'justify';
  /** `false` draws one line, without wrapping. */
  readonly lineBreak?: boolean;
  /** Extra space between lines, in points. */
  readonly lineGap?: number;
  /** Underlines the text. */
  readonly underline?: boolean;
}

/**
 * The underlying pdfkit document as `PdfLayout.doc` types it: the members for drawing what the
 * layout layer does not offer (text at a position, lines, rectangles, colours, faces). Every drawing
 * method returns the document, so calls chain as in pdfkit.
 *
 * @remarks At run time the value is pdfkit's `PDFDocument`: a caller who has `@types/pdfkit` may cast it
 * to `PDFKit.PDFDocument` for the rest of pdfkit's API.
 */
export interface PdfDocumentLike {
  /** The horizontal position of pdfkit's own text cursor, in points. */
  x: number;
  /** The vertical position of pdfkit's own text cursor (after the last `text`), in points. */
  y: number;
  /** Selects a registered face: `regular`, `bold`, `italic` or `boldItalic`. */
  font(name: string): this;
  /** Sets the font size, in points. */
  fontSize(size: number): this;
  /** Sets the fill colour (`#rrggbb` or a CSS name) of text and shapes. */
  fillColor(color: string): this;
  /** Sets the stroke colour of lines and outlines. */
  strokeColor(color: string): this;
  /** Sets the line width, in points. */
  lineWidth(width: number): this;
  /** Draws text at a position (or at pdfkit's cursor). */
  text(text: string, x?: number, y?: number, options?: PdfTextOptions): this;
  /** The width of a text in the current face and size, in points. */
  widthOfString(text: string): number;
  /** The height a text takes when wrapped in a width, in points. */
  heightOfString(text: string, options?: PdfTextOptions): number;
  /** Starts a path at a point. */
  moveTo(x: number, y: number): this;
  /** Adds a straight segment to the path. */
  lineTo(x: number, y: number): this;
  /** Adds a rectangle to the path. */
  rect(x: number, y: number, width: number, height: number): this;
  /** Strokes the path. */
  stroke(color?: string): this;
  /** Fills the path. */
  fill(color?: string): this;
}
