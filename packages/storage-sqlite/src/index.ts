export * from './migrations.js';
export { rebuildChain } from './sqlite-chain.js';
export type { SqliteDatabase } from './sqlite-database.js';
export * from './sqlite-personnes.js';
export * from './sqlite-store.js';
