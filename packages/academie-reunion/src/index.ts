/**
 * `@tremplin/academie-reunion`: the rule pack of the académie de La Réunion (guide de l'année de stage
 * 2022-2023).
 *
 * @packageDocumentation
 */
export { packReunion } from './pack.js';
export { GUIDE_REUNION_2022_2023, guideReunion, SOURCE_TZ_REUNION } from './sources.js';
