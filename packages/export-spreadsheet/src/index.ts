/**
 * `@tremplin/export-spreadsheet`: jury lists, cohort overviews and alert lists as CSV and XLSX.
 *
 * @packageDocumentation
 */
export * from './alert-list.js';
export * from './cells.js';
export * from './cohort-overview.js';
export * from './columns.js';
export * from './csv.js';
export * from './deprecated.js';
export * from './dossier-view.js';
export * from './evaluated-dossier.js';
export * from './exporter.js';
export * from './jury-list.js';
export * from './labels.js';
export * from './libelles.js';
export * from './xlsx.js';
export * from './zip-timestamps.js';
