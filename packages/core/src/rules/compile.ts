/**
 * Compiling rules for fast evaluation: resolve the layered packs once for a school year and an académie,
 * turn every due date into epoch milliseconds in the académie's zone, index the class days, and keep the
 * « below expected » levels of each scale as sets. The per-dossier loop then compares numbers.
 *
 * @packageDocumentation
 */

import { err, ok, type Result } from 'neverthrow';
import { ALERT_CODES, type AlertCode } from '../alerts/codes.js';
import { countJoursDeClasse, indexJoursDeClasse, type JoursDeClasse } from '../calendar/jours-de-classe.js';
import { type AnneeScolaire, addDays, type LocalDate, toEpochDay } from '../calendar/local-date.js';
import type { CalendrierScolaire } from '../calendar/types.js';
import { endOfLocalDay, formatInstant, startOfLocalDay } from '../calendar/zoned-time.js';
import type { Role } from '../dossier/acteurs.js';
import type { RoleAvis } from '../dossier/vocabulaire.js';
import { issue, type ValidationError, validationError } from '../errors.js';
import { echellesParDefaut } from '../referentiel/data/echelles.js';
import { isNiveauSousAttendu } from '../referentiel/echelles.js';
import type { Echelle } from '../referentiel/types.js';
import { guardResult, invalidInput, isRecord } from '../schemas/entree.js';
import type { WorkflowRules } from '../workflow/rules.js';
import { describeDateSpec, resolveDateSpec } from './date-spec.js';
import type { RulePack } from './pack.js';
import type { EcheanceAcademique, ParameterKey } from './parameters.js';
import { type ResolvedParameter, type ResolvedRules, resolveRules } from './resolve.js';
import { buildWorkflowRules } from './workflow-rules.js';

/**
 * A due date compiled for comparisons.
 *
 * @category Règles
 */
export interface CompiledDue {
  /** The local date. */
  readonly date: LocalDate;
  /** Its epoch day. */
  readonly epochDay: number;
  /** Last millisecond of the date in the académie's zone. */
  readonly endMs: number;
  /** ISO form of `endMs` in the académie's zone. */
  readonly endIso: string;
  /** First millisecond of the « bientôt dû » window. */
  readonly soonMs: number;
  /** The wording: the text's own, or the rule described. */
  readonly wording: string;
  /** The parameter it comes from. */
  readonly parameter: ResolvedParameter;
}

/**
 * A visit cadence compiled: phases with their last epoch day.
 *
 * @category Règles
 */
export interface CompiledCadence {
  readonly wording: string;
  readonly phases: readonly {
    readonly untilEpochDay: number;
    readonly until: LocalDate;
    readonly maxGap: number;
  }[];
  readonly parameter: ResolvedParameter<'visites.tuteur'> | ResolvedParameter<'visites.chezTuteur'>;
}

/**
 * An académie milestone compiled.
 *
 * @category Règles
 */
export interface CompiledAcademique {
  readonly echeance: EcheanceAcademique;
  readonly due: CompiledDue;
}

/**
 * Rules ready for evaluation: one school year, one académie (and optionally one établissement).
 *
 * @category Règles
 */
export interface CompiledRules {
  /** The resolved parameters, with their sources. */
  readonly rules: ResolvedRules;
  /** The workflow's rule data derived from the same packs. */
  readonly workflow: WorkflowRules;
  /** The calendar used. */
  readonly calendrier: CalendrierScolaire;
  /** IANA zone of the deadlines. */
  readonly timeZone: string;
  /** How the zone was chosen. */
  readonly timeZoneOrigin: 'parameter' | 'calendar';
  /** Class days of the year. */
  readonly jours: JoursDeClasse;
  /** Epoch day of the last class day of the year. */
  readonly lastClassEpochDay: number;
  /** Due dates. */
  readonly dues: {
    readonly bilanIntermediaire: CompiledDue;
    readonly bilanFinal: CompiledDue;
    readonly avis: Readonly<Record<RoleAvis, CompiledDue>>;
    readonly jury: CompiledDue;
  };
  /** Académie milestones. */
  readonly academiques: readonly CompiledAcademique[];
  /** Visit cadences, `null` when the pack sets none. */
  readonly cadenceTuteur: CompiledCadence | null;
  readonly cadenceChezTuteur: CompiledCadence | null;
  /** Recipients per alert code. */
  readonly destinataires: Readonly<Record<AlertCode, readonly Role[]>>;
  /** For each scale id, the level codes below its expected level. */
  readonly sousAttendu: ReadonlyMap<string, ReadonlySet<string>>;
}

