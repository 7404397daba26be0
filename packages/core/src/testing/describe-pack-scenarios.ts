/**
 * `describePackScenarios`: a pack's scenario folder as test cases of whatever runner the pack uses, given
 * its `describe`, `it` and `expect` (vitest, jest, node:test through a shim): core depends on none.
 *
 * @packageDocumentation
 */
import type { RuleSet } from '../alerts/evaluate-cohort.js';
import type { RulePack } from '../rules/pack.js';
import { runPackScenarios } from './pack-scenarios.js';

/** The functions of a test runner that `describePackScenarios` calls (vitest's and jest's have this shape). */
export interface TestRunner {
  readonly describe: (name: string, body: () => void) => unknown;
  readonly it: (name: string, body: () => void) => unknown;
  readonly expect: (value: unknown) => { toEqual(expected: unknown): void };
}

/**
 * Declares one test per scenario of every file in a folder, plus one that fails when the folder cannot be
 * read or holds no scenario file, and one per file that does not parse (listing its issues).
 *
 * @param title - the suite's title, e.g. « scénarios de l’académie de Lyon ».
 * @param pack - the académie's pack, or a full rule set (e.g. a variant of the pack that switches on the
 * optional alerts, with the académie's scales).
 * @param dir - the folder (a path or a `file:` URL).
 * @param runner - the runner's `describe`, `it` and `expect`.
 * @remarks Reads files (`node:fs`), like {@link runPackScenarios}: test tooling, not part of the pure core.
 * @example
 * ```ts
 * import { describe, expect, it } from 'vitest';
 * describePackScenarios('scénarios de Lyon', packLyon, new URL('./scenarios', import.meta.url), { describe, it, expect });
 * ```
 * @category Scénarios
 */
export function describePackScenarios(
  title: string,
  pack: RulePack | RuleSet,
  dir: string | URL,
  runner: TestRunner,
): void {
  const { describe, it, expect } = runner;
  const run = runPackScenarios(pack, dir);
  describe(title, () => {
    it('has scenario files', () => expect(run.isOk() ? '' : run.error.message).toEqual(''));
    for (const { file, results } of run.unwrapOr([])) {
      describe(file, () =>
        results.match(
          (scenarios) => {
            for (const s of scenarios) it(s.name, () => expect(s.failures).toEqual([]));
          },
          (error) => {
            it('parses', () => expect(error.issues).toEqual([]));
          },
        ),
      );
    }
  });
}
