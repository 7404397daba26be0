import { describe, expect, it } from 'vitest';
import { packNational } from './data/pack-national.js';
import { parseRulePack, parseRulePackJson, parseRulePackYaml, type RulePack } from './pack.js';

const academie: RulePack = {
  id: 'academie-test',
  version: '1.0.0',
  layer: 'academie',
  label: 'Académie de test',
  academie: 'test',
  parameters: {
    'echeances.bilanFinal': [
      {
        value: { due: { kind: 'end-of-month', month: 3 } },
        validity: { schoolYears: ['2022-2023'] },
        source: { texte: 'Note académique' },
        confidence: 'verified',
      },
    ],
  },
};

describe('strict pack validation', () => {
  it('accepts the national pack and a minimal académie pack', () => {
    expect(parseRulePack(packNational).isOk()).toBe(true);
    expect(parseRulePack(academie).isOk()).toBe(true);
  });

  it('rejects an unknown parameter, naming it and suggesting the closest one', () => {
    const bad = {
      ...academie,
      parameters: { 'echeances.bilanIntermediare': academie.parameters['echeances.bilanFinal'] },
    };
    const error = parseRulePack(bad)._unsafeUnwrapErr();
    expect(error.issues).toEqual([
      expect.objectContaining({
        code: 'pack.cle-inconnue',
        path: ['parameters', 'echeances.bilanIntermediare'],
      }),
    ]);
    expect(error.issues[0]?.message).toContain('« echeances.bilanIntermediare »');
    expect(error.issues[0]?.message).toContain('Vouliez-vous dire « echeances.bilanIntermediaire »');
    expect(error.message).toContain('academie-test');
  });

  it('rejects unknown keys at every depth: pack, entry, value, date rule', () => {
    const entry = academie.parameters['echeances.bilanFinal']?.[0];
    const cases: [unknown, (string | number)[]][] = [
      [{ ...academie, couleur: 'bleu' }, ['couleur']],
      [
        { ...academie, parameters: { 'echeances.bilanFinal': [{ ...entry, commentaire: 'x' }] } },
        ['parameters', 'echeances.bilanFinal', 0, 'commentaire'],
      ],
      [
        {
          ...academie,
          parameters: {
            'echeances.bilanFinal': [
              { ...entry, value: { due: { kind: 'end-of-month', month: 3 }, jour: 1 } },
            ],
          },
        },
        ['parameters', 'echeances.bilanFinal', 0, 'value', 'jour'],
      ],
      [
        {
          ...academie,
          parameters: {
            'echeances.bilanFinal': [
              { ...entry, value: { due: { kind: 'end-of-month', month: 3, day: 2 } } },
            ],
          },
        },
        ['parameters', 'echeances.bilanFinal', 0, 'value', 'due', 'day'],
      ],
    ];
    for (const [input, path] of cases) {
      const issues = parseRulePack(input)._unsafeUnwrapErr().issues;
      expect(issues, JSON.stringify(path)).toContainEqual(
        expect.objectContaining({ code: 'pack.cle-inconnue', path }),
      );
    }
  });

  it('rejects a value of the wrong type, naming its path', () => {
    const bad = {
      ...academie,
      parameters: {
        'conges.seuilJours': [
          { value: '36', validity: { from: '2022-09-01' }, source: { texte: 'x' }, confidence: 'verified' },
        ],
      },
    };
    const [issue] = parseRulePack(bad)._unsafeUnwrapErr().issues;
    expect(issue?.code).toBe('pack.valeur-invalide');
    expect(issue?.path).toEqual(['parameters', 'conges.seuilJours', 0, 'value']);
    expect(issue?.message).toContain('parameters/conges.seuilJours/0/value');
  });

  it('rejects an unknown IANA zone, a bad date and two entries valid the same year', () => {
    const e = { source: { texte: 'x' }, confidence: 'verified' } as const;
    const bad = {
      ...academie,
      parameters: {
        'calendrier.fuseauHoraire': [{ ...e, value: 'Indian/Reunio', validity: { from: '2022-09-01' } }],
        'conges.seuilJours': [
          { ...e, value: 36, validity: { from: '2014-09-01' } },
          { ...e, value: 40, validity: { schoolYears: ['2022-2023'] } },
        ],
        'echeances.jury': [
          { ...e, value: { due: { kind: 'date', date: '2023-02-30' } }, validity: { from: '2022-09-01' } },
        ],
      },
    };
    const first = parseRulePack(bad)
      ._unsafeUnwrapErr()
      .issues.map((i) => i.path.join('/'));
    expect(first).toContain('parameters/calendrier.fuseauHoraire/0/value');
    expect(first).toContain('parameters/echeances.jury/0/value/due/date');
    const overlap = parseRulePack({
      ...bad,
      parameters: { 'conges.seuilJours': bad.parameters['conges.seuilJours'] },
    });
    expect(overlap._unsafeUnwrapErr().issues).toEqual([
      expect.objectContaining({
        code: 'pack.validite-chevauchement',
        path: ['parameters', 'conges.seuilJours', 1, 'validity'],
      }),
    ]);
  });

  it('checks the layer header: académie named, no UAI at académie level', () => {
    expect(parseRulePack({ ...academie, academie: undefined }).isErr()).toBe(true);
    expect(parseRulePack({ ...academie, uai: '9740001H' }).isErr()).toBe(true);
    expect(parseRulePack({ ...academie, layer: 'etablissement' }).isErr()).toBe(true);
    expect(parseRulePack({ ...academie, layer: 'etablissement', uai: '9740001H' }).isOk()).toBe(true);
  });
});

describe('packs from JSON and YAML text', () => {
  it('parses the same pack from JSON and from YAML', () => {
    const yaml = `
id: academie-test
version: 1.0.0
layer: academie
label: Académie de test
academie: test
parameters:
  echeances.bilanFinal:
    - value:
        due: { kind: end-of-month, month: 3 }
      validity: { schoolYears: [2022-2023] }
      source: { texte: Note académique }
      confidence: verified
`;
    expect(parseRulePackYaml(yaml)._unsafeUnwrap()).toEqual(academie);
    expect(parseRulePackJson(JSON.stringify(academie))._unsafeUnwrap()).toEqual(academie);
  });

  it('reports YAML syntax errors with their line, and unknown keys from YAML', () => {
    const broken = parseRulePackYaml('id: x\nparameters: [\n  a: b\n');
    expect(broken._unsafeUnwrapErr().issues[0]?.code).toBe('pack.yaml-illisible');
    expect(broken._unsafeUnwrapErr().issues[0]?.message).toMatch(/ligne \d+/);
    const unknown = parseRulePackYaml(
      'id: x\nversion: 1.0.0\nlayer: national\nlabel: X\nparameters:\n  conges.seuil: []\n',
    );
    expect(unknown._unsafeUnwrapErr().issues[0]?.message).toContain('« conges.seuil »');
    expect(parseRulePackJson('{ "id": ').isErr()).toBe(true);
  });

  it('refuses a version that YAML reads as a number', () => {
    const issues = parseRulePackYaml(
      'id: x\nversion: 1.0\nlayer: national\nlabel: X\nparameters: {}\n',
    )._unsafeUnwrapErr().issues;
    expect(issues.map((i) => i.path.join('/'))).toEqual(['version']);
  });
});
