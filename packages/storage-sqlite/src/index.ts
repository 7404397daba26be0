export * from './migrations.js';
export * from './sqlite-store.js';
