export type * from './dialect.js';
export * from './engine.js';
export { runSqlWork, runSqlWorkAsync } from './work.js';
