import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseScenarios, runScenarios } from '@tremplin/core/testing';
import { describe, expect, it } from 'vitest';
import { packReunion } from '../src/index.js';

// Runs every scenario file of test/scenarios against the Réunion pack:
// npx vitest run --project @tremplin/academie-reunion
const dir = join(dirname(fileURLToPath(import.meta.url)), 'scenarios');
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml') || f.endsWith('.json'));

describe('scénarios de l’académie de La Réunion', () => {
  it('has scenario files', () => expect(files.length).toBeGreaterThan(0));
  for (const file of files) {
    describe(file, () => {
      const parsed = parseScenarios(readFileSync(join(dir, file), 'utf8'));
      if (parsed.isErr()) {
        it('parses', () => expect(parsed.error.issues).toEqual([]));
        return;
      }
      for (const result of runScenarios(packReunion, parsed.value)) {
        it(result.name, () => expect(result.failures).toEqual([]));
      }
    });
  }
});
