import { runPackScenarios } from '@tremplin/core/testing';
import { describe, expect, it } from 'vitest';
import { packReunion } from '../src/index.js';

// Runs every scenario file of test/scenarios against the Réunion pack:
// npx vitest run --project @tremplin/academie-reunion
const run = runPackScenarios(packReunion, new URL('./scenarios', import.meta.url));

describe('scénarios de l’académie de La Réunion', () => {
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
