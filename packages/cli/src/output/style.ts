/**
 * Colours for people: only when stdout is a terminal and `NO_COLOR` is unset (https://no-color.org), unless
 * `FORCE_COLOR` asks for them; never in `--json` output.
 *
 * @packageDocumentation
 */
import { styleText } from 'node:util';
import type { TextOutput } from '../io.js';

/** The styles the command uses. */
export type StyleName = 'bold' | 'dim' | 'italic' | 'red' | 'green' | 'yellow' | 'blue' | 'cyan' | 'magenta';

/** Applies styles to text, or leaves it plain when colours are off. */
export interface Style {
  /** Whether escape sequences are written. */
  readonly enabled: boolean;
  /**
   * Styles a text.
   *
   * @param names - one style or several.
   * @param text - the text.
   * @returns the text with escape sequences, or as is when colours are off.
   */
  (names: StyleName | readonly StyleName[], text: string): string;
}

/**
 * Whether to colour an output.
 *
 * @param output - the stream the text goes to.
 * @param env - the environment (`NO_COLOR`, `FORCE_COLOR`, `TERM`).
 * @param noColorFlag - the `--no-color` option.
 * @returns true when escape sequences may be written.
 * @remarks `NO_COLOR` set to any non-empty value disables colours; `FORCE_COLOR` other than `0` enables them
 * on a non-terminal; a `dumb` terminal gets none.
 */
export function colourWanted(
  output: TextOutput,
  env: Readonly<Record<string, string | undefined>>,
  noColorFlag: boolean,
): boolean {
  if (noColorFlag) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '') return env.FORCE_COLOR !== '0';
  return output.isTTY && env.TERM !== 'dumb';
}

/**
 * Creates a styler.
 *
 * @param enabled - whether to write escape sequences (see {@link colourWanted}).
 * @returns the styler.
 * @example
 * ```ts
 * const s = createStyle(true);
 * s(['bold', 'red'], 'refusé');
 * ```
 */
export function createStyle(enabled: boolean): Style {
  const style = (names: StyleName | readonly StyleName[], text: string): string => {
    if (!enabled || text === '') return text;
    const list: StyleName[] = typeof names === 'string' ? [names] : [...names];
    // The decision to colour is taken above (TTY, NO_COLOR, FORCE_COLOR, --no-color), for the stream the
    // text goes to: styleText must not second-guess it from process.stdout.
    return styleText(list, text, { validateStream: false });
  };
  return Object.assign(style, { enabled });
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: matches the escape sequences styles write.
const ANSI = /\u001b\[[0-9;]*m/g;

/**
 * Removes the colour escape sequences of a text.
 *
 * @param text - styled text.
 * @returns the plain text.
 */
export function stripStyles(text: string): string {
  return text.replace(ANSI, '');
}

/**
 * The number of terminal columns a text takes: escape sequences and combining marks take none.
 *
 * @param text - text, possibly styled.
 * @returns its width.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of stripStyles(text).normalize('NFC')) {
    if (/\p{M}/u.test(ch)) continue;
    width += 1;
  }
  return width;
}
