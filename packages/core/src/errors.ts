/**
 * The typed error kinds every Tremplin function returns instead of throwing.
 *
 * Expected failures (bad input, a refused command, a concurrent write, a missing dossier,
 * an actor without the right) are values of these types, carried in a neverthrow `Result`.
 * Each kind has a stable `kind` discriminant so callers can `match` on it.
 *
 * @packageDocumentation
 */

/** One problem found in an input, with the path of the offending value. */
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
 */
export interface ValidationError {
  readonly kind: 'validation';
  readonly message: string;
  readonly issues: readonly Issue[];
}

/** A reference to the text that requires or forbids something. */
export interface SourceRef {
  /** Short title of the text, e.g. `Décret n° 94-874 du 7 octobre 1994`. */
  readonly texte: string;
  /** Article or section, e.g. `art. 7`, `guide § 6`. */
  readonly article?: string;
  /** NOR of the text when it has one. */
  readonly nor?: string;
  /** Where to read it. */
  readonly url?: string;
}

/** One reason a command was refused: a code for programs, words for people, the text behind it. */
export interface RefusalReason {
  readonly code: string;
  readonly message: string;
  readonly source?: SourceRef;
}

/**
 * A command was understood but the workflow refuses it: every reason is listed.
 */
export interface Refusal {
  readonly kind: 'refusal';
  readonly reasons: readonly [RefusalReason, ...RefusalReason[]];
}

/** The actor is not allowed to issue this command on this dossier. */
export interface PermissionDenied {
  readonly kind: 'permission';
  readonly message: string;
  readonly reasons: readonly RefusalReason[];
}

/** Optimistic concurrency: the dossier moved on since the writer read it. */
export interface ConflictError {
  readonly kind: 'conflict';
  readonly message: string;
  readonly dossierId: string;
  readonly expectedSequence: number;
  readonly actualSequence: number;
}

/** The requested dossier (or other record) does not exist. */
export interface NotFoundError {
  readonly kind: 'not-found';
  readonly message: string;
  readonly id: string;
}

/** A storage driver failed (I/O, connection, corrupt data, a schema newer than the code). */
export interface StoreFailure {
  readonly kind: 'store';
  readonly code: 'unavailable' | 'corrupt' | 'schema-too-new' | 'closed' | 'driver';
  readonly message: string;
  /** The driver's own error, kept for logs. Never shown to end users as is. */
  readonly cause?: unknown;
}

/** Every error kind of the library. */
export type TremplinError =
  | ValidationError
  | Refusal
  | PermissionDenied
  | ConflictError
  | NotFoundError
  | StoreFailure;
