import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  echellesParDefaut,
  getEchelle,
  getNiveau,
  getNiveauAttendu,
  isNiveauSousAttendu,
  isNotation,
  validateEchelle,
} from './index.js';
import type { Echelle, NiveauEchelle } from './types.js';

function echelle(id: string): Echelle {
  const e = getEchelle(id);
  if (e === undefined) throw new Error(`missing scale ${id}`);
  return e;
}

describe('default scales', () => {
  it('ships the documented defaults, each valid, sourced, with no expected level (no text sets one)', () => {
    expect(echellesParDefaut.map((e) => e.id)).toEqual([
      'tuteur-intermediaire',
      'tuteur-final',
      'degres-acquisition',
      'acquisition',
      'avis',
    ]);
    for (const e of echellesParDefaut) {
      expect(validateEchelle(e).isOk(), e.id).toBe(true);
      expect(e.source.texte.length).toBeGreaterThan(0);
      expect(e.attendu).toBeUndefined();
      expect(getNiveauAttendu(e)).toBeUndefined();
    }
  });

  it('marks every default but the avis as an assumption, with a note', () => {
    for (const e of echellesParDefaut) {
      expect(e.assumption).toBe(e.id !== 'avis');
      if (e.assumption) expect(e.note).toBeTruthy();
    }
  });

  it('gives every scale and level the status « assumption », with the origin a mark prints', () => {
    for (const e of echellesParDefaut) {
      expect(e.statut, e.id).toBe('assumption');
      expect(e.origine, e.id).toBeTruthy();
      for (const n of e.niveaux) expect(n.statut, `${e.id}/${n.code}`).toBe('assumption');
    }
  });

  it('has the third-party intermediate and final tutor scales, in rank order', () => {
    expect(echelle('tuteur-intermediaire').niveaux.map((n) => n.label)).toEqual([
      'À investir',
      'À travailler encore',
      'À entretenir',
    ]);
    const finale = echelle('tuteur-final');
    expect(finale.niveaux.map((n) => n.code)).toEqual(['insuffisant', 'suffisant', 'non-observe']);
    expect(finale.attendu).toBeUndefined();
  });

  it('represents « non observé » as a level that is not a rating', () => {
    const nonObserve = getNiveau(echelle('tuteur-final'), 'non-observe');
    expect(nonObserve?.kind).toBe('hors-notation');
    expect(nonObserve && isNotation(nonObserve)).toBe(false);
    expect(nonObserve && 'rang' in nonObserve).toBe(false);
  });

  it('has a four-degree fiche-14-like scale and a binary avis scale', () => {
    expect(
      echelle('degres-acquisition')
        .niveaux.filter(isNotation)
        .map((n) => n.rang),
    ).toEqual([1, 2, 3, 4]);
    expect(echelle('avis').niveaux.map((n) => n.code)).toEqual(['defavorable', 'favorable']);
    expect(echelle('avis').confidence).toBe('secondary');
  });

  it('finds scales in an académie’s own list', () => {
    const mienne: Echelle = { ...echelle('avis'), id: 'mienne' };
    expect(getEchelle('mienne', [mienne])).toBe(mienne);
    expect(getEchelle('mienne')).toBeUndefined();
    expect(getEchelle('avis', [mienne])).toBeUndefined();
  });
});

