/**
 * The process's streams, environment, directory and clock as a {@link CliIo}.
 *
 * @packageDocumentation
 */
import type { CliIo, TextOutput } from './io.js';
import { colourWanted } from './output/style.js';
import { neutralizeControls } from './output/terminal-text.js';

function output(stream: NodeJS.WriteStream, env: CliIo['env']): TextOutput {
  const base = { isTTY: stream.isTTY === true, columns: stream.columns };
  // Colour sequences pass only where the styler may write them; --no-color then only means none are made.
  const keepStyles = colourWanted({ ...base, write: () => {} }, env, false);
  return {
    ...base,
    write: (text) => {
      stream.write(neutralizeControls(text, keepStyles));
    },
    eraseLine: () => {
      stream.write('\r\u001b[2K');
    },
  };
}

async function stdinBytes(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/**
 * The real world.
 *
 * @returns the process's I/O; `now()` reads the system clock. Everything written to stdout and stderr goes
 * through `neutralizeControls`: a name holding ESC, BEL or a bidirectional override cannot act on the
 * terminal.
 */
export function nodeIo(): CliIo {
  const env = process.env;
  return {
    stdout: output(process.stdout, env),
    stderr: output(process.stderr, env),
    readStdin: async () => (await stdinBytes()).toString('utf8'),
    readStdinBytes: stdinBytes,
    env,
    cwd: process.cwd(),
    now: () => Date.now(),
  };
}
