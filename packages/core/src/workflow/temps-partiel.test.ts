import { describe, expect, it } from 'vitest';
import type { NatureTempsPartiel } from '../dossier/chaine.js';
import { computeDateMiStage, countJoursDeStageEffectues } from './conditions.js';
import { computeEffetConges } from './conges.js';
import type { WorkflowRules } from './rules.js';
import { listPeriodesTempsPartiel, sumJoursAjoutes } from './temps-partiel.js';
import { acteurs, dossierNomme, type Journal, rules } from './testing/fixtures.js';

function codes(error: unknown): string[] {
  const e = error as { reasons?: ReadonlyArray<{ code: string }> };
  return (e.reasons ?? []).map((r) => r.code);
}

function tempsPartiel(
  periodeId: string,
  nature: NatureTempsPartiel,
  quotite: number,
  debut: string,
  fin: string,
) {
  return { type: 'temps-partiel.enregistrer' as const, periodeId, nature, quotite, debut, fin };
}

/** A dossier nommé on 1 September 2022 with one period of temps partiel recorded on 1 September. */
function avecTempsPartiel(nature: NatureTempsPartiel, quotite: number, debut: string, fin: string): Journal {
  const j = dossierNomme();
  j.ok(tempsPartiel('tp-1', nature, quotite, debut, fin), acteurs.rectorat, '2022-09-01');
  return j;
}

const lectureAnnee: WorkflowRules = {
  ...rules,
  miStageEnRenouvellement: { ...rules.miStageEnRenouvellement, valeur: 'debut-de-l-annee' },
};

describe('temps partiel lengthens the stage (décret n° 94-874 art. 15)', () => {
  it('a whole year at 80 % adds 91 days (365 × 25 / 100 = 91.25): the stage ends on 30 November 2023', () => {
    const j = avecTempsPartiel('sur-autorisation', 80, '2022-09-01', '2023-08-31');
    expect(j.etat.tempsPartiel).toMatchObject([
      { periodeId: 'tp-1', quotite: 80, nature: 'sur-autorisation' },
    ]);
    const effet = computeEffetConges(j.etat, rules);
    expect(effet).toMatchObject({
      joursTempsPartiel: 91,
      joursCongesRemuneres: 0,
      joursNonComptes: 0,
      joursProlongation: 91,
      dateFinEffective: '2023-11-30',
      dateFinPourTitularisation: '2023-11-30',
    });
    expect(effet?.explication.join(' ')).toContain('art. 15');
    const [event] = j.ok({ type: 'stage.prolonger' }, acteurs.rectorat, '2022-09-02');
    expect(event).toMatchObject({ type: 'stage.prolonge', motif: 'temps-partiel', joursTempsPartiel: 91 });
    expect(j.etat.stage.prolongationsConges).toMatchObject([
      { annee: 1, joursTempsPartiel: 91, joursProlongation: 91, dateFinEffective: '2023-11-30' },
    ]);
    expect(codes(j.ko({ type: 'stage.prolonger' }, acteurs.rectorat, '2022-09-03'))).toEqual([
      'prolongation.inchangee',
    ]);
  });

  it('two months (61 days) at 50 % add 61 days, for temps partiel de droit too', () => {
    const j = avecTempsPartiel('de-droit', 50, '2022-11-01', '2022-12-31');
    const effet = computeEffetConges(j.etat, rules);
    expect(effet?.joursTempsPartiel).toBe(61);
    expect(effet?.dateFinEffective).toBe('2023-10-31');
    expect(effet?.dateFinPourTitularisation).toBe('2023-10-31');
  });

  it('rounds the sum of the periods once, to the nearest day', () => {
    const j = avecTempsPartiel('sur-autorisation', 80, '2022-09-01', '2022-09-02');
    j.ok(
      tempsPartiel('tp-2', 'sur-autorisation', 80, '2022-09-05', '2022-09-06'),
      acteurs.rectorat,
      '2022-09-05',
    );
    // Two periods of 2 days at 80 %: 0.5 + 0.5 = 1 day (rounding each would give 1 + 1).
    const periodes = listPeriodesTempsPartiel(j.etat, rules, '2022-09-01', null);
    expect(periodes.map((p) => p.joursAjoutes)).toEqual([0.5, 0.5]);
    expect(sumJoursAjoutes(periodes)).toBe(1);
  });

  it('temps partiel thérapeutique does not move the end (art. 24 bis)', () => {
    const j = avecTempsPartiel('therapeutique', 50, '2022-10-01', '2022-12-31');
    const effet = computeEffetConges(j.etat, rules);
    expect(effet).toMatchObject({
      joursTempsPartiel: 0,
      joursProlongation: 0,
      dateFinEffective: '2023-08-31',
    });
    expect(effet?.explication.join(' ')).toContain('art. 24 bis');
    expect(codes(j.ko({ type: 'stage.prolonger' }, acteurs.rectorat, '2023-01-02'))).toEqual([
      'prolongation.sans-objet',
    ]);
  });

  it('leave and temps partiel together: motif « conges-et-temps-partiel », leave days not counted twice', () => {
    const j = avecTempsPartiel('sur-autorisation', 80, '2022-09-01', '2023-08-31');
    j.ok(
      {
        type: 'conge.enregistrer',
        congeId: 'c1',
        nature: 'maladie-ordinaire',
        debut: '2023-03-01',
        fin: '2023-04-26',
      },
      acteurs.rectorat,
      '2023-04-27',
    );
    const effet = computeEffetConges(j.etat, rules);
    // 57 days of sick leave → 21 days; (365 − 57) × 25 / 100 = 77 days of temps partiel.
    expect(effet).toMatchObject({ joursCongesRemuneres: 57, joursTempsPartiel: 77, joursProlongation: 98 });
    expect(effet?.dateFinEffective).toBe('2023-12-07');
    const [event] = j.ok({ type: 'stage.prolonger' }, acteurs.rectorat, '2023-04-27');
    expect(event).toMatchObject({
      motif: 'conges-et-temps-partiel',
      joursTempsPartiel: 77,
      joursProlongation: 98,
    });
  });

  it('leave alone keeps the motif « conges » with no temps partiel day', () => {
    const j = dossierNomme();
    j.ok(
      {
        type: 'conge.enregistrer',
        congeId: 'c1',
        nature: 'maladie-ordinaire',
        debut: '2023-03-01',
        fin: '2023-04-26',
      },
      acteurs.rectorat,
      '2023-04-27',
    );
    const [event] = j.ok({ type: 'stage.prolonger' }, acteurs.rectorat, '2023-04-27');
    expect(event).toMatchObject({ motif: 'conges', joursTempsPartiel: 0, joursProlongation: 21 });
  });
});

