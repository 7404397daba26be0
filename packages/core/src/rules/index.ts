export * from './data/pack-national.js';
export * from './date-spec.js';
export * from './pack.js';
export * from './parameters.js';
export * from './resolve.js';
export * from './sources.js';
export * from './workflow-rules.js';
