/**
 * `@tremplin/export-pdf`: the fiche bilan, the rapport de visite formative and the jury list as
 * PDF (pdfkit), with an embedded DejaVu font, streamed, one document at a time.
 *
 * @packageDocumentation
 */

export * from './cohorte.js';
export * from './deprecated.js';
export * from './documents/index.js';
export * from './exporters.js';
export * from './fonts.js';
export * from './layout/index.js';
