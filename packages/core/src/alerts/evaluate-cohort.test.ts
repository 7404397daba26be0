import { describe, expect, it } from 'vitest';
import { REUNION_2022_2023 } from '../calendar/data/calendriers-2022-2023.js';
import { compileRules } from '../rules/compile.js';
import { packNational } from '../rules/data/pack-national.js';
import type { RulePack } from '../rules/pack.js';
import { evaluateCohort } from './evaluate-cohort.js';
import { evaluateDossier } from './evaluate-dossier.js';
import { fold, ouverture, packTest, visite } from './testing/dossiers.js';

const INSTANT = '2022-12-01T08:00:00+04:00';

describe('evaluateCohort', () => {
  const states = Array.from({ length: 20 }, (_, i) =>
    fold([...ouverture({ dossierId: `d-${i}` }), ...(i % 2 === 0 ? [visite(`v${i}`, '2022-11-25')] : [])]),
  );

  it('gives, in one call, what evaluateDossier gives dossier by dossier', () => {
    const cohort = evaluateCohort(states, INSTANT, packTest)._unsafeUnwrap();
    const compiled = compileRules({
      layers: [packNational, packTest],
      anneeScolaire: '2022-2023',
      calendrier: REUNION_2022_2023,
    })._unsafeUnwrap();
    expect(cohort.evaluations).toEqual(
      states.map((s) => evaluateDossier(s, INSTANT, compiled)._unsafeUnwrap()),
    );
    expect(cohort.instant).toBe('2022-12-01T08:00:00.000+04:00');
    expect(cohort.skipped).toEqual([]);
    expect(evaluateCohort(states, Date.parse(INSTANT), packTest)._unsafeUnwrap()).toEqual(cohort);
  });

  it('does not give a renewed year the mi-stage of a first year with the same dates', () => {
    const premiere = fold(ouverture({ dossierId: 'a1' }));
    const [ouvert, nomme] = ouverture({ dossierId: 'a2' });
    if (ouvert?.type !== 'dossier.ouvert' || nomme === undefined) throw new Error('fixture');
    const renouvele = fold([{ ...ouvert, identite: { ...ouvert.identite, stageRenouvele: true } }, nomme]);
    const at = '2022-10-03T08:00:00+04:00';
    const miStage = (order: (typeof premiere)[]) =>
      evaluateCohort(order, at, packTest)
        ._unsafeUnwrap()
        .evaluations.map((e) => [e.dossierId, e.deadlines.find((d) => d.id === 'mi-stage')?.due]);
    const attendu = [
      ['a1', '2023-03-02'],
      ['a2', '2022-09-01'],
    ];
    expect(miStage([premiere, renouvele])).toEqual(attendu);
    expect(miStage([renouvele, premiere]).reverse()).toEqual(attendu);
  });

  it('skips dossiers of another académie or of a year without calendar, with the reason', () => {
    const lyon = fold(ouverture({ dossierId: 'lyon-1', academie: 'lyon' }));
    const next = fold(ouverture({ dossierId: 'next-1', debut: '2026-09-01' }));
    const r = evaluateCohort([lyon, next, ...states.slice(0, 1)], INSTANT, packTest)._unsafeUnwrap();
    expect(r.evaluations.map((e) => e.dossierId)).toEqual(['d-0']);
    expect(r.skipped.map((s) => [s.dossierId, s.error.kind])).toEqual([
      ['lyon-1', 'validation'],
      ['next-1', 'not-found'],
    ]);
  });

  it('applies an établissement pack to the dossiers of its EPLE only', () => {
    const lycee: RulePack = {
      id: 'lycee-test',
      version: '1.0.0',
      layer: 'etablissement',
      label: 'Lycée de test',
      academie: 'reunion',
      uai: '9740002J',
      parameters: {
        'destinataires.BILAN_EN_RETARD': [
          {
            value: ['chef-etablissement'],
            validity: { from: '2022-09-01' },
            source: { texte: 'Charte du lycée' },
            confidence: 'verified',
          },
        ],
      },
    };
    const other = fold(ouverture({ dossierId: 'autre', uai: '9740002J' }));
    const r = evaluateCohort([states[1] ?? other, other], INSTANT, {
      layers: [packNational, packTest],
      etablissements: [lycee],
    })._unsafeUnwrap();
    const recipients = r.evaluations.map(
      (e) => e.alerts.find((a) => a.key === 'BILAN_EN_RETARD:bilan-intermediaire/tuteur')?.recipients,
    );
    expect(recipients).toEqual([
      ['tuteur', 'chef-etablissement', 'inspecteur'],
      ['tuteur', 'chef-etablissement'],
    ]);
    const trace = r.evaluations[1]?.alerts[0]?.explanation.parameters.find(
      (p) => p.key === 'destinataires.BILAN_EN_RETARD',
    );
    expect(trace).toMatchObject({ layer: 'etablissement', packId: 'lycee-test' });
  });

  it('refuses an invalid pack and an instant without offset', () => {
    const bad = { ...packTest, parameters: { 'echeances.bilanIntermediare': [] } } as unknown as RulePack;
    expect(evaluateCohort(states, INSTANT, bad)._unsafeUnwrapErr().issues[0]?.code).toBe('pack.cle-inconnue');
    expect(evaluateCohort(states, '2022-12-01T08:00:00', packTest).isErr()).toBe(true);
  });
});
