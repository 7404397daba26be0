/**
 * The service: `createTremplin` and its rules registry.
 *
 * @packageDocumentation
 */
export { trustActeur } from './acteur.js';
export { describeError } from './describe-error.js';
export type {
  CommandeService,
  ConservationPersonnes,
  OuvertureAvecDonnees,
  PersonnesOptions,
  RectificationAvecValeurs,
} from './personnes.js';
export type { RulePackText, RulesForYear, RulesRegistry, RulesRegistrySources } from './registry.js';
export { createRulesRegistry } from './registry.js';
export type { ExecuteOptions } from './request.js';
export { createTremplin } from './tremplin.js';
export type * from './types.js';
