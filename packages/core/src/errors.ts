/**
 * The typed error kinds every Tremplin function returns instead of throwing.
 *
 * Expected failures (bad input, a refused command, a concurrent write, a missing dossier,
 * an actor without the right) are values of these types, carried in a neverthrow `Result`.
 * Each kind has a stable `kind` discriminant so callers can `match` on it.
 *
 * Every error value of the library is built here, by one constructor per kind ({@link validationError},
 * {@link issue}, {@link refusal}, {@link refusalReason}, {@link permissionDenied}, {@link conflictError},
 * {@link notFound}, {@link storeFailure}, {@link closedStoreFailure}), so that the shape and the wording stay
 * alike; the codes they carry are listed in the guide « Erreurs / Errors » (`docs/guides/erreurs.md`).
 *
 * @packageDocumentation
 */

/**
 * One problem found in an input, with the path of the offending value.
 *
 * @category Erreurs
 */
export interface Issue {
  /** Stable machine-readable code, e.g. `competence.inconnue`. */
  readonly code: string;
  /** Human-readable explanation, in French. */
  readonly message: string;
  /** Path of the offending value inside the input (keys and indexes). */
  readonly path: ReadonlyArray<string | number>;
}

/**
 * An input did not pass validation. Lists every problem found, not only the first.
 *
 * @remarks Produced at the edges (zod parse of JSON, CSV, a form) and by domain validators.
 * @category Erreurs
 */
export interface ValidationError {
  readonly kind: 'validation';
  readonly message: string;
  readonly issues: readonly Issue[];
}

/**
 * A reference to the text that requires or forbids something.
 *
 * @category Erreurs
 */
export interface SourceRef {
  /** Short title of the text, e.g. `Décret n° 94-874 du 7 octobre 1994`. */
  readonly texte: string;
  /** Article or section, e.g. `art. 7`, `guide § 6`. */
  readonly article?: string;
  /** NOR of the text when it has one. */
  readonly nor?: string;
  /** Where to read it. */
  readonly url?: string;
  /**
   * What kind of text it is: `officielle` (Légifrance, Bulletin officiel, or another authoritative reference),
   * `academique` (an académie's own document), `secondaire` (a union, press, private or mirror page),
   * `hypothese` (no text: an assumption of Tremplin to confirm). When absent, `sourceNature` derives it from
   * the URL and the NOR.
   */
  readonly nature?: SourceNature;
}

/**
 * The kind of text a {@link SourceRef} cites. A `secondaire` source is printed « source secondaire : … ».
 *
 * @category Erreurs
 */
export type SourceNature = 'officielle' | 'academique' | 'secondaire' | 'hypothese';

/**
 * One reason a command was refused: a code for programs, words for people, the text behind it.
 *
 * @category Erreurs
 */
export interface RefusalReason {
  readonly code: string;
  readonly message: string;
  readonly source?: SourceRef;
}

/**
 * A command was understood but the workflow refuses it: every reason is listed.
 *
 * @category Erreurs
 */
export interface Refusal {
  readonly kind: 'refusal';
  readonly reasons: readonly [RefusalReason, ...RefusalReason[]];
}

/**
 * The actor is not allowed to issue this command on this dossier.
 *
 * @category Erreurs
 */
export interface PermissionDenied {
  readonly kind: 'permission';
  readonly message: string;
  readonly reasons: readonly RefusalReason[];
}

/**
 * Optimistic concurrency: the dossier moved on since the writer read it.
 *
 * @category Erreurs
 */
export interface ConflictError {
  readonly kind: 'conflict';
  readonly message: string;
  readonly dossierId: string;
  readonly expectedSequence: number;
  readonly actualSequence: number;
}

/**
 * The requested dossier (or other record) does not exist.
 *
 * @category Erreurs
 */
export interface NotFoundError {
  readonly kind: 'not-found';
  readonly message: string;
  readonly id: string;
}

/**
 * A storage driver failed (I/O, connection, corrupt data, a schema newer than the code).
 *
 * @category Erreurs
 */
export interface StoreFailure {
  readonly kind: 'store';
  readonly code: 'unavailable' | 'corrupt' | 'integrity' | 'schema-too-new' | 'closed' | 'driver';
  readonly message: string;
  /** The driver's own error, kept for logs. Never shown to end users as is. */
  readonly cause?: unknown;
  /** For `integrity`: the dossier whose log was changed outside Tremplin. */
  readonly dossierId?: string;
  /** For `integrity`: the first sequence whose event is missing, added or altered. */
  readonly sequence?: number;
}

/**
 * Every error kind of the library.
 *
 * @category Erreurs
 */
export type TremplinError =
  | ValidationError
  | Refusal
  | PermissionDenied
  | ConflictError
  | NotFoundError
  | StoreFailure;

/**
 * Builds one {@link Issue} of a validation.
 *
 * @param code - the stable code, e.g. `competence.inconnue` (listed in `docs/guides/erreurs.md`).
 * @param message - what is wrong, in French.
 * @param path - where the value sits in the input (keys and indexes); the root when omitted.
 * @returns the issue.
 * @category Erreurs
 */
