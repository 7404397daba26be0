/**
 * The rules the command applies to a dossier: the national pack plus the académie's pack when Tremplin ships
 * one (La Réunion, Lyon), compiled for the dossier's school year with the académie's calendar and time zone.
 *
 * @packageDocumentation
 */

import { packLyon } from '@tremplin/academie-lyon';
import { packReunion } from '@tremplin/academie-reunion';
import {
  CALENDRIERS,
  type CompiledRules,
  compileRules,
  findAcademie,
  findCalendrier,
  type NotFoundError,
  packNational,
  type RulePack,
  type RuleSet,
  type ValidationError,
  type WorkflowRules,
} from '@tremplin/core';
import { err, ok, type Result } from 'neverthrow';

/** The académie packs shipped with the command, by académie code. */
export const ACADEMIE_PACKS: Readonly<Record<string, RulePack>> = {
  reunion: packReunion,
  lyon: packLyon,
};

/** The rules of one académie for one school year. */
export interface RulesForYear {
  readonly academie: string;
  readonly anneeScolaire: string;
  /** IANA zone in which deadlines fall and `--at` is read. */
  readonly timeZone: string;
  /** The packs, lowest layer first, and the calendars: what `evaluateCohort` takes. */
  readonly ruleSet: RuleSet;
  /** The compiled rules (deadlines, alerts, explanations). */
  readonly compiled: CompiledRules;
  /** What `transition` receives. */
  readonly workflow: WorkflowRules;
}

/** Rules by académie and school year, computed once each. */
export interface RulesProvider {
  /**
   * The rules of a dossier.
   *
   * @param academie - the dossier's académie code (`reunion`).
   * @param anneeScolaire - its school year.
   * @returns the rules, or why there are none (no calendar for that year, an invalid pack).
   */
  rulesFor(academie: string, anneeScolaire: string): Result<RulesForYear, ValidationError | NotFoundError>;
  /**
   * The IANA zone of an académie, even without rules for a year.
   *
   * @param academie - the académie's code.
   * @returns its zone (`Europe/Paris` when unknown).
   */
  timeZoneOf(academie: string): string;
}

/**
 * The layers of an académie: the national pack, then its own when shipped.
 *
 * @param academie - the académie's code.
 * @returns the packs, lowest layer first.
 */
export function layersOf(academie: string): readonly RulePack[] {
  const pack = ACADEMIE_PACKS[academie];
  return pack === undefined ? [packNational] : [packNational, pack];
}

/**
 * Creates the rules provider.
 *
 * @returns a provider caching compiled rules per (académie, year).
 */
export function createRulesProvider(): RulesProvider {
  const cache = new Map<string, Result<RulesForYear, ValidationError | NotFoundError>>();
  const timeZoneOf = (academie: string) => findAcademie(academie)?.timeZone ?? 'Europe/Paris';
  const build = (
    academie: string,
    anneeScolaire: string,
  ): Result<RulesForYear, ValidationError | NotFoundError> => {
    const calendrier = findCalendrier(CALENDRIERS, academie, anneeScolaire);
    if (calendrier.isErr()) return err(calendrier.error);
    const layers = layersOf(academie);
    const compiled = compileRules({ layers, anneeScolaire, calendrier: calendrier.value });
    if (compiled.isErr()) return err(compiled.error);
    return ok({
      academie,
      anneeScolaire,
      timeZone: compiled.value.timeZone,
      ruleSet: { layers, calendriers: CALENDRIERS },
      compiled: compiled.value,
      workflow: compiled.value.workflow,
    });
  };
  return {
    timeZoneOf,
    rulesFor(academie, anneeScolaire) {
      const key = `${academie}/${anneeScolaire}`;
      let result = cache.get(key);
      if (result === undefined) {
        result = build(academie, anneeScolaire);
        cache.set(key, result);
      }
      return result;
    },
  };
}
