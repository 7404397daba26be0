import { describePackScenarios } from '@tremplin/core/testing';
import { describe, expect, it } from 'vitest';
import { packNice } from '../src/index.js';

// Runs every scenario file of test/scenarios against the Nice pack, one test per scenario:
// npx vitest run --project @tremplin/example-academie-nice
describePackScenarios(
  'scénarios de l’académie de Nice (exemple)',
  packNice,
  new URL('./scenarios', import.meta.url),
  { describe, it, expect },
);