export function issue(code: string, message: string, path: ReadonlyArray<string | number> = []): Issue {
  return { code, message, path };
}

/**
 * Builds a {@link ValidationError}.
 *
 * @param message - a summary, in French.
 * @param issues - every problem found.
 * @returns the error.
 * @category Erreurs
 */
export function validationError(message: string, issues: readonly Issue[]): ValidationError {
  return { kind: 'validation', message, issues };
}

/**
 * Builds one {@link RefusalReason}.
 *
 * @param code - the stable code, e.g. `renouvellement.deja-accorde` (listed in `docs/guides/erreurs.md`).
 * @param message - the sentence shown to a user, in French.
 * @param source - the text that requires or forbids it.
 * @returns the reason (without a `source` key when none is given).
 * @category Erreurs
 */
export function refusalReason(code: string, message: string, source?: SourceRef): RefusalReason {
  return source === undefined ? { code, message } : { code, message, source };
}

/**
 * Builds a {@link Refusal} from at least one reason.
 *
 * @param reasons - the reasons, the first one required.
 * @returns the refusal.
 * @example
 * ```ts
 * refusal([refusalReason('dossier.inexistant', 'Le dossier n’existe pas.')]);
 * ```
 * @category Erreurs
 */
export function refusal(reasons: readonly [RefusalReason, ...RefusalReason[]]): Refusal {
  return { kind: 'refusal', reasons };
}

/**
 * Builds a {@link Refusal} when reasons were found.
 *
 * @param reasons - the reasons found, possibly none.
 * @returns the refusal, or null for an empty list.
 * @category Erreurs
 */
export function refusalOf(reasons: readonly RefusalReason[]): Refusal | null {
  const [first, ...others] = reasons;
  return first === undefined ? null : refusal([first, ...others]);
}

/**
 * Builds a {@link PermissionDenied}.
 *
 * @param message - why the actor may not act, in French.
 * @param reasons - the rules behind it, each with its code.
 * @returns the error.
 * @category Erreurs
 */
export function permissionDenied(message: string, reasons: readonly RefusalReason[]): PermissionDenied {
  return { kind: 'permission', message, reasons };
}

/**
 * Builds the {@link ConflictError} of an append whose expected sequence is not the dossier's last.
 *
 * @param dossierId - the dossier.
 * @param expectedSequence - what the writer expected.
 * @param actualSequence - the dossier's last sequence.
 * @returns the conflict, with its French message.
 * @category Erreurs
 */
export function conflictError(
  dossierId: string,
  expectedSequence: number,
  actualSequence: number,
): ConflictError {
  return {
    kind: 'conflict',
    message: `Le dossier ${JSON.stringify(dossierId)} est à la séquence ${actualSequence}, pas ${expectedSequence} : relire le dossier puis rejouer la commande.`,
    dossierId,
    expectedSequence,
    actualSequence,
  };
}

/**
 * Builds the {@link NotFoundError} of a missing record (a dossier without events by default).
 *
 * @param id - the identifier looked for.
 * @param message - what is missing, in French; `Aucun dossier "<id>".` when omitted.
 * @returns the error.
 * @category Erreurs
 */
export function notFound(id: string, message = `Aucun dossier ${JSON.stringify(id)}.`): NotFoundError {
  return { kind: 'not-found', message, id };
}

/**
 * Builds a {@link StoreFailure}.
 *
 * @param code - the failure's kind.
 * @param message - what failed, in French.
 * @param cause - the driver's error, kept for logs.
 * @returns the failure (without a `cause` key when none is given).
 * @category Erreurs
 */
export function storeFailure(code: StoreFailure['code'], message: string, cause?: unknown): StoreFailure {
  return cause === undefined ? { kind: 'store', code, message } : { kind: 'store', code, message, cause };
}

/**
 * Builds the {@link StoreFailure} `integrity` of a dossier whose stored log does not match its hash chain:
 * an event was edited, deleted or added outside Tremplin.
 *
 * @param dossierId - the dossier.
 * @param sequence - the first sequence whose event is missing, added or altered.
 * @returns the failure, naming both.
 * @remarks The log is the record of acts that can be contested years later (décret n° 94-874 du 7 octobre
 * 1994): a changed log must be reported, never served.
 * @category Erreurs
 */
export function integrityFailure(dossierId: string, sequence: number): StoreFailure {
  return {
    kind: 'store',
    code: 'integrity',
    message: `Le journal du dossier ${dossierId} a été modifié hors de Tremplin : première séquence altérée ${sequence}.`,
    dossierId,
    sequence,
  };
}

/**
 * The failure every method of a closed store returns.
 *
 * @returns a {@link StoreFailure} with code `closed`.
 * @category Erreurs
 */
export function closedStoreFailure(): StoreFailure {
  return storeFailure('closed', 'Le stockage est fermé.');
}
