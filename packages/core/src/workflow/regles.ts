/**
 * Former path of the workflow's rules, now `workflow/rules.ts`.
 *
 * @remarks Kept only while `src/service` (being written) still imports this path; delete it once it imports
 * `../workflow/rules.js`. Nothing is exported from the package root through this file.
 * @packageDocumentation
 */
export type { WorkflowRules } from './rules.js';
