/**
 * The stage-year workflow: commands, the transition function, its table, the rules it reads, permissions and
 * the conditions that explain themselves.
 *
 * @packageDocumentation
 */
export * from './commands.js';
export * from './conditions.js';
export * from './conges.js';
export type * from './context.js';
export type * from './contexte-decision.js';
export * from './dates.js';
export * from './diagramme.js';
export * from './invariants.js';
export * from './permissions.js';
export * from './positionnements.js';
export * from './regles.js';
export * from './regles-nationales.js';
export * from './transition.js';
export * from './transition-table.js';
