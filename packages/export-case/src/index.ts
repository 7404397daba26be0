/**
 * `@tremplin/export-case`: the référentiel 2013 as a 1EdTech CASE 1.1 package (CFDocument, CFItems,
 * `isChildOf` associations, CFRubrics), with stable UUID v5 identifiers.
 *
 * @packageDocumentation
 */
export * from './case-package.js';
export * from './exporter.js';
export * from './identifiers.js';
export * from './options.js';
export type * from './types.js';
export * from './uuid-v5.js';
