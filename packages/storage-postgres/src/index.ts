export type * from './driver.js';
export * from './migrations.js';
export { rebuildChain } from './pg-chain.js';
export * from './pg-personnes.js';
export * from './postgres-store.js';
