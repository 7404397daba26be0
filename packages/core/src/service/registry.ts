/**
 * The rules registry: which packs and which calendar apply to an (académie, school year), compiled once and
 * kept for the registry's lifetime.
 *
 * @packageDocumentation
 */
import { err, ok, type Result } from 'neverthrow';
import type { RuleSet } from '../alerts/evaluate-cohort.js';
import { type Prepared, prepare } from '../alerts/prepared.js';
import { findAcademie } from '../calendar/academies.js';
import { importCalendrierScolaire } from '../calendar/calendrier-scolaire-dataset.js';
import { CALENDRIERS, findCalendrier } from '../calendar/calendriers.js';
import type { CalendrierScolaire } from '../calendar/types.js';
import type { NotFoundError, ValidationError } from '../errors.js';
import { validationError } from '../errors.js';
import { type CompiledRules, compileRules } from '../rules/compile.js';
import { packNational } from '../rules/data/pack-national.js';
import { parseRulePack, parseRulePackJson, parseRulePackYaml, type RulePack } from '../rules/pack.js';
import { guardResult, invalidInput, isRecord } from '../schemas/entree.js';
import type { WorkflowRules } from '../workflow/rules.js';

/** A rule pack given as the text of a file (JSON or YAML), read by the host.
 * @category Service
 */
export interface RulePackText {
  /** The file's content. */
  readonly text: string;
  /** How to read it. */
  readonly format: 'json' | 'yaml';
  /** Where it comes from (a file name), repeated in error messages. */
  readonly origin?: string;
}

/**
 * What a registry is built from. Core does no I/O: the host reads files and passes their content.
 *
 * @remarks The national pack is always the lowest layer; each académie pack applies to the académie its
 * `academie` field names. Établissement packs are not handled by the registry (they apply per EPLE, see
 * {@link RuleSet}).
 * @category Service
 */
export interface RulesRegistrySources {
  /** Académie packs: objects (from a package such as `@tremplin/academie-reunion`) or file contents. */
  readonly packs?: readonly (RulePack | RulePackText)[];
  /** Calendars besides (or instead of) the shipped ones. A later calendar of the same académie and year wins. */
  readonly calendriers?: readonly CalendrierScolaire[];
  /**
   * Rows of the official dataset `fr-en-calendrier-scolaire` (its JSON export, parsed by the host), imported
   * with {@link importCalendrierScolaire}.
   */
  readonly calendrierDataset?: unknown;
  /** Whether the calendars shipped with core are included (default `true`). */
  readonly shippedCalendriers?: boolean;
}

/** The rules of one académie for one school year, ready for the workflow and for evaluation.
 * @category Service
 */
export interface RulesForYear {
  readonly academie: string;
  readonly anneeScolaire: string;
  /** IANA zone in which deadlines fall and instants without a zone are read. */
  readonly timeZone: string;
  /** The packs, lowest layer first, and the calendars: what `evaluateCohort` takes. */
  readonly ruleSet: RuleSet;
  /** The compiled rules (deadlines, alerts, explanations). */
  readonly compiled: CompiledRules;
  /** The compiled rules with their lookup tables, for evaluating many dossiers. */
  readonly prepared: Prepared;
  /** What `transition` receives. */
  readonly workflow: WorkflowRules;
}

/** Rules by (académie, school year), each compiled once.
 * @category Service
 */
export interface RulesRegistry {
  /**
   * The rules of an académie for a school year.
   *
   * @param academie - the académie, as dossiers name it (`reunion`, `Réunion`…).
   * @param anneeScolaire - the school year (`2022-2023`).
   * @returns the rules, or why there are none: `NotFoundError` when no calendar covers that year (the
   * message says how to add one), `ValidationError` when a pack does not compile.
   */
  rulesFor(academie: string, anneeScolaire: string): Result<RulesForYear, NotFoundError | ValidationError>;
  /**
   * The IANA zone of an académie, even for a year without rules.
   *
   * @param academie - the académie.
   * @returns its zone; `Europe/Paris` for an académie core does not know.
   */
  timeZoneOf(academie: string): string;
  /**
   * The packs and calendars of an académie, whatever the year: what `evaluateCohort` takes for a cohort that
   * spans several school years (renewed stagiaires).
   *
   * @param academie - the académie.
   * @returns the national pack then the académie's, and every calendar known.
   */
  ruleSetFor(academie: string): RuleSet;
  /** The académie packs registered, in the order given. */
  readonly packs: readonly RulePack[];
  /** The calendars known. */
  readonly calendriers: readonly CalendrierScolaire[];
}

