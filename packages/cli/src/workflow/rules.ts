/**
 * The rules the command applies to a dossier: the national pack plus the académie's pack when Tremplin ships
 * one, for the dossier's school year, with the académie's calendar and time zone.
 *
 * @packageDocumentation
 */
import {
  CALENDRIERS,
  type CalendrierScolaire,
  findAcademie,
  findCalendrier,
  type NotFoundError,
  reglesNationales,
  type ValidationError,
  type WorkflowRules,
} from '@tremplin/core';
import { err, ok, type Result } from 'neverthrow';

/** The rules of one académie for one school year. */
export interface RulesForYear {
  readonly academie: string;
  readonly anneeScolaire: string;
  /** IANA zone in which deadlines fall and `--at` is read. */
  readonly timeZone: string;
  /** The académie's school calendar. */
  readonly calendrier: CalendrierScolaire;
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
 * Creates the rules provider.
 *
 * @returns a provider caching rules per (académie, year).
 */
export function createRulesProvider(): RulesProvider {
  const cache = new Map<string, Result<RulesForYear, ValidationError | NotFoundError>>();
  const timeZoneOf = (academie: string) => findAcademie(academie)?.timeZone ?? 'Europe/Paris';
  return {
    timeZoneOf,
    rulesFor(academie, anneeScolaire) {
      const key = `${academie}/${anneeScolaire}`;
      const cached = cache.get(key);
      if (cached !== undefined) return cached;
      const calendrier = findCalendrier(CALENDRIERS, academie, anneeScolaire);
      const result: Result<RulesForYear, ValidationError | NotFoundError> = calendrier.isErr()
        ? err(calendrier.error)
        : ok({
            academie,
            anneeScolaire,
            timeZone: calendrier.value.timeZone,
            calendrier: calendrier.value,
            workflow: {
              ...reglesNationales,
              fuseauHoraire: { ...reglesNationales.fuseauHoraire, valeur: calendrier.value.timeZone },
            },
          });
      cache.set(key, result);
      return result;
    },
  };
}
