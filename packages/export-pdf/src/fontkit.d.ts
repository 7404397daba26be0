// Minimal typing of the part of fontkit 2 this package uses (fontkit ships no types). The parsed
// font object is handed to pdfkit, which accepts it as a font source (pdfkit ≥ 0.17).
declare module 'fontkit' {
  /** A parsed TrueType/OpenType font. */
  export interface Font {
    readonly postscriptName: string;
    readonly familyName: string;
    /** Every code point the font's cmap maps. */
    readonly characterSet: readonly number[];
    layout(text: string): unknown;
    hasGlyphForCodePoint(codePoint: number): boolean;
    /** Maps a string to glyphs through the cmap (caches each glyph with its code points). */
    glyphsForString(text: string): unknown[];
  }
  /** A TrueType collection: several fonts in one file. */
  export interface FontCollection {
    readonly fonts: readonly Font[];
  }
  /** Parses font bytes. */
  export function create(buffer: Uint8Array, postscriptName?: string): Font | FontCollection;
}