function readPack(source: RulePack | RulePackText, index: number): Result<RulePack, ValidationError> {
  if (!('text' in source && 'format' in source)) return parseRulePack(source);
  const parsed = source.format === 'json' ? parseRulePackJson(source.text) : parseRulePackYaml(source.text);
  if (parsed.isOk()) return parsed;
  const origin = source.origin ?? `pack n° ${index + 1}`;
  return err(validationError(`${origin} : ${parsed.error.message}`, parsed.error.issues));
}

function academieKey(academie: string): string {
  return findAcademie(academie)?.nom ?? academie;
}

function collectCalendriers(sources: RulesRegistrySources): Result<CalendrierScolaire[], ValidationError> {
  const all: CalendrierScolaire[] = sources.shippedCalendriers === false ? [] : [...CALENDRIERS];
  if (sources.calendrierDataset !== undefined) {
    const imported = importCalendrierScolaire(sources.calendrierDataset);
    if (imported.isErr()) return err(imported.error);
    all.push(...imported.value);
  }
  all.push(...(sources.calendriers ?? []));
  // A later calendar of the same académie and year replaces an earlier one.
  const byKey = new Map<string, CalendrierScolaire>();
  for (const c of all) byKey.set(`${academieKey(c.academie)}/${c.anneeScolaire}`, c);
  return ok([...byKey.values()]);
}

function missingCalendrier(academie: string, anneeScolaire: string, cause: NotFoundError): NotFoundError {
  return {
    ...cause,
    message:
      `Aucun calendrier scolaire pour l’académie ${academie} en ${anneeScolaire} : ajoutez-le au registre ` +
      '(`calendriers`, ou les lignes du jeu de données officiel « fr-en-calendrier-scolaire » dans `calendrierDataset`).',
  };
}

/**
 * Builds a rules registry.
 *
 * @param sources - the académie packs and the calendars.
 * @returns the registry, or a `ValidationError` naming the pack or the calendar rows that cannot be read.
 * @remarks Packs follow the layering of the texts: national defaults first, then what an académie's guide
 * changes (arrêté du 22 août 2014 leaves the calendar of the avis and the jury to each recteur).
 * @example
 * ```ts
 * const registry = createRulesRegistry({ packs: [packReunion] });
 * if (registry.isOk()) registry.value.rulesFor('reunion', '2022-2023');
 * ```
 * @category Service
 */
export function createRulesRegistry(
  sources: RulesRegistrySources = {},
): Result<RulesRegistry, ValidationError> {
  if (!isRecord(sources)) {
    return err(invalidInput('createRulesRegistry', 'des sources { packs?, calendriers? }', ['sources']));
  }
  return guardResult('createRulesRegistry', () => createRulesRegistryChecked(sources));
}

function createRulesRegistryChecked(sources: RulesRegistrySources): Result<RulesRegistry, ValidationError> {
  const packs: RulePack[] = [];
  for (const [i, source] of (sources.packs ?? []).entries()) {
    const pack = readPack(source, i);
    if (pack.isErr()) return err(pack.error);
    packs.push(pack.value);
  }
  const calendriers = collectCalendriers(sources);
  if (calendriers.isErr()) return err(calendriers.error);
  return ok(registryOf(packs, calendriers.value));
}

function registryOf(packs: readonly RulePack[], calendriers: readonly CalendrierScolaire[]): RulesRegistry {
  const cache = new Map<string, Result<RulesForYear, NotFoundError | ValidationError>>();
  const layersOf = (academie: string): RulePack[] => {
    const key = academieKey(academie);
    const own = packs.filter((p) => p.layer === 'academie' && academieKey(p.academie ?? '') === key);
    return [packNational, ...own];
  };
  const build = (academie: string, anneeScolaire: string) => {
    const calendrier = findCalendrier(calendriers, academie, anneeScolaire);
    if (calendrier.isErr()) return err(missingCalendrier(academie, anneeScolaire, calendrier.error));
    const layers = layersOf(academie);
    const compiled = compileRules({ layers, anneeScolaire, calendrier: calendrier.value });
    if (compiled.isErr()) return err(compiled.error);
    return ok({
      academie,
      anneeScolaire,
      timeZone: compiled.value.timeZone,
      ruleSet: { layers, calendriers },
      compiled: compiled.value,
      prepared: prepare(compiled.value),
      workflow: compiled.value.workflow,
    });
  };
  return {
    packs,
    calendriers,
    ruleSetFor: (academie) => ({ layers: layersOf(academie), calendriers }),
    timeZoneOf: (academie) => findAcademie(academie)?.timeZone ?? 'Europe/Paris',
    rulesFor(academie, anneeScolaire) {
      const key = `${academieKey(academie)}/${anneeScolaire}`;
      let result = cache.get(key);
      if (result === undefined) {
        result = build(academie, anneeScolaire);
        cache.set(key, result);
      }
      return result;
    },
  };
}
