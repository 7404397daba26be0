/**
 * Example: a Tremplin `Store` over a JSON-lines journal file.
 *
 * @packageDocumentation
 */
export * from './journal-file.js';
export * from './journal-line.js';
export * from './jsonl-store.js';
