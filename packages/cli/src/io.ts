/**
 * The command's window on the world: its output streams, environment, working directory and clock. Tests pass
 * their own; `bin.ts` passes the process's.
 *
 * @packageDocumentation
 */

/** A text output (stdout or stderr). */
export interface TextOutput {
  /**
   * Writes text. The process's outputs ({@link nodeIo}) neutralize control and bidirectional characters on
   * the way (see `neutralizeControls`): only the command's own colour sequences reach the terminal.
   */
  write(text: string): void;
  /**
   * Returns to the start of the line and erases it (the progress bar redraws itself so). Absent: the
   * progress bar writes `\r` and `ESC [2K` through {@link TextOutput.write}.
   */
  eraseLine?(): void;
  /** Whether a terminal reads it (colours and the progress bar are for terminals only). */
  readonly isTTY: boolean;
  /** Width of the terminal in columns, when known. */
  readonly columns?: number | undefined;
}

/** What the command reads and writes outside the store. */
export interface CliIo {
  readonly stdout: TextOutput;
  readonly stderr: TextOutput;
  /** Reads the whole standard input (for `-` as a file name). */
  readStdin(): Promise<string>;
  /** Reads the whole standard input as bytes (`import -` decodes them itself); absent: `readStdin` is used. */
  readStdinBytes?(): Promise<Uint8Array>;
  /** Environment variables (`NO_COLOR`, `FORCE_COLOR`, `TREMPLIN_DB`). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Directory relative paths are resolved against. */
  readonly cwd: string;
  /**
   * The system clock in epoch milliseconds. The only place Tremplin reads the clock: the default of `--at`
   * and of a recorded command's instant. Never called by the demo.
   */
  now(): number;
}
