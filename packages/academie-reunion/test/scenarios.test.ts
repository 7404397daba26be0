import { describePackScenarios } from '@tremplin/core/testing';
import { describe, expect, it } from 'vitest';
import { packReunion } from '../src/index.js';

// Runs every scenario file of test/scenarios against the Réunion pack, one test per scenario:
// npx vitest run --project @tremplin/academie-reunion
describePackScenarios(
  'scénarios de l’académie de La Réunion',
  packReunion,
  new URL('./scenarios', import.meta.url),
  { describe, it, expect },
);
