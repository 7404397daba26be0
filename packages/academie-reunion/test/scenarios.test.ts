import { describePackScenarios } from '@tremplin/core/testing';
import { describe, expect, it } from 'vitest';
import { packReunion } from '../src/index.js';
import { ruleSetAlertesChoisies } from './alertes-choisies.js';

// Runs every scenario file of test/scenarios against the Réunion pack, one test per scenario:
// npx vitest run --project @tremplin/academie-reunion
describePackScenarios(
  'scénarios de l’académie de La Réunion',
  packReunion,
  new URL('./scenarios', import.meta.url),
  { describe, it, expect },
);

// The same académie, had it chosen the alerts on thresholds no text sets (a test variant of its pack).
describePackScenarios(
  'scénarios d’une variante où l’académie choisit les alertes facultatives',
  ruleSetAlertesChoisies,
  new URL('./scenarios-choix', import.meta.url),
  { describe, it, expect },
);
