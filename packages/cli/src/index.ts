/**
 * `@tremplin/cli`: the `tremplin` command, runnable in-process with your own streams, environment and clock.
 *
 * The command's internals — its CSV reader, import formats, argument readers, output helpers and the demo —
 * are private: a program that records commands uses `@tremplin/core`'s service (`createTremplin`), and the
 * import formats are published as JSON Schemas (`tremplin schema dossiers`, `tremplin schema events`).
 *
 * @packageDocumentation
 */
export { CLI_VERSION, runCli } from './cli.js';
export { EXIT, type ExitCode } from './exit-codes.js';
export type {
  CliFailure,
  FileError,
  HintedError,
  InternalError,
  RejectedRow,
  RowsRejected,
  UsageError,
} from './failure.js';
export type * from './io.js';
export { nodeIo } from './node-io.js';
