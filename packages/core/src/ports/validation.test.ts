import { describe, expect, it } from 'vitest';
import type { AppendInput } from './append.js';
import type { DossierIndex } from './dossier-index.js';
import { isIsoInstant, prepareAppend, prepareAppends, validateDossierId } from './validation.js';

const index: DossierIndex = {
  dossierId: 'd1',
  academie: 'Réunion',
  anneeScolaire: '2022-2023',
  uai: '9740001A',
  corps: 'certifie',
  discipline: 'Lettres modernes',
  tuteurIds: ['t1', 't2'],
  etat: 'en-stage',
};
const valid: AppendInput<{ readonly type: string; readonly appreciation?: string }> = {
  dossierId: 'd1',
  expectedSequence: 0,
  idempotencyKey: 'k1',
  recordedAt: '2022-09-01T08:00:00+04:00',
  events: [{ type: 'dossier-ouvert', appreciation: '« Très bien » ’' }],
  index,
};
const codes = (input: unknown) =>
  prepareAppend(input as AppendInput).match(
    () => [],
    (e) => e.issues.map((i) => `${i.code}@${i.path.join('.')}`),
  );

describe('prepareAppend', () => {
  it('serialises the events of a valid append', () => {
    const prepared = prepareAppend(valid)._unsafeUnwrap();
    expect(prepared.input).toBe(valid);
    expect(prepared.payloads).toEqual([JSON.stringify(valid.events[0])]);
  });

  it('accepts an append without index on an existing dossier, and a discipline-less index', () => {
    expect(codes({ ...valid, expectedSequence: 3, index: undefined })).toEqual([]);
    const { discipline: _, ...cpe } = index;
    expect(codes({ ...valid, index: { ...cpe, corps: 'cpe' } })).toEqual([]);
  });

  it('lists every problem of a malformed append, with paths', () => {
    expect(
      codes({
        dossierId: '',
        expectedSequence: -1,
        idempotencyKey: 'k\u0000',
        recordedAt: '2022-09-01 08:00',
        events: [{ type: '' }, 'x', { type: 'ok', when: new Date(0) }],
        index: { ...index, dossierId: 'other', tuteurIds: ['t1', 't1', ''], corps: 7, extra: 1 },
        surplus: true,
      }),
    ).toEqual([
      'cle.inconnue@surplus',
      'texte.vide@dossierId',
      'texte.non-stockable@idempotencyKey',
      'sequence.invalide@expectedSequence',
      'horodatage.invalide@recordedAt',
      'texte.vide@events.0.type',
      'evenement.type@events.1',
      'json.objet-non-simple@events.2.when',
      'cle.inconnue@index.extra',
      'index.dossier-different@index.dossierId',
      'texte.type@index.corps',
      'tuteurs.doublon@index.tuteurIds.1',
      'texte.vide@index.tuteurIds.2',
    ]);
  });

  it('requires the index when creating a dossier, and at least one event', () => {
    expect(codes({ ...valid, index: undefined })).toEqual(['index.requis@index']);
    expect(codes({ ...valid, events: [] })).toEqual(['evenements.vides@events']);
    expect(codes(null)).toEqual(['commande.type@']);
  });

  it('refuses identifiers longer than 256 code units or with a lone surrogate', () => {
    expect(
      codes({ ...valid, dossierId: 'x'.repeat(257), index: { ...index, dossierId: 'x'.repeat(257) } }),
    ).toEqual(['texte.trop-long@dossierId']);
    expect(codes({ ...valid, idempotencyKey: 'a\uD83D' })).toEqual(['texte.non-stockable@idempotencyKey']);
    expect(codes({ ...valid, idempotencyKey: '\uDE00b' })).toEqual(['texte.non-stockable@idempotencyKey']);
    expect(codes({ ...valid, idempotencyKey: '😀' })).toEqual([]);
  });

  it('prefixes issue paths with the position in a batch', () => {
    const error = prepareAppends([valid, { ...valid, expectedSequence: 1.5 }])._unsafeUnwrapErr();
    expect(error.issues.map((i) => i.path)).toEqual([[1, 'expectedSequence']]);
    expect(prepareAppends([valid, valid])._unsafeUnwrap()).toHaveLength(2);
    expect(prepareAppends('x' as never)._unsafeUnwrapErr().issues[0]?.code).toBe('lot.type');
  });
});

describe('isIsoInstant', () => {
  it.each(['2022-11-30T23:59:59+04:00', '2022-09-01T00:00:00Z', '2024-02-29T12:00:00.123456789-10:00'])(
    'accepts %s',
    (s) => expect(isIsoInstant(s)).toBe(true),
  );
  it.each([
    '2022-02-29T00:00:00Z',
    '2022-04-31T00:00:00Z',
    '2022-13-01T00:00:00Z',
    '2022-01-01T24:00:00Z',
    '2022-01-01T00:00:60Z',
    '2022-01-01T00:00:00',
    '2022-01-01T00:00Z',
    '2022-01-01T00:00:00+24:00',
    '2022-01-01',
  ])('refuses %s', (s) => expect(isIsoInstant(s)).toBe(false));
});

describe('validateDossierId', () => {
  it('accepts a storable identifier and refuses the rest', () => {
    expect(validateDossierId('« d’1 »')._unsafeUnwrap()).toBe('« d’1 »');
    expect(validateDossierId('')._unsafeUnwrapErr().issues[0]?.code).toBe('texte.vide');
    expect(validateDossierId(3)._unsafeUnwrapErr().issues[0]?.code).toBe('texte.type');
  });
});