describe('isNiveauSousAttendu', () => {
  it('flags nothing by default: no shipped scale has an expected level', () => {
    for (const e of echellesParDefaut) {
      for (const n of e.niveaux) expect(isNiveauSousAttendu(e, n.code), `${e.id}/${n.code}`).toBe(false);
    }
  });

  it('flags ratings below the level a pack sets, only', () => {
    const finale = echelle('tuteur-final');
    const attendus = { 'tuteur-final': 'suffisant', 'tuteur-intermediaire': 'a-travailler-encore' };
    expect(isNiveauSousAttendu(finale, 'insuffisant', attendus)).toBe(true);
    expect(isNiveauSousAttendu(finale, 'suffisant', attendus)).toBe(false);
    expect(isNiveauSousAttendu(finale, 'non-observe', attendus)).toBe(false);
    expect(isNiveauSousAttendu(finale, 'inconnu', attendus)).toBe(false);
    expect(isNiveauSousAttendu(echelle('tuteur-intermediaire'), 'a-investir', attendus)).toBe(true);
    expect(isNiveauSousAttendu(echelle('tuteur-intermediaire'), 'a-travailler-encore', attendus)).toBe(false);
    expect(isNiveauSousAttendu(echelle('avis'), 'defavorable', attendus)).toBe(false);
    expect(isNiveauSousAttendu(finale, 'insuffisant', { 'tuteur-final': 'non-observe' })).toBe(false);
    expect(getNiveauAttendu(finale, attendus)?.label).toBe('Suffisant');
  });

  it('property: on any valid scale, a level is below expected iff it is a rating ranked under the expected one', () => {
    const niveauxArb = fc
      .uniqueArray(fc.integer({ min: 1, max: 20 }), { minLength: 1, maxLength: 8 })
      .chain((rangs) =>
        fc.tuple(
          fc.constant(rangs),
          fc.integer({ min: 0, max: 3 }),
          fc.integer({ min: 0, max: rangs.length - 1 }),
        ),
      )
      .map(([rangs, horsNotation, indexAttendu]) => {
        const niveaux: NiveauEchelle[] = [
          ...rangs.map((rang) => ({
            kind: 'notation' as const,
            code: `n${rang}`,
            label: `N${rang}`,
            rang,
            statut: 'academie' as const,
          })),
          ...Array.from({ length: horsNotation }, (_, i) => ({
            kind: 'hors-notation' as const,
            code: `h${i}`,
            label: `H${i}`,
            statut: 'academie' as const,
          })),
        ];
        const e: Echelle = {
          id: 'p',
          label: 'p',
          usage: 'bilan-final',
          niveaux,
          attendu: `n${rangs[indexAttendu] ?? 0}`,
          assumption: true,
          statut: 'academie',
          source: { texte: 'test' },
          confidence: 'unverified',
        };
        return e;
      });
    fc.assert(
      fc.property(niveauxArb, (e) => {
        expect(validateEchelle(e).isOk()).toBe(true);
        const attendu = e.niveaux.find((n) => n.code === e.attendu);
        for (const n of e.niveaux) {
          const attendue = n.kind === 'notation' && attendu?.kind === 'notation' && n.rang < attendu.rang;
          expect(isNiveauSousAttendu(e, n.code)).toBe(attendue);
        }
      }),
    );
  });
});

describe('validateEchelle', () => {
  it('lists duplicate codes, duplicate ranks and an expected level that is not a rating', () => {
    const input = {
      ...echelle('tuteur-final'),
      niveaux: [
        { kind: 'notation', code: 'a', label: 'A', rang: 1 },
        { kind: 'notation', code: 'a', label: 'A bis', rang: 1 },
        { kind: 'hors-notation', code: 'x', label: 'X' },
      ],
      attendu: 'x',
    };
    const e = validateEchelle(input)._unsafeUnwrapErr();
    expect(e.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['echelle.niveau-doublon', 'niveaux.1.code'],
      ['echelle.rang-doublon', 'niveaux.1.rang'],
      ['echelle.attendu-invalide', 'attendu'],
    ]);
  });

  it('refuses a scale without any rating, a non-integer rank and unknown keys', () => {
    const sansNotation = validateEchelle({
      ...echelle('avis'),
      niveaux: [{ kind: 'hors-notation', code: 'x', label: 'X' }],
      attendu: undefined,
    });
    expect(sansNotation.isErr()).toBe(true);
    const { attendu: _a, ...avis } = echelle('avis');
    const seulementHors = validateEchelle({
      ...avis,
      niveaux: [{ kind: 'hors-notation', code: 'x', label: 'X' }],
    });
    expect(seulementHors._unsafeUnwrapErr().issues).toMatchObject([{ code: 'echelle.sans-notation' }]);
    const rang = validateEchelle({
      ...avis,
      niveaux: [{ kind: 'notation', code: 'a', label: 'A', rang: 1.5 }],
    });
    expect(rang._unsafeUnwrapErr().issues[0]?.path).toEqual(['niveaux', 0, 'rang']);
    const cle = validateEchelle({ ...avis, couleur: 'rouge' });
    expect(cle._unsafeUnwrapErr().issues).toMatchObject([
      { code: 'schema.unrecognized_keys', path: ['couleur'] },
    ]);
  });
});
