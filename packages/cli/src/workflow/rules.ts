/**
 * The rules the command applies: the national pack plus the académie's pack when Tremplin ships one
 * (La Réunion, Lyon), with the calendars core ships, through core's rules registry.
 *
 * @packageDocumentation
 */

import { packLyon } from '@tremplin/academie-lyon';
import { packReunion } from '@tremplin/academie-reunion';
import { createRulesRegistry, type RulesRegistry, type ValidationError } from '@tremplin/core';
import type { Result } from 'neverthrow';

/** The registry the commands decide and evaluate with. */
export type RulesProvider = RulesRegistry;

/**
 * Creates the rules registry of the command: the académie packs shipped with it, the calendars core ships.
 *
 * @returns the registry, caching compiled rules per (académie, year), or the validation error of a pack.
 */
export function createRulesProvider(): Result<RulesProvider, ValidationError> {
  return createRulesRegistry({ packs: [packReunion, packLyon] });
}
