/**
 * `@tremplin/academie-lyon`: the rule pack of the académie de Lyon, only what differs from the national rules.
 *
 * @packageDocumentation
 */
export { packLyon } from './pack.js';
export { SOURCE_SNES_LYON } from './sources.js';
