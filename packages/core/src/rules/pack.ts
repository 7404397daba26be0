/**
 * Rule packs: dated, sourced, layered parameter values, and their strict validation from TypeScript
 * objects, JSON or YAML text.
 *
 * @packageDocumentation
 */

import { err, ok, type Result } from 'neverthrow';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { anneeScolaireLabelSchema, localDateSchema } from '../calendar/date-schemas.js';
import type { AnneeScolaire, LocalDate } from '../calendar/local-date.js';
import { type Issue, issue, type SourceRef, type ValidationError, validationError } from '../errors.js';
import { coversAnneeScolaire } from '../referentiel/annee-scolaire.js';
import type { Confidence } from '../referentiel/types.js';
import { guardResult, invalidInput } from '../schemas/entree.js';
import { PARAMETER_KEYS, PARAMETER_SCHEMAS, type PackValue, type ParameterKey } from './parameters.js';

/**
 * The layer that set a value: the national rules, an académie's pack, an établissement's pack. A higher
 * layer overrides a lower one for the parameters it states; everything else is inherited.
 *
 * @category Règles
 */
export type Layer = 'national' | 'academie' | 'etablissement';

/**
 * The layers from the lowest to the highest.
 *
 * @category Règles
 */
export const LAYERS: readonly Layer[] = ['national', 'academie', 'etablissement'];

/**
 * When a value applies: a list of school years, or a period of dates. A school year is covered by a
 * period when its 1 September (the nomination date) falls in it.
 *
 * @category Règles
 */
export type Validity =
  | { readonly schoolYears: readonly AnneeScolaire[] }
  | { readonly from: LocalDate; readonly until?: LocalDate | undefined };

/**
 * One dated, sourced value of a parameter.
 *
 * @category Règles
 */
export interface ParameterEntry<T> {
  /** The value. */
  readonly value: T;
  /** When it applies. */
  readonly validity: Validity;
  /**
   * The text that sets it (law, note de service, académie guide, or the source of an assumption): the primary
   * text first when there is one, secondary pages in `references`.
   */
  readonly source: SourceRef;
  /**
   * Other texts the value rests on, after `source`: a secondary page that reads the text, or the primary text
   * behind a secondary source.
   */
  readonly references?: readonly SourceRef[] | undefined;
  /** How sure the value is: `unverified` marks a documented assumption. */
  readonly confidence: Confidence;
  /** The text's words, verbatim (`[…]` marks a cut). Words not read verbatim go in `paraphrase`. */
  readonly quote?: string | undefined;
  /** What the text says, in other words than its own: printed followed by « (paraphrase) », never as a quotation. */
  readonly paraphrase?: string | undefined;
  /** Why this value, when it is a reading or an assumption, in French. */
  readonly note?: string | undefined;
}

/**
 * The parameters a pack states: only those it sets, each with one or more dated entries. Lists merged by
 * `id` (`jury.piecesRequises`, `avis.prealables`, `echeances.academiques`) state only the items they add,
 * replace or remove.
 *
 * @category Règles
 */
export type PackParameters = {
  readonly [K in ParameterKey]?: readonly ParameterEntry<PackValue<K>>[];
};

/**
 * A rule pack: the parameters one layer states.
 *
 * @example
 * ```ts
 * const pack: RulePack = {
 *   id: 'academie-exemple', version: '1.0.0', layer: 'academie', academie: 'exemple', label: 'Académie d’exemple',
 *   parameters: {
 *     'echeances.bilanFinal': [{
 *       value: { due: { kind: 'end-of-month', month: 3 } },
 *       validity: { schoolYears: ['2022-2023'] },
 *       source: { texte: 'Note académique du 9 septembre 2022' },
 *       confidence: 'verified',
 *     }],
 *   },
 * };
 * ```
 * @category Règles
 */
export interface RulePack {
  /** Stable identifier, lower case with hyphens (`academie-reunion`). */
  readonly id: string;
  /** Version of the pack, recorded in the jury's frozen view. */
  readonly version: string;
  /** Its layer. */
  readonly layer: Layer;
  /** French label. */
  readonly label: string;
  /** Code of the académie (as in a dossier: `reunion`, `lyon`); required for académie and établissement packs. */
  readonly academie?: string | undefined;
  /** UAI of the EPLE; required for établissement packs. */
  readonly uai?: string | undefined;
  /** What the pack is, in words. */
  readonly description?: string | undefined;
  /** What a reader must know beside the parameters: where the académie's documents depart from the texts. */
  readonly notes?: readonly PackNote[] | undefined;
  /** The parameters it states. */
  readonly parameters: PackParameters;
}

/**
 * A note of a pack: where an académie's document departs from the texts (`ecart-aux-textes`), or anything else a
 * reader must know (`information`). `citation` is the document's wording, verbatim; `texte` is the note, in French.
 *
 * @category Règles
 */
