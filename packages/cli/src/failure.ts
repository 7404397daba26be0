/**
 * What can go wrong in a command, as values: the library's error kinds plus the command line's own (usage,
 * files, rows, a defect), each mapped to an exit code and, for people, to what to do next.
 *
 * @packageDocumentation
 */
import type { Issue, TremplinError } from '@tremplin/core';
import { EXIT, type ExitCode } from './exit-codes.js';
import { type FailureContext, stepFor } from './next-step.js';

export type { FailureContext } from './next-step.js';

/** The command line is wrong: unknown command or option, missing or malformed argument. */
export interface UsageError {
  readonly kind: 'usage';
  readonly message: string;
  /** What to type instead. */
  readonly hint?: string;
}

/** A file could not be read or written. */
export interface FileError {
  readonly kind: 'file';
  readonly message: string;
  readonly path: string;
  readonly hint?: string;
}

/** Rows of an input file were refused: every bad row, with its line number and reasons. */
export interface RowsRejected {
  readonly kind: 'rows';
  readonly message: string;
  readonly file: string;
  readonly rows: readonly RejectedRow[];
  readonly hint?: string;
}

/** One refused row of an input file. */
export interface RejectedRow {
  /** 1-based line of the file where the row starts. */
  readonly line: number;
  /** The dossier the row is about, when it could be read. */
  readonly dossierId: string | null;
  /** Every problem, each with a stable code. */
  readonly issues: readonly Issue[];
}

/** A defect of Tremplin: an exception nobody expected (exit 70). */
export interface InternalError {
  readonly kind: 'internal';
  /** The exception's message and stack. */
  readonly message: string;
}

/** A library error, with what to do next when the code that returns it knows better than its kind. */
export type HintedError = TremplinError & { readonly hint?: string };

/** Every failure a command reports. */
export type CliFailure = HintedError | UsageError | FileError | RowsRejected | InternalError;

/**
 * The exit code of a failure.
 *
 * @param failure - what went wrong.
 * @returns 1 for the domain's answers, 2 for usage, 3 for the store and files, 4 for a concurrent write, 70
 * for a defect.
 */
export function exitCodeOf(failure: CliFailure): ExitCode {
  switch (failure.kind) {
    case 'usage':
      return EXIT.usage;
    case 'store':
    case 'file':
      return EXIT.store;
    case 'conflict':
      return EXIT.conflict;
    case 'internal':
      return EXIT.internal;
    case 'validation':
    case 'refusal':
    case 'permission':
    case 'not-found':
    case 'rows':
      return EXIT.domain;
  }
}

/**
 * A usage error.
 *
 * @param message - what is wrong.
 * @param hint - what to type instead.
 * @returns the failure.
 */
export function usage(message: string, hint?: string): UsageError {
  return hint === undefined ? { kind: 'usage', message } : { kind: 'usage', message, hint };
}

/**
 * The failure of an unexpected exception.
 *
 * @param e - what was thrown.
 * @returns the failure, with the exception's stack when it has one.
 */
export function internalFailure(e: unknown): InternalError {
  return { kind: 'internal', message: e instanceof Error ? (e.stack ?? e.message) : String(e) };
}

/**
 * What to do after a failure, in French: the failure's own hint when it has one, else a sentence derived from
 * its kind and codes (the refusal's reasons, the fields of a validation, the driver's error code of a store
 * failure) and from the command that failed.
 *
 * @param failure - what went wrong.
 * @param context - the command, its arguments and its database, when known.
 * @returns one sentence (never empty).
 */
export function nextStep(failure: CliFailure, context: FailureContext = {}): string {
  const hint = 'hint' in failure ? failure.hint : undefined;
  return hint !== undefined && hint !== '' ? hint : stepFor(failure, context);
}
