/**
 * Text made safe for a terminal: the names and free texts a database or an import file holds could carry
 * control characters (ESC sequences that move the cursor, clear the screen or retitle the window, BEL,
 * carriage returns) or bidirectional overrides that show a text in another order than it is stored. Every
 * write of the command goes through {@link neutralizeControls}.
 *
 * @packageDocumentation
 */
import type { CliIo, TextOutput } from '../io.js';
import { colourWanted } from './style.js';

/** A colour sequence (SGR) as the styler writes it. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: this is the escape sequence we keep.
const SGR = /^\u001b\[[0-9;]*m$/;

/**
 * What is neutralized: C0 controls except tab and line feed, DEL, C1 controls, and the bidirectional
 * controls (LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI, LRM, RLM, ALM); SGR sequences are matched whole so
 * that they can be kept when colours are on.
 */
const CONTROLS =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
  /\u001b\[[0-9;]*m|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function escaped(ch: string): string {
  return `\\u${(ch.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`;
}

/**
 * Neutralizes the control and bidirectional characters of a text about to be written to a terminal or a
 * pipe: each is replaced by its visible `\uXXXX` form, so that nothing a name holds acts on the terminal
 * and a tampered name shows it.
 *
 * @param text - the text to write (human lines, or a JSON document).
 * @param keepStyles - keep colour sequences (`ESC [ … m`): true only when colours are on for this output.
 * @returns the text without any raw control character other than tab and line feed (and, with
 * `keepStyles`, colour sequences).
 * @remarks In a JSON document the characters replaced can only stand inside strings (JSON.stringify already
 * escapes C0 controls): `\uXXXX` there is the JSON escape of the same character, so the data read back is
 * unchanged. With colours on, a colour sequence inside a name is kept (it can only colour text: it cannot
 * move the cursor, clear the screen, retitle the window or ring the bell).
 * @example
 * ```ts
 * neutralizeControls('Payet\u001b[2J\u202eMarie\u0007', false); // 'Payet\\u001b[2J\\u202eMarie\\u0007'
 * ```
 */
export function neutralizeControls(text: string, keepStyles: boolean): string {
  return text.replace(CONTROLS, (match) =>
    match.length > 1
      ? keepStyles && SGR.test(match)
        ? match
        : escaped(match[0] ?? '') + match.slice(1)
      : escaped(match),
  );
}

function guardOutput(out: TextOutput, env: CliIo['env']): TextOutput {
  // Colour sequences pass only where the styler may write them, as for the process's own outputs.
  const keepStyles = colourWanted(out, env, false);
  const eraseLine = out.eraseLine;
  return {
    get isTTY() {
      return out.isTTY;
    },
    get columns() {
      return out.columns;
    },
    write: (text) => out.write(neutralizeControls(text, keepStyles)),
    ...(eraseLine === undefined ? {} : { eraseLine: () => eraseLine.call(out) }),
  };
}

/**
 * The same I/O with every write to stdout and stderr neutralized: `runCli` applies it to whatever I/O a host
 * gives, so a name holding ESC, BEL or a bidirectional override never reaches a terminal raw.
 *
 * @param io - the host's I/O.
 * @returns an I/O whose outputs pass through {@link neutralizeControls} (a second pass changes nothing).
 */
export function guardIo(io: CliIo): CliIo {
  const readStdinBytes = io.readStdinBytes;
  return {
    stdout: guardOutput(io.stdout, io.env),
    stderr: guardOutput(io.stderr, io.env),
    readStdin: () => io.readStdin(),
    ...(readStdinBytes === undefined ? {} : { readStdinBytes: () => readStdinBytes.call(io) }),
    env: io.env,
    cwd: io.cwd,
    now: () => io.now(),
  };
}
