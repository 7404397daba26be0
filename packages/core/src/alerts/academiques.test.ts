import { describe, expect, it } from 'vitest';
import { REUNION_2022_2023 } from '../calendar/data/calendriers-2022-2023.js';
import { compileRules } from '../rules/compile.js';
import { packNational } from '../rules/data/pack-national.js';
import type { RulePack } from '../rules/pack.js';
import { evaluateDossier } from './evaluate-dossier.js';
import { fold, ouverture, packTest, visite } from './testing/dossiers.js';

/** An académie adds a milestone — a first INSPÉ visit before the December holidays — and its alerts, without code. */
const avecVisiteInspe: RulePack = {
  ...packTest,
  parameters: {
    ...packTest.parameters,
    'echeances.academiques': [
      {
        value: [
          {
            id: 'premiere-visite-inspe',
            libelle: 'Première visite du formateur de l’INSPÉ',
            due: { kind: 'before-holiday', holidays: ['noel', 'ete-austral'] },
            preuve: { kind: 'visite', natures: ['visite-formateur-inspe'], count: 1 },
            responsable: 'formateur-inspe',
            wording: 'avant les vacances de décembre',
          },
        ],
        validity: { schoolYears: ['2022-2023'] },
        source: { texte: 'Note académique de rentrée 2022' },
        confidence: 'verified',
      },
    ],
  },
};

const evaluate = (pack: RulePack, events: Parameters<typeof fold>[0], instant: string) =>
  evaluateDossier(
    fold(events),
    instant,
    compileRules({
      layers: [packNational, pack],
      anneeScolaire: '2022-2023',
      calendrier: REUNION_2022_2023,
    })._unsafeUnwrap(),
  )._unsafeUnwrap();

describe('académie milestones', () => {
  it('adds a deadline and its alerts from data alone', () => {
    const soon = evaluate(avecVisiteInspe, ouverture(), '2022-12-10T09:00:00+04:00');
    expect(soon.deadlines.find((d) => d.id === 'academique/premiere-visite-inspe')).toMatchObject({
      due: '2022-12-17',
      status: 'due-soon',
      responsible: 'formateur-inspe',
    });
    expect(soon.alerts.find((a) => a.code === 'ECHEANCE_ACADEMIQUE_A_RENDRE')?.recipients).toEqual([
      'formateur-inspe',
    ]);
    const late = evaluate(avecVisiteInspe, ouverture(), '2022-12-19T09:00:00+04:00');
    const alert = late.alerts.find((a) => a.code === 'ECHEANCE_ACADEMIQUE_EN_RETARD');
    expect(alert).toMatchObject({
      key: 'ECHEANCE_ACADEMIQUE_EN_RETARD:academique/premiere-visite-inspe',
      recipients: ['formateur-inspe', 'chef-etablissement'],
    });
    expect(alert?.explanation.sources).toContainEqual({ texte: 'Note académique de rentrée 2022' });
    const done = evaluate(
      avecVisiteInspe,
      [...ouverture(), visite('vi', '2022-11-15', 'visite-formateur-inspe')],
      '2022-12-19T09:00:00+04:00',
    );
    expect(done.deadlines.find((d) => d.id === 'academique/premiere-visite-inspe')).toMatchObject({
      status: 'done',
      doneOn: '2022-11-15',
    });
    expect(done.alerts.map((a) => a.code)).not.toContain('ECHEANCE_ACADEMIQUE_EN_RETARD');
  });

  it('lets an établissement remove an inherited milestone by its id', () => {
    const lycee: RulePack = {
      id: 'lycee-test',
      version: '1.0.0',
      layer: 'etablissement',
      label: 'Lycée de test',
      academie: 'reunion',
      uai: '9740001H',
      parameters: {
        'echeances.academiques': [
          {
            value: [{ id: 'premiere-visite-inspe', retire: true }],
            validity: { from: '2022-09-01' },
            source: { texte: 'Convention du lycée avec l’INSPÉ' },
            confidence: 'verified',
          },
        ],
      },
    };
    const compiled = compileRules({
      layers: [packNational, avecVisiteInspe, lycee],
      anneeScolaire: '2022-2023',
      calendrier: REUNION_2022_2023,
    })._unsafeUnwrap();
    const e = evaluateDossier(fold(ouverture()), '2022-12-19T09:00:00+04:00', compiled)._unsafeUnwrap();
    expect(e.deadlines.map((d) => d.kind)).not.toContain('academique');
    expect(
      compiled.rules.parameters['echeances.academiques'].merged?.map((m) => [m.layer, m.set, m.removed]),
    ).toEqual([
      ['national', [], []],
      ['academie', ['premiere-visite-inspe'], []],
      ['etablissement', [], ['premiere-visite-inspe']],
    ]);
  });

  it('refuses a milestone whose date the calendar cannot resolve', () => {
    const bad: RulePack = {
      ...avecVisiteInspe,
      parameters: {
        'echeances.academiques': [
          {
            value: [
              {
                id: 'x',
                libelle: 'X',
                due: { kind: 'before-holiday', holidays: ['carnaval'] },
                preuve: { kind: 'entretien', natures: ['positionnement'], count: 1 },
                responsable: 'tuteur',
              },
            ],
            validity: { from: '2022-09-01' },
            source: { texte: 'Note' },
            confidence: 'verified',
          },
        ],
      },
    };
    const r = compileRules({
      layers: [packNational, bad],
      anneeScolaire: '2022-2023',
      calendrier: REUNION_2022_2023,
    });
    expect(r._unsafeUnwrapErr().issues[0]).toMatchObject({
      code: 'regles.date-irresoluble',
      path: ['echeances.academiques'],
    });
  });
});
