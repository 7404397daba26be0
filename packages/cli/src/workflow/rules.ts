/**
 * The rules the command applies: the national pack plus the académie packs, with the calendars core ships and
 * those the project adds, through core's rules registry.
 *
 * @packageDocumentation
 */

import {
  type CalendrierScolaire,
  createRulesRegistry,
  type RulePack,
  type RulePackText,
  type RulesRegistry,
  type ValidationError,
} from '@tremplin/core';
import type { Result } from 'neverthrow';
import { SHIPPED_PACKS } from '../config/load-packs.js';
import { sayMissingCalendriers } from '../config/missing-calendrier.js';

/** The registry the commands decide and evaluate with. */
export type RulesProvider = RulesRegistry;

/** What the registry is built from, beyond core's shipped calendars. */
export interface RulesSources {
  /** The académie packs; default: the packs shipped with the command (La Réunion, Lyon). */
  readonly packs?: readonly (RulePack | RulePackText)[];
  /** Calendars the project adds; a later one of the same académie and year replaces a shipped one. */
  readonly calendriers?: readonly CalendrierScolaire[];
}

/**
 * Creates the rules registry of the command.
 *
 * @param sources - the project's packs and calendars (default: the shipped packs, core's calendars only).
 * @returns the registry, caching compiled rules per (académie, year), or the validation error of a pack; a
 * missing calendar is said « Aucun calendrier scolaire pour l’académie de … en … ».
 */
export function createRulesProvider(sources: RulesSources = {}): Result<RulesProvider, ValidationError> {
  return createRulesRegistry({
    packs: sources.packs ?? Object.values(SHIPPED_PACKS),
    calendriers: sources.calendriers ?? [],
  }).map(sayMissingCalendriers);
}
