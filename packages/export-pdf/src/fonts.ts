/**
 * The fonts embedded in every PDF: DejaVu Sans Condensed from the npm package `dejavu-fonts-ttf`,
 * never a system font, so the output is the same on every machine and covers French fully.
 *
 * @packageDocumentation
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Issue, issue, type ValidationError, validationError } from '@tremplin/core';
import { create, type Font } from 'fontkit';
import { err, ok, type Result } from 'neverthrow';
import { createSharedShapes, sharedShapesKey } from './layout/layout-cache.js';

/** The four faces a document uses. */
export type FontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';

/**
 * A parsed font, ready to be embedded (subset) in any number of documents.
 *
 * @remarks Opaque: only its PostScript name is readable. Parsing a font costs more than laying out
 * a two-page fiche, so one `PdfFonts` is parsed once per exporter and shared by every document it
 * renders; pdfkit subsets it per document, so sharing is safe.
 */
export interface PdfFont {
  /** The font's PostScript name, e.g. `DejaVuSansCondensed-Bold`. */
  readonly postscriptName: string;
}

/** The four faces of a document, parsed. */
export type PdfFonts = Readonly<Record<FontStyle, PdfFont>>;

/** Module specifiers of the DejaVu TTF files used by default, resolved from `dejavu-fonts-ttf`. */
export const dejaVuFontFiles: Readonly<Record<FontStyle, string>> = {
  regular: 'dejavu-fonts-ttf/ttf/DejaVuSansCondensed.ttf',
  bold: 'dejavu-fonts-ttf/ttf/DejaVuSansCondensed-Bold.ttf',
  italic: 'dejavu-fonts-ttf/ttf/DejaVuSansCondensed-Oblique.ttf',
  boldItalic: 'dejavu-fonts-ttf/ttf/DejaVuSansCondensed-BoldOblique.ttf',
};

/**
 * Every character French administrative text needs: accented letters (lower and upper case),
 * the ligatures œ/æ, guillemets, typographic apostrophe and quotes, dashes, ellipsis, the euro,
 * degree and section signs, the no-break space (U+00A0) and the narrow no-break space (U+202F)
 * used before « ; : ! ? » and inside guillemets.
 */
export const frenchCharacters = 'àâäçéèêëîïôöùûüÿœæÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ«»‘’“”‹›—–…€°§\u00a0\u202f';

const styles: readonly FontStyle[] = ['regular', 'bold', 'italic', 'boldItalic'];

/**
 * Looks every code point of the font up once, in code point order.
 *
 * fontkit caches a glyph object with the code points it was first reached from. When a document is
 * subset, the components of composite glyphs (the I of Î) are reached without code points; a font
 * shared by several documents would then keep a glyph without code points, and the next document's
 * ToUnicode map would lose that letter (text extraction and search would fail on it). Reaching every
 * glyph through the cmap first fixes its code points for the font's lifetime (about 30 ms per face).
 */
function primeGlyphCache(font: Font): void {
  const codePoints = [...font.characterSet].sort((a, b) => a - b);
  for (let i = 0; i < codePoints.length; i += 256) {
    font.glyphsForString(String.fromCodePoint(...codePoints.slice(i, i + 256)));
  }
}

function parse(bytes: Uint8Array): Font | undefined {
  try {
    const parsed = create(bytes);
    const font = 'fonts' in parsed ? parsed.fonts[0] : parsed;
    if (font !== undefined && typeof font.glyphsForString === 'function') primeGlyphCache(font);
    return font;
  } catch {
    return undefined;
  }
}

/**
 * Loads the default fonts: DejaVu Sans Condensed (regular, bold, oblique, bold oblique) from the
 * `dejavu-fonts-ttf` package.
 *
 * @returns the parsed faces; parse once and reuse for many documents.
 * @remarks Throws only if the `dejavu-fonts-ttf` dependency is missing or damaged, which is a broken
 * installation, not an expected failure.
 */
export function defaultPdfFonts(): PdfFonts {
  const require = createRequire(import.meta.url);
  // Literal specifiers, so that bundlers and dependency checkers see the files this package needs.
  const fonts = pdfFontsFromBytes({
    regular: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSansCondensed.ttf')),
    bold: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSansCondensed-Bold.ttf')),
    italic: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSansCondensed-Oblique.ttf')),
    boldItalic: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSansCondensed-BoldOblique.ttf')),
  });
  if (fonts.isErr()) {
    throw new Error(`The dejavu-fonts-ttf package is damaged: ${fonts.error.message}`);
  }
  return fonts.value;
}

/**
 * Builds the fonts from TrueType/OpenType bytes supplied by the caller (an académie's own font,
 * for instance), checking that each face covers {@link frenchCharacters}.
 *
 * @param bytes - the four faces' file contents.
 * @returns the parsed faces, or a `ValidationError` with one issue per unreadable face or missing
 *   character (code `police.illisible` or `police.caractere-manquant`).
 */
export function pdfFontsFromBytes(
  bytes: Readonly<Record<FontStyle, Uint8Array>>,
): Result<PdfFonts, ValidationError> {
  const issues: Issue[] = [];
  const parsed: Partial<Record<FontStyle, Font>> = {};
  for (const style of styles) {
    const font = parse(bytes[style]);
    if (font === undefined || typeof font.layout !== 'function') {
      issues.push(issue('police.illisible', `La police « ${style} » est illisible.`, [style]));
      continue;
    }
    for (const char of frenchCharacters) {
      const codePoint = char.codePointAt(0) ?? 0;
      if (!font.hasGlyphForCodePoint(codePoint)) {
        const hex = codePoint.toString(16).toUpperCase().padStart(4, '0');
        issues.push(
          issue(
            'police.caractere-manquant',
            `La police « ${font.postscriptName} » n'a pas de glyphe pour U+${hex} (${char}).`,
            [style],
          ),
        );
      }
    }
    parsed[style] = font;
  }
  const { regular, bold, italic, boldItalic } = parsed;
  if (issues.length > 0 || !regular || !bold || !italic || !boldItalic) {
    return err(validationError('Polices inutilisables pour un document en français.', issues));
  }
  const fonts: PdfFonts = { regular, bold, italic, boldItalic };
  Object.defineProperty(fonts, sharedShapesKey, {
    value: {
      regular: createSharedShapes(),
      bold: createSharedShapes(),
      italic: createSharedShapes(),
      boldItalic: createSharedShapes(),
    },
    enumerable: false,
  });
  return ok(fonts);
}
