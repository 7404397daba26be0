/**
 * Scenario tests in data files, OpenFisca-style: a dossier's events and an instant in, the expected deadlines
 * and alerts out. An académie writes them in YAML or JSON next to its pack and runs them with one command.
 *
 * @packageDocumentation
 */

import { err, ok, type Result } from 'neverthrow';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { localDateSchema } from '../calendar/date-schemas.js';
import { auteurRefSchema, roleSchema } from '../dossier/acteurs.js';
import { dossierEventSchema } from '../dossier/events.js';
import { foldDossier } from '../dossier/fold.js';
import { omitDonneesPersonnellesEvent } from '../dossier/legacy-personnes.js';
import { type Issue, issue, type ValidationError, validationError } from '../errors.js';
import type { RulePack } from '../rules/pack.js';
import { guardResult, invalidInput } from '../schemas/entree.js';
import { ALERT_CODES } from './codes.js';
import { evaluateCohort, type RuleSet } from './evaluate-cohort.js';
import type { Alert, Deadline } from './types.js';

const localDate = localDateSchema;

const expectedDeadlineSchema = z.strictObject({
  id: z.string().min(1),
  status: z.enum(['upcoming', 'due-soon', 'overdue', 'done']).optional(),
  due: localDate.optional(),
  dueAt: z.string().optional(),
  doneOn: localDate.nullable().optional(),
  responsible: roleSchema.nullable().optional(),
});

const expectedAlertSchema = z.strictObject({
  code: z.enum(ALERT_CODES),
  key: z.string().min(1).optional(),
  severity: z.enum(['info', 'warning', 'critical']).optional(),
  recipients: z.array(roleSchema).optional(),
  due: localDate.nullable().optional(),
  dueAt: z.string().nullable().optional(),
  messageIncludes: z.string().min(1).optional(),
  /** Words the explanation's summary must contain (e.g. that the alert is the académie's choice). */
  explanationIncludes: z.string().min(1).optional(),
});

const scenarioSchema = z.strictObject({
  name: z.string().min(1),
  instant: z.string().min(1),
  events: z.array(z.unknown()).default([]),
  expect: z.strictObject({
    deadlines: z.array(expectedDeadlineSchema).optional(),
    absentDeadlines: z.array(z.string().min(1)).optional(),
    alerts: z.array(expectedAlertSchema).optional(),
    absentAlerts: z.array(z.string().min(1)).optional(),
    onlyListedAlerts: z.boolean().optional(),
  }),
});

/**
 * Zod schema of a scenario file.
 *
 * @category Scénarios
 */
export const scenarioFileSchema = z.strictObject({
  description: z.string().optional(),
  /** Named authors, so that events can write `auteur: tuteur` (and `visiteur: tuteur`). */
  acteurs: z.record(z.string(), auteurRefSchema).optional(),
  /** Events prepended to every scenario's own events (the dossier's opening and nomination…). */
  prelude: z.array(z.unknown()).default([]),
  scenarios: z.array(scenarioSchema).min(1),
});

/**
 * A scenario file, parsed.
 *
 * @category Scénarios
 */
export type ScenarioFile = z.infer<typeof scenarioFileSchema>;

/**
 * One scenario's outcome.
 *
 * @category Scénarios
 */
export interface ScenarioResult {
  readonly name: string;
  readonly passed: boolean;
  /** What differs from the expectation, one line each (empty when passed). */
  readonly failures: readonly string[];
  /** What the library computed, to read when a scenario fails. */
  readonly actual: { readonly deadlines: readonly Deadline[]; readonly alerts: readonly Alert[] } | null;
}

function issuesOf(error: z.ZodError, prefix: (string | number)[] = []): Issue[] {
  return error.issues.map((i) => {
    const path = [...prefix, ...i.path.map((p) => (typeof p === 'number' ? p : String(p)))];
    const keys = i.code === 'unrecognized_keys' ? ` (${i.keys.join(', ')})` : '';
    return issue('scenario.invalide', `${path.join('/') || '(racine)'} : ${i.message}${keys}`, path);
  });
}

