/**
 * What can go wrong in a command, as values: the library's error kinds plus the command line's own (usage,
 * files), each mapped to an exit code and, for people, to what to do next.
 *
 * @packageDocumentation
 */
import type { Issue, TremplinError } from '@tremplin/core';
import { EXIT, type ExitCode } from './exit-codes.js';

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

/** Every failure a command reports. */
export type CliFailure = TremplinError | UsageError | FileError | RowsRejected;

/**
 * The exit code of a failure.
 *
 * @param failure - what went wrong.
 * @returns 1 for the domain's answers, 2 for usage, 3 for the store and files, 4 for a concurrent write.
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
 * What to do after a failure, in French, when the failure does not say it itself.
 *
 * @param failure - what went wrong.
 * @returns a sentence, or null.
 */
export function nextStep(failure: CliFailure): string | null {
  switch (failure.kind) {
    case 'usage':
      return failure.hint ?? 'Voir « tremplin help ».';
    case 'file':
      return failure.hint ?? null;
    case 'rows':
      return (
        failure.hint ??
        'Corrigez les lignes indiquées puis relancez ; rien n’a été importé. « --skip-invalid » importe les lignes valides seulement.'
      );
    case 'conflict':
      return 'Un autre utilisateur a modifié ce dossier au même moment ; rien n’a été enregistré : relancez la commande.';
    case 'store':
      switch (failure.code) {
        case 'schema-too-new':
          return 'La base a été écrite par une version plus récente de Tremplin : mettez à jour @tremplin/cli.';
        case 'unavailable':
          return 'Vérifiez le chemin ou l’adresse de la base (--db), qu’elle est accessible et non verrouillée, puis relancez.';
        case 'corrupt':
          return 'Ce fichier n’est pas une base Tremplin lisible : vérifiez --db, ou restaurez une sauvegarde.';
        case 'integrity':
          return 'Le journal a été modifié hors de Tremplin : « tremplin verify » liste les dossiers touchés ; restaurez-les depuis une sauvegarde.';
        default:
          return null;
      }
    case 'not-found':
      return 'Vérifiez l’identifiant (« tremplin status » liste les dossiers).';
    case 'permission':
      return 'Agissez avec le rôle et le périmètre qui conviennent (--as rôle:identifiant,…).';
    case 'refusal':
    case 'validation':
      return null;
  }
}
