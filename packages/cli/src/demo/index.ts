/**
 * The demonstration year, behind one entry: the command imports the demo only from here.
 *
 * @packageDocumentation
 */
export { renderReport } from './report.js';
export { runDemo } from './run-demo.js';
