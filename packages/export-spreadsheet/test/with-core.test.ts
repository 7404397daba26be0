import { type DossierState, evaluateCohort, packNational } from '@tremplin/core';
import { describe, expect, it } from 'vitest';
import { alertListRows, cohortOverviewRows, type EvaluatedDossier } from '../src/index.js';
import { dossier } from './dossiers.js';

const AT = '2022-12-05T08:00:00+04:00';

function evaluate(states: DossierState[]): EvaluatedDossier[] {
  const { evaluations, skipped } = evaluateCohort(states, AT, packNational)._unsafeUnwrap();
  expect(skipped).toEqual([]);
  return evaluations.map((evaluation) => {
    const state = states.find((s) => s.dossierId === evaluation.dossierId);
    if (state === undefined) throw new Error('evaluation without dossier');
    return { state, evaluation };
  });
}

describe('spreadsheets of what the core evaluated (national pack, La Réunion 2022-2023)', () => {
  const en = (s: DossierState): DossierState => ({ ...s, etat: 'en-stage' });
  const dossiers = evaluate([en(dossier(0)), en(dossier(1)), en(dossier(2))]);

  it('summarises each dossier’s deadlines and alerts in the cohort overview', () => {
    const rows = cohortOverviewRows({
      cohorte: 'r',
      timeZone: 'Indian/Reunion',
      at: AT,
      dossiers,
    })._unsafeUnwrap();
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      const evaluation = dossiers.find((d) => d.state.dossierId === row.dossierId)?.evaluation;
      expect(row.echeances).toBe(evaluation?.deadlines.filter((d) => !d.informative).length);
      expect(row.alertesCritiques + row.alertesAttention + row.alertesInformation).toBe(
        evaluation?.alerts.length,
      );
      expect(row.prochaineEcheanceLe).not.toBeNull();
      expect(row.evalueLe).toBe('2022-12-05T08:00:00.000+04:00');
    }
  });

  it('addresses every alert to every person of each recipient role, none lost', () => {
    const rows = alertListRows({ timeZone: 'Indian/Reunion', at: AT, dossiers })._unsafeUnwrap();
    const expected = dossiers.flatMap((d) =>
      d.evaluation.alerts.flatMap((a) => a.recipients.map((r) => `${a.key}|${r}`)),
    );
    const roleOf: Record<string, string> = {
      Stagiaire: 'stagiaire',
      Tuteur: 'tuteur',
      'Chef d’établissement': 'chef-etablissement',
      Inspecteur: 'inspecteur',
      'Formateur INSPÉ': 'formateur-inspe',
      'Directeur INSPÉ': 'directeur-inspe',
      Jury: 'jury',
      Rectorat: 'rectorat',
    };
    const got = new Set(rows.map((r) => `${r.cle}|${roleOf[r.destinataireRole]}`));
    expect(expected.length).toBeGreaterThan(0);
    for (const key of expected) expect(got).toContain(key);
  });
});
