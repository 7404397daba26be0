import { describe, expect, it } from 'vitest';
import { CALENDRIERS, findCalendrier } from '../calendar/calendriers.js';
import { REUNION_2022_2023 } from '../calendar/data/calendriers-2022-2023.js';
import { packNational } from './data/pack-national.js';
import { describeDateSpec, resolveDateSpec } from './date-spec.js';
import type { RulePack } from './pack.js';
import { PARAMETER_KEYS } from './parameters.js';
import { explainParameter, resolveRules } from './resolve.js';

const academie: RulePack = {
  id: 'academie-test',
  version: '2.1.0',
  layer: 'academie',
  label: 'Académie de test',
  academie: 'test',
  parameters: {
    'conges.seuilJours': [
      {
        value: 30,
        validity: { schoolYears: ['2022-2023'] },
        source: { texte: 'Note A' },
        confidence: 'verified',
      },
    ],
    'echeances.jury': [
      {
        value: { due: { kind: 'month-day', month: 6, day: 15 } },
        validity: { from: '2020-09-01' },
        source: { texte: 'Note B' },
        confidence: 'secondary',
      },
    ],
  },
};
const eple: RulePack = {
  id: 'lycee-test',
  version: '1.0.0',
  layer: 'etablissement',
  label: 'Lycée de test',
  academie: 'test',
  uai: '9740001H',
  parameters: {
    'conges.seuilJours': [
      {
        value: 20,
        validity: { from: '2022-09-01', until: '2023-08-31' },
        source: { texte: 'Règlement du lycée' },
        confidence: 'verified',
      },
    ],
  },
};

describe('resolveRules', () => {
  it('resolves every parameter from the national pack alone', () => {
    const rules = resolveRules([packNational], '2022-2023')._unsafeUnwrap();
    expect(Object.keys(rules.parameters).sort()).toEqual([...PARAMETER_KEYS].sort());
    for (const key of PARAMETER_KEYS) expect(rules.parameters[key].layer).toBe('national');
    expect(rules.academie).toBeNull();
  });

  it('follows validity periods: no training credit before the 2022 reform, 10 days after', () => {
    const before = resolveRules([packNational], '2021-2022')._unsafeUnwrap();
    const after = resolveRules([packNational], '2022-2023')._unsafeUnwrap();
    expect(before.parameters['formation.credit'].value).toBeNull();
    expect(before.parameters['formation.credit'].validUntil).toBe('2022-08-31');
    expect(after.parameters['formation.credit'].value?.totalDays).toBe(10);
    expect(after.parameters['formation.credit'].validSince).toBe('2022-09-01');
  });

  it('lets each layer override only what it states, and says which layer set what', () => {
    const rules = resolveRules([packNational, academie, eple], '2022-2023')._unsafeUnwrap();
    expect(rules.parameters['conges.seuilJours']).toMatchObject({
      value: 20,
      layer: 'etablissement',
      packId: 'lycee-test',
    });
    expect(rules.parameters['echeances.jury']).toMatchObject({
      layer: 'academie',
      packVersion: '2.1.0',
      validSince: '2020-09-01',
    });
    expect(rules.parameters['licenciement.fractionStage']).toMatchObject({ value: 0.5, layer: 'national' });
    expect(rules.uai).toBe('9740001H');
    const next = resolveRules([packNational, academie, eple], '2023-2024')._unsafeUnwrap();
    expect(next.parameters['conges.seuilJours']).toMatchObject({ value: 36, layer: 'national' });
    expect(next.parameters['echeances.jury'].layer).toBe('academie');
  });

  it('explains a parameter with its layer, date and source', () => {
    const rules = resolveRules([packNational, academie], '2022-2023')._unsafeUnwrap();
    expect(explainParameter(rules.parameters['conges.seuilJours'])).toBe(
      'conges.seuilJours = 30 — couche académique (academie-test 2.1.0), depuis le 2022-09-01 ; source : Note A',
    );
    expect(
      explainParameter(
        resolveRules([packNational], '2022-2023')._unsafeUnwrap().parameters['conges.seuilJours'],
      ),
    ).toContain(
      'Décret n° 94-874 du 7 octobre 1994 fixant les dispositions communes applicables aux stagiaires de l’État, art. 26 (NOR FPPA9400088D)',
    );
  });

  it('refuses layers out of order, a foreign établissement, a missing parameter and a bad year', () => {
    expect(resolveRules([academie, packNational], '2022-2023').isErr()).toBe(true);
    expect(resolveRules([packNational, { ...eple, academie: 'autre' }], '2022-2023').isErr()).toBe(true);
    const before2014 = resolveRules([packNational], '2013-2014')._unsafeUnwrapErr();
    expect(before2014.issues.map((i) => i.path[0])).toContain('echeances.jury');
    expect(resolveRules([packNational], '2022-2024').isErr()).toBe(true);
  });
});

describe('date rules', () => {
  it('resolves « fin novembre », « 15 juin » and « avant les vacances de décembre » per académie', () => {
    expect(resolveDateSpec({ kind: 'end-of-month', month: 11 }, '2022-2023')._unsafeUnwrap()).toBe(
      '2022-11-30',
    );
    expect(resolveDateSpec({ kind: 'end-of-month', month: 2 }, '2023-2024')._unsafeUnwrap()).toBe(
      '2024-02-29',
    );
    expect(resolveDateSpec({ kind: 'month-day', month: 6, day: 15 }, '2022-2023')._unsafeUnwrap()).toBe(
      '2023-06-15',
    );
    expect(resolveDateSpec({ kind: 'month-day', month: 2, day: 30 }, '2022-2023').isErr()).toBe(true);
    const decembre = { kind: 'before-holiday', holidays: ['noel', 'ete-austral'] } as const;
    expect(resolveDateSpec(decembre, '2022-2023', REUNION_2022_2023)._unsafeUnwrap()).toBe('2022-12-17');
    const lyon = findCalendrier(CALENDRIERS, 'lyon', '2022-2023')._unsafeUnwrap();
    expect(resolveDateSpec(decembre, '2022-2023', lyon)._unsafeUnwrap()).toBe('2022-12-17');
    expect(resolveDateSpec(decembre, '2022-2023').isErr()).toBe(true);
    expect(
      resolveDateSpec({ kind: 'before-holiday', holidays: ['carnaval'] }, '2022-2023', lyon).isErr(),
    ).toBe(true);
    expect(describeDateSpec({ kind: 'end-of-month', month: 11 })).toBe('fin novembre');
  });
});
