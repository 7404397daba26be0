/**
 * The shape of a sub-command: its options (for `node:util` `parseArgs` and for the help), and what it returns.
 *
 * @packageDocumentation
 */
import type { Result } from 'neverthrow';
import type { ProjectConfig } from './config/types.js';
import type { ExitCode } from './exit-codes.js';
import type { CliFailure } from './failure.js';
import type { CliIo } from './io.js';
import type { Progress } from './output/progress.js';
import type { Style } from './output/style.js';
import type { DbLocation } from './store/db-location.js';

/** One option of a command, as `parseArgs` reads it, with its help text. */
export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  readonly multiple?: boolean;
  /** Placeholder of the value in the help, e.g. `fichier`. */
  readonly value?: string;
  /** One line of help (French). */
  readonly description: string;
}

/** The parsed command line of a command. */
export interface ParsedArgs {
  /** Positional arguments after the command's name. */
  readonly positionals: readonly string[];
  /** Option values by name (`undefined` when absent). */
  readonly values: Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;
}

/** What a command hands back on success. */
export interface CommandOutput {
  /** The `result` of the JSON document written with `--json`. */
  readonly json: unknown;
  /**
   * The lines for people.
   *
   * @param s - the styler of stdout.
   * @returns lines for stdout.
   */
  readonly human: (s: Style) => readonly string[];
  /** Lines for stderr in human mode (warnings, skipped rows). */
  readonly warnings?: readonly string[];
  /** Exit code when the command succeeded only in part (default 0). */
  readonly exitCode?: ExitCode;
}

/** What a command can use while it runs. */
export interface CommandContext {
  readonly io: CliIo;
  /** `--json` was given. */
  readonly json: boolean;
  /** Where the database is (`--db`, `TREMPLIN_DB`, or `./tremplin.sqlite`). */
  readonly db: DbLocation;
  /** The styler of stdout (plain in `--json` mode and when colours are off). */
  readonly style: Style;
  /** Starts a progress bar on stderr (drawn on a terminal only). */
  progress(label: string, total: number): Progress;
  /** Writes a line on stderr at once (used for long runs, e.g. the demo's steps), in human mode only. */
  note(line: string): void;
  /** The project's configuration (found from the working directory upward, or `--config`), read once. */
  config(): Promise<Result<ProjectConfig, CliFailure>>;
}

/** A sub-command of `tremplin`. */
export interface CommandSpec {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** Usage lines, e.g. `tremplin status [dossier] [filtres]`. */
  readonly usage: readonly string[];
  /** Paragraphs of help. */
  readonly description?: readonly string[];
  readonly options: Readonly<Record<string, OptionSpec>>;
  /**
   * Options that depend on the words of the command line (`record`: the fields of the command type named),
   * added to `options` when the line is read and in the help.
   *
   * @param words - the positional words of the command line (options' values may be among them).
   * @returns the extra options by name (none: `{}`).
   */
  optionsFor?(words: readonly string[]): Readonly<Record<string, OptionSpec>>;
  readonly examples?: readonly string[];
  /**
   * Runs the command.
   *
   * @param ctx - the context.
   * @param args - the parsed command line.
   * @returns the output, or the failure to report.
   */
  run(ctx: CommandContext, args: ParsedArgs): Promise<Result<CommandOutput, CliFailure>>;
}
