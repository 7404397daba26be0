export type * from './driver.js';
export * from './migrations.js';
export * from './postgres-store.js';
