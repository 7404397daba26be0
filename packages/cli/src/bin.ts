#!/usr/bin/env node
/**
 * The `tremplin` executable: runs the command line on the process's streams.
 *
 * @packageDocumentation
 */
import { runCli } from './cli.js';
import { nodeIo } from './node-io.js';

runCli(process.argv.slice(2), nodeIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`Erreur interne : ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 70;
  },
);
