#!/usr/bin/env node
/**
 * The `tremplin` executable: runs the command line on the process's streams.
 *
 * @packageDocumentation
 */
import { runCli } from './cli.js';
import { EXIT } from './exit-codes.js';
import { DEFECT_STEP } from './next-step.js';
import { nodeIo } from './node-io.js';

// A reader that stops early (`tremplin status | head`) closes the pipe: stop writing quietly, as Unix tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(process.exitCode ?? EXIT.ok);
  });
}

runCli(process.argv.slice(2), nodeIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    // runCli reports every failure itself; only a defect of the runner itself reaches here.
    const message = e instanceof Error ? (e.stack ?? e.message) : String(e);
    process.stderr.write(`Erreur interne : ${message}\n→ ${DEFECT_STEP}\n`);
    process.exitCode = EXIT.internal;
  },
);
