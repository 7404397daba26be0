/**
 * A progress bar on stderr for long work (imports, the demo), drawn only on a terminal, so that stdout stays
 * clean for `--json` and pipes.
 *
 * @packageDocumentation
 */
import type { TextOutput } from '../io.js';

/** A running progress bar. */
export interface Progress {
  /** Counts `n` more units done (default 1). */
  tick(n?: number): void;
  /** Sets the label shown before the bar. */
  label(text: string): void;
  /** Completes the bar and ends its line. */
  done(): void;
}

const WIDTH = 28;

/**
 * Draws the bar's text for a count.
 *
 * @param label - what is being done.
 * @param done - units done.
 * @param total - units in all.
 * @returns e.g. `Import  [██████████░░░░░░░░░░░░░░░░░░]  36 %  360/1000`.
 */
export function progressLine(label: string, done: number, total: number): string {
  const ratio = total <= 0 ? 1 : Math.min(1, done / total);
  const full = Math.round(ratio * WIDTH);
  const bar = '█'.repeat(full) + '░'.repeat(WIDTH - full);
  return `${label}  [${bar}] ${String(Math.floor(ratio * 100)).padStart(3)} %  ${done}/${total}`;
}

/**
 * Starts a progress bar.
 *
 * @param output - where to draw (stderr).
 * @param label - what is being done.
 * @param total - units in all.
 * @returns the bar; it draws nothing when `output` is not a terminal.
 */
export function startProgress(output: TextOutput, label: string, total: number): Progress {
  if (!output.isTTY) return { tick() {}, label() {}, done() {} };
  let count = 0;
  let text = label;
  let last = '';
  const draw = () => {
    const line = progressLine(text, count, total);
    if (line !== last) {
      if (output.eraseLine === undefined) output.write(`\r\u001b[2K${line}`);
      else {
        output.eraseLine();
        output.write(line);
      }
      last = line;
    }
  };
  draw();
  return {
    tick(n = 1) {
      const before = Math.floor((count / Math.max(1, total)) * 100);
      count += n;
      if (Math.floor((count / Math.max(1, total)) * 100) !== before || count >= total) draw();
    },
    label(next) {
      text = next;
      draw();
    },
    done() {
      count = Math.max(count, total);
      draw();
      output.write('\n');
    },
  };
}
