export * from './input-schemas.js';
