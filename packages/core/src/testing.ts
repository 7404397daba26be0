/**
 * `@tremplin/core/testing`: what an académie's pack, a store or a host needs to test itself — the scenario
 * file format and its runners.
 *
 * @packageDocumentation
 */

export type { ScenarioFile, ScenarioResult } from './alerts/scenarios.js';
export { parseScenarios, runScenarios, scenarioFileSchema } from './alerts/scenarios.js';
export type { PackScenariosError, ScenarioFileOutcome } from './testing/pack-scenarios.js';
export { runPackScenarios } from './testing/pack-scenarios.js';
