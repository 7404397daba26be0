export * from './pdf-document.js';
export * from './pdf-layout.js';
export * from './style.js';
export * from './table.js';
export * from './typographie.js';
export * from './wrap.js';
