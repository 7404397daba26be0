export * from './codes.js';
export * from './compile.js';
export * from './evaluate-cohort.js';
export * from './evaluate-dossier.js';
export * from './scenarios.js';
export type * from './types.js';
