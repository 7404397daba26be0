// Runs every scenario file of test/scenarios against the Nice pack, the way the shipped académie packs do:
// npx vitest run --project @tremplin/example-academie-nice
import { runPackScenarios } from '@tremplin/core/testing';
import { describe, expect, it } from 'vitest';
import { packNice } from '../src/index.js';

const run = runPackScenarios(packNice, new URL('./scenarios', import.meta.url));

describe('scénarios de l’académie de Nice (exemple)', () => {
  it('has scenario files', () => expect(run.isOk() ? '' : run.error.message).toBe(''));
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
