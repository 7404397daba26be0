export * from './compare.js';
export * from './conformance.js';
export * from './fixtures.js';
export * from './harness.js';
export * from './hostile.js';
export type * from './options.js';
export * from './scenarios.js';
export * from './suites/personnes.js';
