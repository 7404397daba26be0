import { describe, expect, it } from 'vitest';
import { encodeCursor } from './cursor.js';
import type { DossierIndex } from './dossier-index.js';
import { matchesFilter, normalizeBatchSize, normalizeFilter, normalizePage } from './filter.js';
import type { DossierFilter } from './query.js';

const index: DossierIndex = {
  dossierId: 'd1',
  academie: 'Réunion',
  anneeScolaire: '2022-2023',
  uai: '9740001A',
  corps: 'certifie',
  discipline: 'Mathématiques',
  tuteurIds: ['t1', 't2'],
  etat: 'en-stage',
};
const matches = (filter: DossierFilter, i: DossierIndex = index) =>
  matchesFilter(i, normalizeFilter(filter)._unsafeUnwrap());

describe('normalizeFilter and matchesFilter', () => {
  it('match every field exactly, arrays as OR, fields as AND', () => {
    expect(matches({})).toBe(true);
    expect(matches({ academie: 'Réunion', anneeScolaire: '2022-2023', uai: '9740001A' })).toBe(true);
    expect(matches({ academie: 'La Réunion' })).toBe(false);
    expect(matches({ academie: 'Re\u0301union' })).toBe(false);
    expect(matches({ corps: ['agrege', 'certifie'], etat: ['en-stage'] })).toBe(true);
    expect(matches({ corps: 'certifie', etat: 'jury' })).toBe(false);
    expect(matches({ tuteurId: 't2' })).toBe(true);
    expect(matches({ tuteurId: ['t3', 't1'] })).toBe(true);
    expect(matches({ tuteurId: 't3' })).toBe(false);
    expect(matches({ discipline: 'Mathématiques' })).toBe(true);
    const { discipline: _, ...cpe } = index;
    expect(matches({ discipline: 'Mathématiques' }, { ...cpe, corps: 'cpe' })).toBe(false);
  });

  it('match nothing when a field is an empty array', () => {
    const filter = normalizeFilter({ uai: [] })._unsafeUnwrap();
    expect(filter.matchesNothing).toBe(true);
    expect(matchesFilter(index, filter)).toBe(false);
  });

  it('refuse unknown fields and unstorable values', () => {
    const codes = (f: unknown) =>
      normalizeFilter(f as DossierFilter)
        ._unsafeUnwrapErr()
        .issues.map((i) => `${i.code}@${i.path.join('.')}`);
    expect(codes({ academy: 'x' })).toEqual(['cle.inconnue@academy']);
    expect(codes({ uai: ['a', 3], etat: 'a\u0000' })).toEqual(['filtre.valeur@uai.1', 'filtre.valeur@etat']);
    expect(codes(null)).toEqual(['filtre.type@']);
  });
});

describe('normalizePage', () => {
  it('defaults, bounds the limit and decodes the cursor', () => {
    expect(normalizePage(undefined)._unsafeUnwrap()).toEqual({ limit: 100 });
    expect(normalizePage({ limit: 1000, cursor: encodeCursor('d9') })._unsafeUnwrap()).toEqual({
      limit: 1000,
      after: 'd9',
    });
    for (const limit of [0, 1001, 1.5, Number.NaN]) {
      expect(normalizePage({ limit })._unsafeUnwrapErr().issues[0]?.code).toBe('page.limite');
    }
    expect(normalizePage({ cursor: 'x' })._unsafeUnwrapErr().issues[0]?.code).toBe('curseur.invalide');
  });

  it('bounds the stream batch size', () => {
    expect(normalizeBatchSize(undefined, 256)._unsafeUnwrap()).toBe(256);
    expect(normalizeBatchSize(0, 256).isErr()).toBe(true);
  });
});
