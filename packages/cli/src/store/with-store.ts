/**
 * Runs a command's work with the store open, and closes it whatever happens.
 *
 * @packageDocumentation
 */
import { err, type Result } from 'neverthrow';
import type { CommandContext } from '../command.js';
import type { CliFailure } from '../failure.js';
import { type OpenedStore, openStore } from './open-store.js';

/**
 * Opens the store of `--db`, runs `work`, closes the store.
 *
 * @param ctx - the command's context.
 * @param mode - `create` for `init` and the demo, `existing` otherwise.
 * @param work - what to do with it.
 * @returns what `work` returned, or the failure to open; a failure to close is reported when `work`
 * succeeded (the last writes may not be on disk).
 */
export async function withStore<T>(
  ctx: CommandContext,
  mode: 'create' | 'existing',
  work: (opened: OpenedStore) => Promise<Result<T, CliFailure>>,
): Promise<Result<T, CliFailure>> {
  const opened = await openStore(ctx.db, mode);
  if (opened.isErr()) return err(opened.error);
  let result: Result<T, CliFailure>;
  try {
    result = await work(opened.value);
  } finally {
    await opened.value.personnes.close();
    const closed = await opened.value.store.close();
    if (closed.isErr()) result = err(closed.error);
  }
  return result;
}