/**
 * Parses a scenario file written in YAML (or JSON, which is YAML).
 *
 * @param text - the file's text (core does no I/O: read it yourself).
 * @returns the scenarios, or a validation error naming every problem (syntax with its line, unknown keys).
 * @category Scénarios
 */
export function parseScenarios(text: string): Result<ScenarioFile, ValidationError> {
  if (typeof text !== 'string')
    return err(invalidInput('parseScenarios', 'le texte YAML d’un fichier de scénarios', ['text']));
  return guardResult('parseScenarios', () => parseScenariosChecked(text));
}

function parseScenariosChecked(text: string): Result<ScenarioFile, ValidationError> {
  const doc = parseDocument(text, { prettyErrors: true, merge: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const issues = doc.errors.map((e) =>
      issue(
        'scenario.yaml-illisible',
        `ligne ${e.linePos?.[0]?.line ?? '?'} : ${(e.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/u, '')}`,
      ),
    );
    return err(validationError(`Scénarios illisibles : ${issues[0]?.message ?? ''}`, issues));
  }
  const parsed = scenarioFileSchema.safeParse(doc.toJS());
  if (!parsed.success) {
    const issues = issuesOf(parsed.error);
    return err(validationError(`Scénarios invalides : ${issues[0]?.message ?? ''}`, issues));
  }
  return ok(parsed.data);
}

const DATE_FIELDS = ['date', 'dateNomination', 'debut', 'datePrevue', 'dateDemande'] as const;

function completeEvent(
  raw: unknown,
  acteurs: ScenarioFile['acteurs'],
  previousLe: string | undefined,
): unknown {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  const event: Record<string, unknown> = { v: 1, ...(raw as Record<string, unknown>) };
  for (const field of ['auteur', 'visiteur'] as const) {
    const name = event[field];
    if (typeof name === 'string' && acteurs?.[name]) event[field] = acteurs[name];
  }
  if (event.le === undefined) {
    const field = DATE_FIELDS.find((f) => typeof event[f] === 'string');
    if (field !== undefined) event.le = `${String(event[field])}T12:00:00Z`;
    else if (previousLe !== undefined) event.le = previousLe;
  }
  return event;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function checkDeadlines(
  expect: ScenarioFile['scenarios'][number]['expect'],
  deadlines: readonly Deadline[],
  out: string[],
) {
  for (const e of expect.deadlines ?? []) {
    const d = deadlines.find((x) => x.id === e.id);
    if (!d) {
      out.push(
        `échéance « ${e.id} » absente (présentes : ${deadlines.map((x) => x.id).join(', ') || 'aucune'})`,
      );
      continue;
    }
    for (const field of ['status', 'due', 'dueAt', 'doneOn', 'responsible'] as const) {
      if (e[field] !== undefined && !same(e[field], d[field])) {
        out.push(
          `échéance « ${e.id} » : ${field} attendu ${JSON.stringify(e[field])}, obtenu ${JSON.stringify(d[field])}`,
        );
      }
    }
  }
  for (const id of expect.absentDeadlines ?? []) {
    if (deadlines.some((x) => x.id === id))
      out.push(`échéance « ${id} » présente alors qu’elle est attendue absente`);
  }
}

function checkAlerts(
  expect: ScenarioFile['scenarios'][number]['expect'],
  alerts: readonly Alert[],
  out: string[],
) {
  const matched = new Set<Alert>();
  for (const e of expect.alerts ?? []) {
    const a = alerts.find(
      (x) => !matched.has(x) && x.code === e.code && (e.key === undefined || x.key === e.key),
    );
    if (!a) {
      out.push(
        `alerte ${e.key ?? e.code} absente (présentes : ${alerts.map((x) => x.key).join(', ') || 'aucune'})`,
      );
      continue;
    }
    matched.add(a);
    for (const field of ['severity', 'recipients', 'due', 'dueAt'] as const) {
      if (e[field] !== undefined && !same(e[field], a[field])) {
        out.push(
          `alerte ${a.key} : ${field} attendu ${JSON.stringify(e[field])}, obtenu ${JSON.stringify(a[field])}`,
        );
      }
    }
    if (e.messageIncludes !== undefined && !a.message.includes(e.messageIncludes)) {
      out.push(`alerte ${a.key} : message sans « ${e.messageIncludes} » (« ${a.message} »)`);
    }
    const summary = a.explanation.summary;
    if (e.explanationIncludes !== undefined && !summary.includes(e.explanationIncludes)) {
      out.push(`alerte ${a.key} : explication sans « ${e.explanationIncludes} » (« ${summary} »)`);
    }
  }
  for (const absent of expect.absentAlerts ?? []) {
    const found = alerts.find((x) => x.code === absent || x.key === absent);
    if (found) out.push(`alerte ${found.key} présente alors qu’elle est attendue absente`);
  }
  if (expect.onlyListedAlerts === true) {
    for (const a of alerts) if (!matched.has(a)) out.push(`alerte inattendue ${a.key} : ${a.message}`);
  }
}

/**
 * Runs scenarios against a pack: folds each scenario's events, evaluates the dossier at its instant, and
 * compares with the expected deadlines and alerts (only the fields written are compared).
 *
 * @param rules - the académie's pack (with the national pack and the shipped calendars), or a full rule set.
 * @param file - the parsed scenarios (see {@link parseScenarios}).
 * @returns one result per scenario, in order.
 * @remarks To run every file of a folder, use {@link runPackScenarios}, which reads, parses and runs them.
 * @example
 * ```ts
 * parseScenarios(text).match(
 *   (file) => { for (const r of runScenarios(packReunion, file)) expect(r.failures).toEqual([]); },
 *   (error) => expect(error.issues).toEqual([]),
 * );
 * ```
 * @category Scénarios
 */
export function runScenarios(rules: RulePack | RuleSet, file: ScenarioFile): ScenarioResult[] {
  return file.scenarios.map((scenario) => {
    const failures: string[] = [];
    const events: unknown[] = [];
    let previousLe: string | undefined;
    for (const raw of [...file.prelude, ...scenario.events]) {
      // Scenario files written before 0.3 may give the stagiaire's personal data: read, as old logs are, without.
      const event = omitDonneesPersonnellesEvent(completeEvent(raw, file.acteurs, previousLe));
      const parsed = dossierEventSchema.safeParse(event);
      if (!parsed.success) {
        for (const i of issuesOf(parsed.error, ['events', events.length])) failures.push(i.message);
        events.push(event);
        continue;
      }
      previousLe = parsed.data.le;
      events.push(parsed.data);
    }
    if (failures.length > 0) return { name: scenario.name, passed: false, failures, actual: null };
    const folded = foldDossier(
      events.map((event, i) => ({ sequence: i + 1, event: dossierEventSchema.parse(event) })),
    );
    if (folded.isErr()) {
      return {
        name: scenario.name,
        passed: false,
        failures: folded.error.issues.map((i) => `événement ${i.path.join('/')} : ${i.message}`),
        actual: null,
      };
    }
    const result = evaluateCohort([folded.value], scenario.instant, rules);
    if (result.isErr()) {
      return { name: scenario.name, passed: false, failures: [result.error.message], actual: null };
    }
    const [evaluation] = result.value.evaluations;
    const [skipped] = result.value.skipped;
    if (!evaluation) {
      return {
        name: scenario.name,
        passed: false,
        failures: [`dossier non évalué : ${skipped?.error.message ?? 'raison inconnue'}`],
        actual: null,
      };
    }
    checkDeadlines(scenario.expect, evaluation.deadlines, failures);
    checkAlerts(scenario.expect, evaluation.alerts, failures);
    return {
      name: scenario.name,
      passed: failures.length === 0,
      failures,
      actual: { deadlines: evaluation.deadlines, alerts: evaluation.alerts },
    };
  });
}