/**
 * What {@link compileRules} needs.
 *
 * @category Règles
 */
export interface CompileInput {
  /** The packs, lowest layer first (national, académie, établissement). */
  readonly layers: readonly RulePack[];
  /** The school year. */
  readonly anneeScolaire: AnneeScolaire;
  /** The académie's calendar for that year. */
  readonly calendrier: CalendrierScolaire;
  /** The rating scales positionnements refer to (default: the référentiel's default scales). */
  readonly echelles?: readonly Echelle[];
}

function invalid(message: string, code: string, path: (string | number)[] = []): ValidationError {
  return validationError(message, [issue(code, message, path)]);
}

/**
 * Compiles layered packs for one school year and one académie calendar.
 *
 * @param input - packs, school year, calendar, scales.
 * @returns the compiled rules, or a validation error (invalid pack, missing parameter, a date rule the
 * calendar cannot resolve, a calendar of another year, a time zone that contradicts the académie's pack).
 * @remarks The national time zone (`Europe/Paris`) is an assumption: when no académie or établissement layer
 * sets `calendrier.fuseauHoraire`, the calendar's zone is used and explanations say so.
 * @example
 * ```ts
 * const compiled = compileRules({ layers: [packNational, packReunion], anneeScolaire: '2022-2023', calendrier: REUNION_2022_2023 });
 * ```
 * @category Règles
 */
export function compileRules(input: CompileInput): Result<CompiledRules, ValidationError> {
  if (
    !isRecord(input) ||
    !Array.isArray(input.layers) ||
    typeof input.anneeScolaire !== 'string' ||
    !isRecord(input.calendrier)
  ) {
    return err(invalidInput('compileRules', 'un objet { layers, anneeScolaire, calendrier }', ['input']));
  }
  return guardResult('compileRules', () => compileRulesChecked(input));
}

