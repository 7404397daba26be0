/**
 * The process's streams, environment, directory and clock as a {@link CliIo}.
 *
 * @packageDocumentation
 */
import type { CliIo } from './io.js';

/**
 * The real world.
 *
 * @returns the process's I/O; `now()` reads the system clock.
 */
export function nodeIo(): CliIo {
  return {
    stdout: {
      write: (text) => {
        process.stdout.write(text);
      },
      isTTY: process.stdout.isTTY === true,
      columns: process.stdout.columns,
    },
    stderr: {
      write: (text) => {
        process.stderr.write(text);
      },
      isTTY: process.stderr.isTTY === true,
      columns: process.stderr.columns,
    },
    async readStdin() {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin)
        chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
      return Buffer.concat(chunks).toString('utf8');
    },
    env: process.env,
    cwd: process.cwd(),
    now: () => Date.now(),
  };
}