describe('temps-partiel.enregistrer', () => {
  it('refuses a period overlapping another one, whatever its nature', () => {
    const j = avecTempsPartiel('sur-autorisation', 80, '2022-09-01', '2023-01-31');
    const refus = j.ko(
      tempsPartiel('tp-2', 'therapeutique', 50, '2023-01-15', '2023-03-31'),
      acteurs.rectorat,
      '2023-01-10',
    );
    expect(codes(refus)).toEqual(['temps-partiel.chevauchement']);
    expect(refus.kind === 'refusal' && refus.reasons[0]?.source?.article).toBe('art. 24 bis');
    j.ok(
      tempsPartiel('tp-2', 'therapeutique', 50, '2023-02-01', '2023-03-31'),
      acteurs.rectorat,
      '2023-01-10',
    );
    expect(j.etat.tempsPartiel.map((p) => p.periodeId)).toEqual(['tp-1', 'tp-2']);
  });

  it('refuses an existing id, dates in the wrong order, a period before the nomination', () => {
    const j = avecTempsPartiel('sur-autorisation', 80, '2022-09-01', '2022-12-31');
    const refus = j.ko(
      tempsPartiel('tp-1', 'de-droit', 70, '2023-03-31', '2023-03-01'),
      acteurs.rectorat,
      '2023-01-10',
    );
    expect(codes(refus)).toEqual(['temps-partiel.existe', 'temps-partiel.dates']);
    const avant = j.ko(
      tempsPartiel('tp-3', 'de-droit', 70, '2022-08-01', '2022-08-31'),
      acteurs.rectorat,
      '2023-01-10',
    );
    expect(codes(avant)).toEqual(['temps-partiel.avant-nomination']);
    expect(avant.kind === 'refusal' && avant.reasons[0]?.source?.article).toBe('art. 15');
  });
});

describe('half of the stage with temps partiel (art. 7)', () => {
  it('a whole year at 80 % moves it from 2 March to 17 April 2023 (229 days × 0.8 ≥ 182.5)', () => {
    expect(computeDateMiStage(dossierNomme().etat, rules)).toBe('2023-03-02');
    const j = avecTempsPartiel('sur-autorisation', 80, '2022-09-01', '2023-08-31');
    expect(countJoursDeStageEffectues(j.etat, rules, '2022-09-10')).toBeCloseTo(8);
    expect(computeDateMiStage(j.etat, rules)).toBe('2023-04-17');
  });

  it('temps partiel thérapeutique counts in full: the half stays on 2 March', () => {
    const j = avecTempsPartiel('therapeutique', 50, '2022-09-01', '2023-08-31');
    expect(computeDateMiStage(j.etat, rules)).toBe('2023-03-02');
  });

  it('in a renewed year: from its first day by default, from the half of the year on the other reading', () => {
    const j = dossierNomme({
      stageRenouvele: true,
      dateNominationPrevue: '2023-09-01',
      anneeScolaire: '2023-2024',
    });
    expect(j.etat.stage.annees).toMatchObject([{ numero: 2, dateDebut: '2023-09-01' }]);
    expect(rules.miStageEnRenouvellement.valeur).toBe('debut-du-stage');
    expect(computeDateMiStage(j.etat, rules)).toBe('2023-09-01');
    expect(computeDateMiStage(j.etat, lectureAnnee)).toBe('2024-03-01');
  });

  it('in a renewed year with temps partiel at 80 %, on the reading « debut-de-l-annee »', () => {
    const j = dossierNomme({
      stageRenouvele: true,
      dateNominationPrevue: '2023-09-01',
      anneeScolaire: '2023-2024',
    });
    j.ok(
      tempsPartiel('tp-1', 'sur-autorisation', 80, '2023-09-01', '2024-08-31'),
      acteurs.rectorat,
      '2023-09-01',
    );
    expect(computeDateMiStage(j.etat, rules)).toBe('2023-09-01');
    // 366 days (2024 is a leap year): 183 days required, 229 days at 80 % (183.2).
    expect(computeDateMiStage(j.etat, lectureAnnee)).toBe('2024-04-16');
  });
});
