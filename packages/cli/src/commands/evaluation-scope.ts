/**
 * What `deadlines`, `alerts` and `explain` share: read `--at`, load one dossier or the filtered cohort,
 * evaluate it.
 *
 * @packageDocumentation
 */
import type { DossierState } from '@tremplin/core';
import { err, ok, type Result } from 'neverthrow';
import { filterOf } from '../args/filters.js';
import { type AtSpec, parseAt, resolveAt } from '../args/instant.js';
import { stringOption } from '../args/values.js';
import type { CommandContext, ParsedArgs } from '../command.js';
import { explainSetAside, setAsideWarnings } from '../config/missing-calendrier.js';
import type { CliFailure } from '../failure.js';
import { type DossierEcarte, loadState, loadStates } from '../store/cohort.js';
import type { DossierStore } from '../store/open-store.js';
import { type Evaluations, evaluateStates } from '../workflow/evaluate.js';
import type { RulesProvider } from '../workflow/rules.js';

/** Dossiers evaluated at an instant. */
export interface Scope {
  readonly at: AtSpec;
  readonly rules: RulesProvider;
  readonly states: readonly DossierState[];
  readonly evaluations: Evaluations;
  /** How many dossiers were set aside because their log could not be read (they are in `evaluations.skipped`). */
  readonly unread: number;
  /**
   * Warnings for stderr: the dossiers set aside because no calendar covers their current school year (a
   * renewed stagiaire's second year…), and how to add it. Empty when every dossier could be evaluated.
   */
  readonly warnings: readonly string[];
}

/**
 * Reads `--at` (the only place the clock is read, when it is absent).
 *
 * @param ctx - the context (its clock).
 * @param args - the command line.
 * @returns the instant spec, or a usage error.
 */
export function atOf(ctx: CommandContext, args: ParsedArgs): Result<AtSpec, CliFailure> {
  return parseAt(stringOption(args, 'at'), () => ctx.io.now());
}

/**
 * Loads and evaluates one dossier or the filtered cohort.
 *
 * @param ctx - the context.
 * @param store - the store.
 * @param args - the command line (`--at`, filters).
 * @param dossierId - one dossier, or undefined for the filter's cohort.
 * @returns the scope, or a failure.
 */
export async function evaluationScope(
  ctx: CommandContext,
  store: DossierStore,
  args: ParsedArgs,
  dossierId: string | undefined,
): Promise<Result<Scope, CliFailure>> {
  const at = atOf(ctx, args);
  if (at.isErr()) return err(at.error);
  const config = await ctx.config();
  if (config.isErr()) return err(config.error);
  const rules = config.value.rules;
  // With --at, each dossier is read as it was at that instant; without, as it is now.
  const spec = at.value;
  const cutoff =
    stringOption(args, 'at') === undefined
      ? undefined
      : (academie: string) => resolveAt(spec, rules.timeZoneOf(academie));
  let states: DossierState[];
  let ecartes: readonly DossierEcarte[] = [];
  if (dossierId !== undefined) {
    const one = await loadState(store, dossierId, cutoff);
    if (one.isErr()) return err(one.error);
    states = [one.value];
  } else {
    const all = await loadStates(store, filterOf(args), cutoff);
    if (all.isErr()) return err(all.error);
    states = all.value.states;
    ecartes = all.value.ecartes;
  }
  const evaluated = evaluateStates(states, at.value, rules);
  if (evaluated.isErr()) return err(evaluated.error);
  // A dossier set aside is never skipped silently: the missing calendar is named, with the way to add it.
  const skipped = explainSetAside([...ecartes, ...evaluated.value.skipped]);
  const evaluations = { ...evaluated.value, skipped };
  return ok({
    at: at.value,
    rules,
    states,
    evaluations,
    unread: ecartes.length,
    warnings: setAsideWarnings(skipped),
  });
}