function compileRulesChecked(input: CompileInput): Result<CompiledRules, ValidationError> {
  const { anneeScolaire, calendrier } = input;
  if (calendrier.anneeScolaire !== anneeScolaire) {
    return err(
      invalid(
        `Le calendrier fourni est celui de ${calendrier.anneeScolaire}, pas de ${anneeScolaire}.`,
        'regles.calendrier-annee',
      ),
    );
  }
  const resolved = resolveRules(input.layers, anneeScolaire);
  if (resolved.isErr()) return err(resolved.error);
  const rules = resolved.value;
  const p = rules.parameters;
  const zoneParam = p['calendrier.fuseauHoraire'];
  let timeZone = zoneParam.value;
  let timeZoneOrigin: CompiledRules['timeZoneOrigin'] = 'parameter';
  if (timeZone !== calendrier.timeZone) {
    if (zoneParam.layer !== 'national') {
      return err(
        invalid(
          `Fuseau incohérent : le pack ${zoneParam.packId} fixe ${timeZone}, le calendrier de ${calendrier.academie} est en ${calendrier.timeZone}.`,
          'regles.fuseau-incoherent',
          ['calendrier.fuseauHoraire'],
        ),
      );
    }
    timeZone = calendrier.timeZone;
    timeZoneOrigin = 'calendar';
  }
  const bientot = p['echeances.bientotJours'].value;
  const problems: ValidationError[] = [];
  const compileDue = (
    key: ParameterKey,
    spec: { readonly due: Parameters<typeof resolveDateSpec>[0]; readonly wording?: string | undefined },
  ): CompiledDue | undefined => {
    const date = resolveDateSpec(spec.due, anneeScolaire, calendrier);
    if (date.isErr()) {
      problems.push(invalid(`${key} : ${date.error.message}`, 'regles.date-irresoluble', [key]));
      return undefined;
    }
    const endMs = endOfLocalDay(date.value, timeZone);
    return {
      date: date.value,
      epochDay: toEpochDay(date.value),
      endMs,
      endIso: formatInstant(endMs, timeZone),
      soonMs: startOfLocalDay(addDays(date.value, -bientot), timeZone),
      wording: spec.wording ?? describeDateSpec(spec.due),
      parameter: p[key],
    };
  };
  const due = (
    key:
      | 'echeances.bilanIntermediaire'
      | 'echeances.bilanFinal'
      | 'echeances.avisInspecteur'
      | 'echeances.avisChefEtablissement'
      | 'echeances.avisDirecteurInspe'
      | 'echeances.jury',
  ) => compileDue(key, p[key].value);
  const bilanIntermediaire = due('echeances.bilanIntermediaire');
  const bilanFinal = due('echeances.bilanFinal');
  const avisInspecteur = due('echeances.avisInspecteur');
  const avisChef = due('echeances.avisChefEtablissement');
  const avisInspe = due('echeances.avisDirecteurInspe');
  const jury = due('echeances.jury');
  const academiques: CompiledAcademique[] = [];
  for (const echeance of p['echeances.academiques'].value) {
    const d = compileDue('echeances.academiques', echeance);
    if (d) academiques.push({ echeance, due: d });
  }
  const jours = indexJoursDeClasse(calendrier);
  const cadence = (key: 'visites.tuteur' | 'visites.chezTuteur'): CompiledCadence | null => {
    const value = p[key].value;
    if (value === null) return null;
    const phases: { untilEpochDay: number; until: LocalDate; maxGap: number }[] = [];
    for (const phase of value.phases) {
      const until = resolveDateSpec(phase.until, anneeScolaire, calendrier);
      if (until.isErr()) {
        problems.push(invalid(`${key} : ${until.error.message}`, 'regles.date-irresoluble', [key]));
        return null;
      }
      phases.push({
        untilEpochDay: toEpochDay(until.value),
        until: until.value,
        maxGap: phase.maxGapClassDays,
      });
    }
    return { wording: value.wording, phases, parameter: p[key] };
  };
  const cadenceTuteur = cadence('visites.tuteur');
  const cadenceChezTuteur = cadence('visites.chezTuteur');
  const first = problems[0];
  if (first || !bilanIntermediaire || !bilanFinal || !avisInspecteur || !avisChef || !avisInspe || !jury) {
    return err(
      validationError(
        first?.message ?? 'Échéances irrésolubles.',
        problems.flatMap((e) => e.issues),
      ),
    );
  }
  let lastClassEpochDay = jours.firstEpochDay;
  for (let d = jours.lastEpochDay; d >= jours.firstEpochDay; d--) {
    if (countJoursDeClasse(jours, d - 1, d) === 1) {
      lastClassEpochDay = d;
      break;
    }
  }
  const destinataires = Object.fromEntries(
    ALERT_CODES.map((code) => [code, p[`destinataires.${code}`].value]),
  ) as Record<AlertCode, readonly Role[]>;
  const sousAttendu = new Map<string, ReadonlySet<string>>();
  for (const echelle of input.echelles ?? echellesParDefaut) {
    sousAttendu.set(
      echelle.id,
      new Set(
        echelle.niveaux
          .map((n) => n.code)
          .filter((code) => isNiveauSousAttendu(echelle, code, p['evaluation.niveauxAttendus'].value)),
      ),
    );
  }
  return ok({
    rules,
    workflow: buildWorkflowRules(rules, timeZoneOrigin === 'calendar' ? timeZone : undefined),
    calendrier,
    timeZone,
    timeZoneOrigin,
    jours,
    lastClassEpochDay,
    dues: {
      bilanIntermediaire,
      bilanFinal,
      avis: { inspecteur: avisInspecteur, 'chef-etablissement': avisChef, 'directeur-inspe': avisInspe },
      jury,
    },
    academiques,
    cadenceTuteur,
    cadenceChezTuteur,
    destinataires,
    sousAttendu,
  });
}
