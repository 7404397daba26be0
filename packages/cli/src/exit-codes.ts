/**
 * The exit codes of the `tremplin` command, stable across versions so that scripts can branch on them.
 *
 * @packageDocumentation
 */

/**
 * Every exit code the command uses.
 *
 * - `ok` (0): the command did what was asked (an `alerts` listing with alerts in it is still a success);
 * - `domain` (1): the domain said no: a refused command (with every reason), a permission denied, invalid
 *   input rows, an unknown dossier;
 * - `usage` (2): the command line is wrong (unknown command or option, missing argument, bad value);
 * - `store` (3): the database or a file could not be read or written (missing file, locked database,
 *   unreachable server, schema written by a newer Tremplin, an input file in no encoding read, an export that
 *   cannot be written: `EACCES`, `ENOTDIR`, `EFBIG`, `ENOSPC`…);
 * - `conflict` (4): another writer changed the dossier at the same time: nothing was written, run again;
 * - `integrity` (5): `tremplin verify` found a dossier whose log was changed outside Tremplin (an event
 *   edited, deleted or added: its hash chain no longer matches); or a cohort command (`status --at`, `alerts`,
 *   `deadlines`, `export`) set aside dossiers whose log it could not read, and gave the others;
 * - `internal` (70): a bug in Tremplin (an unexpected exception); please report it with the message.
 */
export const EXIT = {
  ok: 0,
  domain: 1,
  usage: 2,
  store: 3,
  conflict: 4,
  integrity: 5,
  internal: 70,
} as const;

/** One of the exit codes of {@link EXIT}. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
