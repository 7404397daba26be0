export type * from './dialect.js';
export * from './engine.js';
export * from './personnes-migration.js';
export * from './personnes-rows.js';
export * from './rebuild-chain.js';
export { runSqlWork, runSqlWorkAsync } from './work.js';
