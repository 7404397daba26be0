export * from './memory-personnes.js';
export * from './memory-store.js';
