/**
 * Validation of what callers hand to a store, shared by every adapter so that all of them accept and
 * refuse the same inputs with the same issue codes.
 *
 * @packageDocumentation
 */

import { err, ok, type Result } from 'neverthrow';
import { type Issue, issue, type ValidationError, validationError } from '../errors.js';
import type { AppendInput, StoredEvent } from './append.js';
import type { DossierIndex } from './dossier-index.js';
import { collectJsonIssues } from './json.js';
import { isStorableText, MAX_TEXT_LENGTH, textIssue } from './text.js';

/**
 * An append that passed validation, with its events already serialised to the JSON text stores keep.
 *
 * @typeParam E - the domain event union.
 * @category Ports
 */
export interface PreparedAppend<E extends StoredEvent = StoredEvent> {
  readonly input: AppendInput<E>;
  /** `JSON.stringify` of each event, in order. */
  readonly payloads: readonly string[];
}

const ISSUE_LIMIT = 50;
const INDEX_KEYS = new Set([
  'dossierId',
  'academie',
  'anneeScolaire',
  'uai',
  'corps',
  'discipline',
  'tuteurIds',
  'etat',
]);
const INPUT_KEYS = new Set([
  'dossierId',
  'expectedSequence',
  'idempotencyKey',
  'recordedAt',
  'events',
  'index',
]);

/**
 * Validates one append and serialises its events.
 *
 * @param input - the append, as the caller gave it (checked at run time: JavaScript callers are welcome).
 * @returns the prepared append, or a `ValidationError` listing every problem.
 * @remarks Checks: identifiers are non-empty storable text of at most 256 code units; `expectedSequence`
 * is a non-negative safe integer; `recordedAt` is an ISO 8601 instant with seconds and `Z` or an offset;
 * there is at least one event, each a JSON object (see {@link collectJsonIssues}) with a non-empty `type`;
 * the index is present when creating the dossier, describes the same dossier and has no duplicate tuteur;
 * no unknown key anywhere.
 * @category Ports
 */
export function prepareAppend<E extends StoredEvent>(
  input: AppendInput<E>,
): Result<PreparedAppend<E>, ValidationError> {
  const issues: Issue[] = [];
  if (!checkAppend(input, [], issues)) return err(validationError("Commande d'ajout invalide.", issues));
  return ok(serializeAppend(input));
}

/**
 * Validates a batch of appends; issue paths start with the input's position in the batch.
 *
 * @param inputs - the appends.
 * @returns the prepared appends in order, or a `ValidationError` listing every problem.
 * @category Ports
 */
export function prepareAppends<E extends StoredEvent>(
  inputs: readonly AppendInput<E>[],
): Result<PreparedAppend<E>[], ValidationError> {
  return checkBatch(inputs).map(() => inputs.map(serializeAppend));
}

/**
 * Validates a batch of appends without serialising it: the first half of {@link prepareAppends}, for stores
 * that serialise and write a large batch a slice at a time (with {@link serializeAppend}) to keep memory flat.
 *
 * @param inputs - the appends.
 * @returns nothing, or a `ValidationError` listing every problem (paths start with the input's position).
 * @category Ports
 */
export function validateAppends<E extends StoredEvent>(
  inputs: readonly AppendInput<E>[],
): Result<void, ValidationError> {
  return checkBatch(inputs);
}

/**
 * Serialises the events of an append that passed {@link validateAppends}.
 *
 * @param input - the validated append.
 * @returns the prepared append.
 * @category Ports
 */
export function serializeAppend<E extends StoredEvent>(input: AppendInput<E>): PreparedAppend<E> {
  return { input, payloads: input.events.map((event) => JSON.stringify(event)) };
}

function checkBatch<E extends StoredEvent>(inputs: readonly AppendInput<E>[]): Result<void, ValidationError> {
  if (!Array.isArray(inputs)) {
    return err(
      validationError("Lot d'ajouts invalide.", [issue('lot.type', 'Un tableau de commandes est attendu.')]),
    );
  }
  const issues: Issue[] = [];
  const instants = new Set<string>();
  for (let i = 0; i < inputs.length && issues.length < ISSUE_LIMIT; i++) {
    checkAppend(inputs[i] as AppendInput<E>, [i], issues, instants);
  }
  if (issues.length > 0) return err(validationError("Lot d'ajouts invalide.", issues));
  return ok(undefined);
}

/**
 * Validates a dossier identifier given to `load` or `history`.
 *
 * @param dossierId - the identifier.
 * @returns it, or a `ValidationError`.
 * @category Ports
 */
export function validateDossierId(dossierId: unknown): Result<string, ValidationError> {
  const issue = textIssue(dossierId, ['dossierId'], { required: true });
  if (issue !== undefined) return err(validationError('Identifiant de dossier invalide.', [issue]));
  return ok(dossierId as string);
}

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(?:Z|([+-])(\d{2}):(\d{2}))$/;

/**
 * Whether a string is an ISO 8601 instant as stores record it: `YYYY-MM-DDTHH:mm:ss[.fraction]` followed by
 * `Z` or `±HH:mm`, with a real calendar date.
 *
 * @param value - the string.
 * @returns `true` when valid.
 * @example
 * isIsoInstant('2022-11-30T23:59:59+04:00'); // true
 * isIsoInstant('2022-02-30T00:00:00Z'); // false
 * @category Ports
 */
