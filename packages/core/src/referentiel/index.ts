/**
 * The référentiel des compétences professionnelles (arrêté du 1er juillet 2013), the corps' scopes, the
 * evaluation grids, the rating scales and the validation of a positionnement.
 *
 * @packageDocumentation
 */
export { coversAnneeScolaire } from './annee-scolaire.js';
export * from './codes.js';
export * from './competences.js';
export * from './configuration.js';
export { referentiel2013 } from './data/2013.js';
export { corpsSecondDegre, scopesReferentiel } from './data/corps.js';
export { echellesParDefaut } from './data/echelles.js';
export { grillesNationales } from './data/grilles.js';
export * from './echelles.js';
export * from './grilles.js';
export * from './json.js';
export * from './lignes.js';
export * from './positionnement.js';
export * from './statut.js';
export type * from './types.js';
