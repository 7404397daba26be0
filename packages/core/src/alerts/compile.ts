/**
 * Former path of the rules compiler, now `rules/compile.ts`.
 *
 * @remarks Kept only while `src/service` (being written) still imports this path; delete it once it imports
 * `../rules/compile.js`. Nothing is exported from the package root through this file.
 * @packageDocumentation
 */
export type { CompiledRules } from '../rules/compile.js';
export { compileRules } from '../rules/compile.js';
