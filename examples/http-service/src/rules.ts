/**
 * The rules of each dossier: the national pack plus its académie's pack, compiled once per (académie, school
 * year) with the académie's calendar. The same compiled rules drive the workflow (`transition`) and the
 * deadlines and alerts (`evaluateDossier`).
 *
 * @packageDocumentation
 */
import {
  CALENDRIERS,
  type CalendrierScolaire,
  type CompiledRules,
  compileRules,
  findCalendrier,
  type NotFoundError,
  packNational,
  type RulePack,
  type ValidationError,
} from '@tremplin/core';
import { err, type Result } from 'neverthrow';

/** Compiled rules for a dossier's académie and school year. */
export type RulesFor = (
  academie: string,
  anneeScolaire: string,
) => Result<CompiledRules, ValidationError | NotFoundError>;

/**
 * Builds the rules lookup of the service.
 *
 * @param packs - the académie packs the service knows, by académie code (`reunion`); others get the
 * national rules.
 * @param calendriers - school calendars (default: those shipped with the core).
 * @returns a lookup that compiles each (académie, year) once.
 */
export function createRules(
  packs: Readonly<Record<string, RulePack>>,
  calendriers: readonly CalendrierScolaire[] = CALENDRIERS,
): RulesFor {
  const cache = new Map<string, Result<CompiledRules, ValidationError | NotFoundError>>();
  return (academie, anneeScolaire) => {
    const key = `${academie}/${anneeScolaire}`;
    let compiled = cache.get(key);
    if (compiled === undefined) {
      const pack = packs[academie];
      const calendrier = findCalendrier(calendriers, academie, anneeScolaire);
      compiled = calendrier.isErr()
        ? err(calendrier.error)
        : compileRules({
            layers: pack === undefined ? [packNational] : [packNational, pack],
            anneeScolaire,
            calendrier: calendrier.value,
          });
      cache.set(key, compiled);
    }
    return compiled;
  };
}
