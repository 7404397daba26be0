import {
  ALERTES_FACULTATIVES,
  type AlertCode,
  addDays,
  type DossierState,
  evaluateCohort,
} from '@tremplin/core';
import { arbitraryEvenementsAnnee, foldEvenements } from '@tremplin/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packReunion } from '../src/index.js';
import { ruleSetAlertesChoisies } from './alertes-choisies.js';

// A cohort of 40 random but coherent years (visits, training, bilans, some below any level, avis, leave,
// alerts), evaluated every other Monday of the year.
const cohort: DossierState[] = fc
  .sample(arbitraryEvenementsAnnee, { numRuns: 40, seed: 974 })
  .map((events) => foldEvenements(events)._unsafeUnwrap().state);
const mondays = Array.from({ length: 22 }, (_, i) => `${addDays('2022-09-05', 14 * i)}T08:00:00+04:00`);
const optional: ReadonlySet<AlertCode> = new Set(ALERTES_FACULTATIVES);

function optionalAlerts(rules: Parameters<typeof evaluateCohort>[2]) {
  return mondays.flatMap((instant) =>
    evaluateCohort(cohort, instant, rules)
      ._unsafeUnwrap()
      .evaluations.flatMap((e) => e.alerts.filter((a) => optional.has(a.code))),
  );
}

describe('alerts on thresholds no text sets', () => {
  it('the default Réunion pack raises none on a realistic cohort over the year', () => {
    expect(optionalAlerts(packReunion)).toEqual([]);
  });

  it('a pack that opts in gets them, each explained as the académie’s choice', () => {
    const raised = optionalAlerts(ruleSetAlertesChoisies);
    expect(new Set(raised.map((a) => a.code)).size).toBeGreaterThanOrEqual(3);
    for (const a of raised) {
      expect(a.explanation.summary).toContain('Alerte activée par choix de l’académie');
      expect(a.explanation.summary).toContain('ce n’est pas une règle nationale');
      expect(a.explanation.parameters.map((p) => p.key)).toContain('alertes.facultatives');
    }
  });
});
