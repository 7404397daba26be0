/**
 * Word shapes shared between the documents that use the same parsed fonts.
 *
 * pdfkit shapes every word with fontkit (OpenType substitutions and positioning) and caches the
 * result per document only, so a cohort re-shapes the same grid wording for every fiche — most of
 * the time spent on text. Each document here gets a cache whose prototype holds the shapes earlier
 * documents produced; what a document adds is merged back when it ends, up to a fixed number of
 * entries, so memory stays bounded however long the cohort.
 *
 * @packageDocumentation
 */

import type { FontStyle, PdfFonts } from '../fonts.js';

/** Where the shapes shared by the documents of one `PdfFonts` live (not enumerable). */
export const sharedShapesKey: unique symbol = Symbol('tremplin.pdf.sharedShapes');

/**
 * The shared word shapes of a font set, created with it.
 *
 * @param fonts - a font set made by `defaultPdfFonts` or `pdfFontsFromBytes`.
 * @returns its shapes per face, or `undefined` for a font set built another way.
 */
export function sharedShapesOf(fonts: PdfFonts): Readonly<Record<FontStyle, SharedShapes>> | undefined {
  return (fonts as { [sharedShapesKey]?: Record<FontStyle, SharedShapes> })[sharedShapesKey];
}

/** Most entries kept per face (a word and its shape: about 2 KB each, so at most ~4 MB a face). */
export const MAX_SHARED_SHAPES = 2_000;

/** Most word widths kept per face (a number each: at most ~1 MB a face). */
export const MAX_SHARED_WIDTHS = 20_000;

/** The shapes of one face, shared by the documents rendered with it. */
export interface SharedShapes {
  readonly entries: Record<string, unknown>;
  size: number;
  /** Advance width of a word at size 1, in points. */
  readonly widths: Map<string, number>;
}

/**
 * A new store of shared shapes.
 *
 * @returns an empty store.
 */
export function createSharedShapes(): SharedShapes {
  return { entries: Object.create(null) as Record<string, unknown>, size: 0, widths: new Map() };
}

/**
 * The cache of one document: reads fall through to the shared shapes, writes stay local.
 *
 * @param shared - the face's shared shapes.
 * @returns an object pdfkit can use as its layout cache.
 */
export function documentShapes(shared: SharedShapes): Record<string, unknown> {
  return Object.create(shared.entries) as Record<string, unknown>;
}

/**
 * Merges what a document shaped into the shared store, until the store is full.
 *
 * @param shared - the face's shared shapes.
 * @param local - the document's cache (from {@link documentShapes}).
 */
export function mergeShapes(shared: SharedShapes, local: Record<string, unknown>): void {
  for (const key of Object.keys(local)) {
    if (shared.size >= MAX_SHARED_SHAPES) return;
    shared.entries[key] = local[key];
    shared.size++;
  }
}

/**
 * The width of a word at a size, from the shared widths or measured once.
 *
 * @param shared - the face's shared store.
 * @param word - a word (or any string drawn as a unit).
 * @param size - the font size in points.
 * @param measureAtSize1 - measures the word at size 1 when it is not known yet.
 * @returns its width in points.
 */
export function sharedWidth(
  shared: SharedShapes,
  word: string,
  size: number,
  measureAtSize1: (word: string) => number,
): number {
  let width = shared.widths.get(word);
  if (width === undefined) {
    width = measureAtSize1(word);
    if (shared.widths.size < MAX_SHARED_WIDTHS) shared.widths.set(word, width);
  }
  return width * size;
}
