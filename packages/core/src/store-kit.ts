/**
 * `@tremplin/core/store-kit`: what an author of a store adapter needs beside the {@link Store} port — request
 * validation and normalisation, append planning, row mapping, SQL column mapping, cursors, the code-point
 * order, and the error constructors every store returns.
 *
 * @category Sous-chemins
 * @packageDocumentation
 */
export * from './ports/index.js';