export function isIsoInstant(value: string): boolean {
  const m = INSTANT.exec(value);
  if (m === null) return false;
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return false;
  if (m[7] !== undefined && (Number(m[8]) > 23 || Number(m[9]) > 59)) return false;
  return true;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function unknownKeys(
  value: Record<string, unknown>,
  allowed: ReadonlySet<string>,
  path: ReadonlyArray<string | number>,
  issues: Issue[],
): void {
  // for…in rather than Object.keys: no array per input on the bulk path.
  for (const key in value) {
    if (!allowed.has(key) && Object.hasOwn(value, key)) {
      issues.push(issue('cle.inconnue', `Clé inconnue ${JSON.stringify(key)}.`, [...path, key]));
    }
  }
}

function push(issues: Issue[], issue: Issue | undefined): void {
  if (issue !== undefined) issues.push(issue);
}

/** Checks a text field, building its path only when it is wrong (the common case allocates nothing). */
function checkText(
  issues: Issue[],
  value: unknown,
  at: ReadonlyArray<string | number>,
  key: string | number,
  required: boolean,
  /** A position inside `key`, for list items. */
  position?: number,
): void {
  if (
    typeof value === 'string' &&
    (!required || value.length > 0) &&
    value.length <= MAX_TEXT_LENGTH &&
    isStorableText(value)
  ) {
    return;
  }
  push(
    issues,
    textIssue(value, position === undefined ? [...at, key] : [...at, key, position], { required }),
  );
}

function checkAppend<E extends StoredEvent>(
  input: AppendInput<E>,
  at: ReadonlyArray<string | number>,
  issues: Issue[],
  /** Instants already found valid in this batch (a bulk import repeats the same few). */
  instants: Set<string> = new Set(),
): boolean {
  const before = issues.length;
  if (!isRecord(input)) {
    issues.push(issue('commande.type', 'Un objet est attendu.', at));
    return false;
  }
  unknownKeys(input, INPUT_KEYS, at, issues);
  checkText(issues, input.dossierId, at, 'dossierId', true);
  checkText(issues, input.idempotencyKey, at, 'idempotencyKey', true);
  const expected: unknown = input.expectedSequence;
  if (typeof expected !== 'number' || !Number.isSafeInteger(expected) || expected < 0) {
    issues.push(
      issue(
        'sequence.invalide',
        'La séquence attendue est un entier positif ou nul (0 pour créer le dossier).',
        [...at, 'expectedSequence'],
      ),
    );
  }
  const recordedAt: unknown = input.recordedAt;
  if (typeof recordedAt === 'string' && (instants.has(recordedAt) || isIsoInstant(recordedAt))) {
    if (instants.size < 1024) instants.add(recordedAt);
  } else {
    issues.push(
      issue(
        'horodatage.invalide',
        'Instant ISO 8601 attendu, avec secondes et fuseau (Z ou ±HH:mm), par ex. 2022-09-01T08:00:00+04:00.',
        [...at, 'recordedAt'],
      ),
    );
  }
  const events: unknown = input.events;
  if (!Array.isArray(events) || events.length === 0) {
    issues.push(issue('evenements.vides', 'Au moins un événement est attendu.', [...at, 'events']));
  } else {
    for (let i = 0; i < events.length && issues.length < ISSUE_LIMIT; i++) {
      const event: unknown = events[i];
      const path = [...at, 'events', i];
      if (!isRecord(event)) {
        issues.push(issue('evenement.type', 'Un événement est un objet JSON.', path));
        continue;
      }
      checkText(issues, event.type, path, 'type', true);
      collectJsonIssues(event, path, issues, ISSUE_LIMIT);
    }
  }
  if (input.index === undefined) {
    if (expected === 0) {
      issues.push(
        issue('index.requis', 'La création du dossier (séquence attendue 0) doit fournir son index.', [
          ...at,
          'index',
        ]),
      );
    }
  } else {
    checkIndex(input.index, input.dossierId, [...at, 'index'], issues);
  }
  return issues.length === before;
}

function checkIndex(
  index: DossierIndex,
  dossierId: unknown,
  at: ReadonlyArray<string | number>,
  issues: Issue[],
): void {
  if (!isRecord(index)) {
    issues.push(issue('index.type', 'Un objet est attendu.', at));
    return;
  }
  unknownKeys(index, INDEX_KEYS, at, issues);
  if (index.dossierId !== dossierId) {
    issues.push(
      issue('index.dossier-different', "L'index décrit un autre dossier que celui de la commande.", [
        ...at,
        'dossierId',
      ]),
    );
  }
  for (const field of ['academie', 'anneeScolaire', 'uai', 'corps', 'etat'] as const) {
    checkText(issues, index[field], at, field, true);
  }
  if (index.discipline !== undefined) checkText(issues, index.discipline, at, 'discipline', false);
  const tuteurs: unknown = index.tuteurIds;
  if (!Array.isArray(tuteurs)) {
    issues.push(issue('tuteurs.type', 'Un tableau est attendu.', [...at, 'tuteurIds']));
    return;
  }
  if (tuteurs.length === 1) {
    checkText(issues, tuteurs[0], at, 'tuteurIds', true, 0);
    return;
  }
  const seen = new Set<string>();
  tuteurs.forEach((tuteur: unknown, i) => {
    const count = issues.length;
    checkText(issues, tuteur, at, 'tuteurIds', true, i);
    if (issues.length > count) return;
    if (seen.has(tuteur as string)) {
      issues.push(issue('tuteurs.doublon', 'Tuteur en double.', [...at, 'tuteurIds', i]));
    } else {
      seen.add(tuteur as string);
    }
  });
}
