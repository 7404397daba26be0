/**
 * `@tremplin/cli`: the `tremplin` command, usable as a library (run it in-process with your own streams, or
 * reuse its CSV reader, import formats and output helpers).
 *
 * @packageDocumentation
 */
export * from './args/actor.js';
export * from './args/instant.js';
export * from './cli.js';
export type * from './command.js';
export * from './exit-codes.js';
export * from './failure.js';
export * from './import/csv.js';
export * from './import/dossier-csv.js';
export * from './import/event-rows.js';
export * from './import/formats.js';
export * from './import/json-rows.js';
export type * from './io.js';
export * from './node-io.js';
export * from './output/progress.js';
export * from './output/style.js';
export * from './output/table.js';
export * from './store/db-location.js';
