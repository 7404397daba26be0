export type * from './exporter.js';
