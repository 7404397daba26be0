/**
 * The look of every document: A4 portrait, margins, type sizes and colours of an administrative
 * form (black text, grey rules, one dark blue accent for titles).
 *
 * @packageDocumentation
 */

/** Sizes, in PDF points (1/72 inch), of the text styles. */
export interface FontSizes {
  /** Running text and field values. */
  readonly body: number;
  /** Table cells. */
  readonly table: number;
  /** Header, footer, notes. */
  readonly small: number;
  /** The document title on the first page. */
  readonly title: number;
  /** Section headings (« 1. Identité du stagiaire »). */
  readonly heading: number;
  /** Sub-headings. */
  readonly subheading: number;
}

/** Colours as CSS hex strings. */
export interface Colors {
  readonly text: string;
  readonly muted: string;
  readonly accent: string;
  readonly rule: string;
  readonly headerFill: string;
  readonly sectionFill: string;
  readonly labelFill: string;
}

/** The full style of a document. */
export interface PdfStyle {
  /** Page size in points: A4 is 595.28 × 841.89. */
  readonly page: { readonly width: number; readonly height: number };
  /** Margins of the body; the header and footer are drawn inside the top and bottom margins. */
  readonly margins: {
    readonly top: number;
    readonly bottom: number;
    readonly left: number;
    readonly right: number;
  };
  readonly sizes: FontSizes;
  readonly colors: Colors;
  /** Inner padding of table cells and boxes. */
  readonly cellPadding: number;
  /** Extra space between two lines of text. */
  readonly lineGap: number;
  /** Stroke width of table rules. */
  readonly ruleWidth: number;
}

/** A4 portrait in points (ISO 216: 210 × 297 mm). */
export const a4 = { width: 595.28, height: 841.89 } as const;

/**
 * The default style: A4, 2 cm side margins, 9.5 pt body text, 8.5 pt tables.
 *
 * @remarks The accent is « bleu France » (#000091), the blue of the State's visual identity, used
 * for titles only; no logo is drawn, because the Marianne block belongs to the ministry's own
 * documents.
 */
export const defaultPdfStyle: PdfStyle = {
  page: a4,
  margins: { top: 74, bottom: 54, left: 48, right: 48 },
  sizes: { body: 9.5, table: 8.5, small: 7.5, title: 15, heading: 11.5, subheading: 10 },
  colors: {
    text: '#161616',
    muted: '#555555',
    accent: '#000091',
    rule: '#6f6f6f',
    headerFill: '#e3e3ef',
    sectionFill: '#f2f2f7',
    labelFill: '#f6f6f6',
  },
  cellPadding: 3.2,
  lineGap: 1,
  ruleWidth: 0.6,
};
