import { describePackScenarios } from '@tremplin/core/testing';
import { describe, expect, it } from 'vitest';
import { packLyon } from '../src/index.js';

// Runs every scenario file of test/scenarios against the Lyon pack, one test per scenario:
// npx vitest run --project @tremplin/academie-lyon
describePackScenarios('scénarios de l’académie de Lyon', packLyon, new URL('./scenarios', import.meta.url), {
  describe,
  it,
  expect,
});
