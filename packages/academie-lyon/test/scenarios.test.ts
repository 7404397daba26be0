import { runPackScenarios } from '@tremplin/core/testing';
import { describe, expect, it } from 'vitest';
import { packLyon } from '../src/index.js';

// Runs every scenario file of test/scenarios against the Lyon pack:
// npx vitest run --project @tremplin/academie-lyon
const run = runPackScenarios(packLyon, new URL('./scenarios', import.meta.url));

describe('scénarios de l’académie de Lyon', () => {
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
