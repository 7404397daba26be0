/**
 * `@tremplin/core`: the domain of the année de stage, pure and without I/O.
 *
 * @packageDocumentation
 */

export * from './alerts/index.js';
export * from './calendar/index.js';
export * from './dossier/index.js';
export * from './errors.js';
export type * from './events.js';
export * from './ports/index.js';
export * from './referentiel/index.js';
export * from './rules/index.js';
export * from './schemas/index.js';
export * from './workflow/index.js';