export interface PackNote {
  readonly id: string;
  readonly nature: 'ecart-aux-textes' | 'information';
  /** The note, in French. */
  readonly texte: string;
  /** The académie's document, verbatim, when the note is about its wording. */
  readonly citation?: string | undefined;
  /** Where the citation is read. */
  readonly source: SourceRef;
  /** The texts the note refers to (e.g. the article the document departs from). */
  readonly references?: readonly SourceRef[] | undefined;
}

const sourceRefSchema = z.strictObject({
  texte: z.string().min(1),
  article: z.string().min(1).optional(),
  nor: z.string().min(1).optional(),
  url: z.url().optional(),
  nature: z.enum(['officielle', 'academique', 'secondaire', 'hypothese']).optional(),
});

const validitySchema = z.union([
  z.strictObject({
    schoolYears: z.array(anneeScolaireLabelSchema).min(1),
  }),
  z.strictObject({ from: localDateSchema, until: localDateSchema.optional() }),
]);

function entrySchema(value: z.ZodType) {
  return z.strictObject({
    value,
    validity: validitySchema,
    source: sourceRefSchema,
    references: z.array(sourceRefSchema).min(1).optional(),
    confidence: z.enum(['verified', 'secondary', 'unverified']),
    quote: z.string().min(1).optional(),
    paraphrase: z.string().min(1).optional(),
    note: z.string().min(1).optional(),
  });
}

const parametersSchema = z.strictObject(
  Object.fromEntries(
    PARAMETER_KEYS.map((k) => [k, z.array(entrySchema(PARAMETER_SCHEMAS[k])).min(1).optional()]),
  ),
);

/**
 * Zod schema of a rule pack (strict at every level: an unknown key is an error).
 *
 * @category Règles
 */
export const rulePackSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'identifiant en minuscules, mots séparés par « - »'),
    version: z.string().regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/, 'version semver attendue, p. ex. 1.0.0'),
    layer: z.enum(['national', 'academie', 'etablissement']),
    label: z.string().min(1),
    academie: z
      .string()
      .regex(/^[a-z]+(?:-[a-z]+)*$/, 'code d’académie en minuscules sans accents')
      .optional(),
    uai: z
      .string()
      .regex(/^[0-9]{7}[A-Z]$/, 'code UAI attendu (7 chiffres et une lettre)')
      .optional(),
    description: z.string().optional(),
    notes: z
      .array(
        z.strictObject({
          id: z
            .string()
            .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'identifiant en minuscules, mots séparés par « - »'),
          nature: z.enum(['ecart-aux-textes', 'information']),
          texte: z.string().min(1),
          citation: z.string().min(1).optional(),
          source: sourceRefSchema,
          references: z.array(sourceRefSchema).optional(),
        }),
      )
      .optional(),
    parameters: parametersSchema,
  })
  .superRefine((pack, ctx) => {
    if (pack.layer === 'national' && (pack.academie !== undefined || pack.uai !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        message: 'un pack national ne nomme ni académie ni UAI',
        path: ['layer'],
      });
    }
    if (pack.layer !== 'national' && pack.academie === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: `un pack ${pack.layer} nomme son académie`,
        path: ['academie'],
      });
    }
    if (pack.layer === 'etablissement' && pack.uai === undefined) {
      ctx.addIssue({ code: 'custom', message: 'un pack établissement nomme son UAI', path: ['uai'] });
    }
    if (pack.layer === 'academie' && pack.uai !== undefined) {
      ctx.addIssue({ code: 'custom', message: 'un pack académique ne nomme pas d’UAI', path: ['uai'] });
    }
  });

function overlaps(a: Validity, b: Validity): boolean {
  if ('schoolYears' in a && 'schoolYears' in b) return a.schoolYears.some((y) => b.schoolYears.includes(y));
  if ('schoolYears' in a) return a.schoolYears.some((y) => coversAnneeScolaire(b, y));
  if ('schoolYears' in b) return b.schoolYears.some((y) => coversAnneeScolaire(a, y));
  const aEnd = a.until ?? '9999-12-31';
  const bEnd = b.until ?? '9999-12-31';
  return a.from <= bEnd && b.from <= aEnd;
}

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j] ?? 0;
      row[j] = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length] ?? 0;
}

function suggestion(key: string, path: readonly PropertyKey[]): string {
  if (path.length !== 1 || path[0] !== 'parameters') return '';
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const k of PARAMETER_KEYS) {
    const d = levenshtein(key, k);
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(3, key.length / 4)
    ? ` Vouliez-vous dire « ${best} » ?`
    : '';
}

function pathText(path: readonly (string | number)[]): string {
  return path.length === 0 ? '(racine)' : path.join('/');
}

