/**
 * Deciding one command on the open store and writing it: what `record` and `identite` do once `withStore`
 * has opened the database.
 *
 * @packageDocumentation
 */
import { err, ok, type Result } from 'neverthrow';
import type { CommandContext } from '../command.js';
import type { CliFailure } from '../failure.js';
import type { OpenedStore } from '../store/open-store.js';
import { type CommandRequest, createSession, type Decided } from './session.js';

/**
 * Decides one command with the project's rules, then writes its events (unless a dry run).
 *
 * @param ctx - the command's context (its project configuration gives the rules).
 * @param opened - the store and the register of persons, as `withStore` opened them.
 * @param request - the command, its dossier, actor, instant and key.
 * @param options - `dryRun`: decide only, write nothing.
 * @returns the decided command; the rules' `ValidationError`, the service's refusal, or the store's failure
 * to write.
 */
export async function decideOne(
  ctx: Pick<CommandContext, 'config'>,
  opened: Pick<OpenedStore, 'store' | 'personnes'>,
  request: CommandRequest,
  options: { readonly dryRun?: boolean } = {},
): Promise<Result<Decided, CliFailure>> {
  const config = await ctx.config();
  if (config.isErr()) return err(config.error);
  const session = createSession(opened.store, config.value.rules, { personnes: opened.personnes });
  const decided = await session.decide(request);
  if (decided.isErr()) return err(decided.error);
  if (options.dryRun !== true) {
    const flushed = await session.flush();
    if (flushed.isErr()) return err(flushed.error);
  }
  return ok(decided.value);
}
