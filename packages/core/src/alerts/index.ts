export * from './codes.js';
export * from './compile.js';
export * from './evaluate-cohort.js';
export { evaluateDossier } from './evaluate-dossier.js';
export type { ExplanationBase } from './explain.js';
export { type Prepared, prepare } from './prepared.js';
export * from './scenarios.js';
export type * from './types.js';