function toPath(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((p) => (typeof p === 'number' ? p : String(p)));
}

function issuesOf(error: z.ZodError, prefix: readonly (string | number)[] = []): Issue[] {
  const issues: Issue[] = [];
  for (const i of error.issues) {
    const path = [...prefix, ...toPath(i.path)];
    if (i.code === 'unrecognized_keys') {
      for (const key of i.keys) {
        issues.push(
          issue(
            'pack.cle-inconnue',
            `Clé inconnue « ${key} » dans ${pathText(path)}.${suggestion(key, i.path)}`,
            [...path, key],
          ),
        );
      }
    } else {
      issues.push(issue('pack.valeur-invalide', `${pathText(path)} : ${i.message}`, path));
    }
  }
  return issues;
}

function invalid(label: string, issues: readonly Issue[]): ValidationError {
  const first = issues[0]?.message ?? '';
  return validationError(
    `Pack de règles ${label} invalide (${issues.length} problème(s)) : ${first}`,
    issues,
  );
}

/**
 * Validates a rule pack given as a JavaScript value (a TypeScript object, or parsed JSON/YAML).
 *
 * @param input - the candidate pack.
 * @returns the pack, or a validation error listing every problem: an unknown key is named (with the
 * closest known parameter when one is near), a value of the wrong type names its path, two entries of the
 * same parameter whose validity overlaps are refused.
 * @example
 * ```ts
 * parseRulePack({ ...pack, parameters: { 'echeances.bilanIntermediare': [] } });
 * // err: « Clé inconnue « echeances.bilanIntermediare » dans parameters. Vouliez-vous dire « echeances.bilanIntermediaire » ? »
 * ```
 * @category Règles
 */
export function parseRulePack(input: unknown): Result<RulePack, ValidationError> {
  const parsed = rulePackSchema.safeParse(input);
  const label =
    input !== null && typeof input === 'object' && 'id' in input && typeof input.id === 'string'
      ? `« ${input.id} »`
      : '';
  if (!parsed.success) return err(invalid(label, issuesOf(parsed.error)));
  const pack = parsed.data as RulePack;
  const issues: Issue[] = [];
  for (const key of PARAMETER_KEYS) {
    const entries = pack.parameters[key] ?? [];
    for (let i = 0; i < entries.length; i++) {
      for (let j = i + 1; j < entries.length; j++) {
        const a = entries[i];
        const b = entries[j];
        if (a && b && overlaps(a.validity, b.validity)) {
          issues.push(
            issue(
              'pack.validite-chevauchement',
              `parameters/${key} : les entrées ${i} et ${j} s'appliquent à une même année scolaire.`,
              ['parameters', key, j, 'validity'],
            ),
          );
        }
      }
    }
  }
  if (issues.length > 0) return err(invalid(label, issues));
  return ok(pack);
}

/**
 * Validates a rule pack written in JSON.
 *
 * @param text - the JSON text (core does no I/O: read the file yourself).
 * @returns the pack, or a validation error (syntax error or invalid pack).
 * @category Règles
 */
export function parseRulePackJson(text: string): Result<RulePack, ValidationError> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return err(invalid('JSON', [issue('pack.json-illisible', `JSON illisible : ${message}`)]));
  }
  return parseRulePack(value);
}

/**
 * Validates a rule pack written in YAML (YAML 1.2: dates stay strings, as the pack format expects).
 *
 * @param text - the YAML text.
 * @returns the pack, or a validation error (syntax errors with their line, or invalid pack).
 * @example
 * ```ts
 * const pack = parseRulePackYaml(await readFile('mon-academie.yaml', 'utf8'));
 * ```
 * @category Règles
 */
export function parseRulePackYaml(text: string): Result<RulePack, ValidationError> {
  if (typeof text !== 'string')
    return err(invalidInput('parseRulePackYaml', 'le texte YAML d’un pack', ['text']));
  return guardResult('parseRulePackYaml', () => parseRulePackYamlChecked(text));
}

function parseRulePackYamlChecked(text: string): Result<RulePack, ValidationError> {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return err(
      invalid(
        'YAML',
        doc.errors.map((e) =>
          issue(
            'pack.yaml-illisible',
            `YAML illisible ligne ${e.linePos?.[0]?.line ?? '?'} : ${(e.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/u, '')}`,
          ),
        ),
      ),
    );
  }
  return parseRulePack(doc.toJS());
}

/**
 * Declares a pack in TypeScript with full typing of every parameter's value. The pack is validated when
 * it is resolved (`resolveRules`), or explicitly with {@link parseRulePack}.
 *
 * @param pack - the pack.
 * @returns the same object.
 * @category Règles
 */
export function defineRulePack<const P extends RulePack>(pack: P): P {
  return pack;
}
