/**
 * The stagiaire's dossier: identity, events, state and its fold.
 *
 * @packageDocumentation
 */
export * from './acteurs.js';
export * from './annee.js';
export * from './corps.js';
export * from './empreinte.js';
export * from './events.js';
export * from './fold.js';
export * from './identifiants.js';
export * from './identite.js';
export * from './instantane.js';
export * from './instantane-schema.js';
export * from './positionnement.js';
export * from './sensitive.js';
export * from './serialisation.js';
export * from './state.js';
export * from './state-schema.js';
export * from './summary.js';
export * from './vocabulaire.js';
