/**
 * The stagiaire's dossier: identity, events, state and its fold.
 *
 * @packageDocumentation
 */
export * from './acteurs.js';
export * from './corps.js';
export * from './events.js';
export * from './identifiants.js';
export * from './identite.js';
export * from './instantane-schema.js';
export * from './positionnement.js';
export * from './sensitive.js';
export * from './state.js';
export * from './vocabulaire.js';
