/**
 * Example: the rule pack of an académie (Nice), only what differs from the national rules.
 *
 * @packageDocumentation
 */
export { packNice } from './pack.js';
export { SOURCE_SGEN_COTE_D_AZUR } from './sources.js';
