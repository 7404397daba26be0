import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { acteurs, dossierNomme, identite, Journal } from '../workflow/testing/fixtures.js';
import { transition } from '../workflow/transition.js';
import { donneesPersonnellesSchema } from './donnees-personnelles.js';
import { canonicalJson, computeEmpreinte, sha256Hex, sha256HexPortable } from './empreinte.js';
import { dossierEventSchema } from './events.js';
import { foldDossier } from './fold.js';
import { computeCleUai, uaiSchema } from './identifiants.js';
import { dossierIdentiteSchema } from './identite.js';
import { sensitivePaths } from './sensitive.js';
import { parseDossierState, serializeDossierState } from './serialisation.js';
import type { DossierState } from './state.js';
import { dossierStateSchema } from './state-schema.js';
import { summarizeDossier } from './summary.js';

describe('fold', () => {
  it('folds envelopes and rejects a gap in the sequence as a typed error', () => {
    const j = dossierNomme();
    expect(foldDossier(j.events)._unsafeUnwrap().sequence).toBe(2);
    const [first, second] = j.events;
    if (!first || !second) throw new Error('events');
    const gap = foldDossier([first, { ...second, sequence: 3 }]);
    expect(gap.isErr() && gap.error.issues[0]?.code).toBe('sequence.non-contigue');
    expect(foldDossier([])._unsafeUnwrapErr().issues[0]?.code).toBe('dossier.vide');
    expect(foldDossier([{ ...second, sequence: 1 }])._unsafeUnwrapErr().issues[0]?.code).toBe(
      'evenement.incoherent',
    );
    expect(foldDossier([first, { ...first, sequence: 2 }])._unsafeUnwrapErr().issues[0]?.code).toBe(
      'evenement.incoherent',
    );
  });

  it('continues from a snapshot', () => {
    const j = dossierNomme();
    const [first, ...rest] = j.events;
    if (!first) throw new Error('events');
    const snapshot = foldDossier([first])._unsafeUnwrap();
    expect(foldDossier(rest, snapshot)._unsafeUnwrap()).toEqual(j.etat);
  });

  it('refuses a protocole closed without being opened', () => {
    const j = dossierNomme();
    const clos = {
      sequence: 3,
      event: {
        type: 'protocole.clos' as const,
        v: 1 as const,
        le: '2022-10-01T10:00:00+04:00',
        auteur: { role: 'inspecteur' as const, id: 'ipr-1' },
        alerteId: 'x',
        date: '2022-10-01',
        conclusion: 'fin',
      },
    };
    const r = foldDossier([...j.events, clos]);
    expect(r._unsafeUnwrapErr().issues[0]).toMatchObject({ code: 'evenement.incoherent', path: [3] });
  });

  it('every event the workflow produced parses with dossierEventSchema', () => {
    const j = dossierNomme();
    for (const { event } of j.events)
      expect(dossierEventSchema.safeParse(JSON.parse(JSON.stringify(event))).success).toBe(true);
  });
});

describe('summary', () => {
  it('lists the fields stores index', () => {
    const j = dossierNomme();
    j.ok(
      {
        type: 'tuteur.designer',
        tuteur: { id: 'tut-2', nom: 'Rivière', prenom: 'Eva' },
        remplace: 'tut-1',
        date: '2022-10-01',
      },
      acteurs.rectorat,
      '2022-10-01',
    );
    j.ok(
      { type: 'affectation.modifier', uai: '0750655E', date: '2022-11-01' },
      acteurs.rectorat,
      '2022-11-01',
    );
    expect(summarizeDossier(j.etat)).toEqual({
      dossierId: 'dos-1',
      academie: 'reunion',
      anneeScolaire: '2022-2023',
      uai: '0750655E',
      corps: 'certifie',
      discipline: 'mathematiques',
      tuteurIds: ['tut-2'],
      etat: 'en-stage',
    });
    expect(j.etat.acteurs.tuteurs.map((t) => [t.tuteur.id, t.jusquau])).toEqual([
      ['tut-1', '2022-10-01'],
      ['tut-2', null],
    ]);
  });
});

describe('serialisation', () => {
  it('serialise → parse is the identity', () => {
    const j = dossierNomme();
    const text = serializeDossierState(j.etat);
    expect(parseDossierState(text)._unsafeUnwrap()).toEqual(j.etat);
    expect(JSON.parse(text).schemaVersion).toBe(4);
  });

  it('migrates a version 1 state (old positionnement shape) forward', () => {
    // A documentaliste's grid rates competencies (no items), as every positionnement did in version 1.
    const j = dossierNomme({ corps: 'certifie', fonction: 'documentaliste' });
    j.ok(
      {
        type: 'autopositionnement.enregistrer',
        autopositionnementId: 'ap',
        date: '2022-09-15',
        positionnement: {
          grilleId: 'ns-2023-documentalistes',
          echelleId: 'degres-acquisition',
          entries: [
            { competence: 'CC1', niveau: 'degre-2', commentaire: 'À consolider' },
            { competence: 'D1', niveau: 'degre-1' },
          ],
        },
      },
      acteurs.stagiaire,
      '2022-09-15',
    );
    const v2 = JSON.parse(serializeDossierState(j.etat));
    const v1 = {
      ...v2,
      schemaVersion: 1,
      autopositionnements: v2.autopositionnements.map(
        (a: {
          positionnement: { grilleId: string; echelleId: string; entries: Array<Record<string, string>> };
        }) => ({
          ...a,
          positionnement: {
            grille: a.positionnement.grilleId,
            echelle: a.positionnement.echelleId,
            entrees: a.positionnement.entries.map((e) => ({ commentaire: null, ...e })),
          },
        }),
      ),
    };
    expect(parseDossierState(JSON.stringify(v1))._unsafeUnwrap()).toEqual(j.etat);
    expect(parseDossierState({ ...v2, schemaVersion: 5 })._unsafeUnwrapErr().issues[0]?.code).toBe(
      'schema.trop-recent',
    );
    expect(parseDossierState({ ...v2, schemaVersion: 0 })._unsafeUnwrapErr().issues[0]?.code).toBe(
      'schema.version-inconnue',
    );
    expect(parseDossierState('{')._unsafeUnwrapErr().issues[0]?.code).toBe('json.syntaxe');
    expect(parseDossierState({ ...v2, inconnu: 1 })._unsafeUnwrapErr().issues[0]?.code).toBe(
      'schema.unrecognized_keys',
    );
  });

  it('a parsed state is a DossierState (checked by the compiler)', () => {
    const asState = (x: z.output<typeof dossierStateSchema>): DossierState => x;
    expect(
      asState(dossierStateSchema.parse(JSON.parse(serializeDossierState(dossierNomme().etat)))).sequence,
    ).toBe(2);
  });
});

describe('content hash', () => {
  it('the portable SHA-256 matches node:crypto on known vectors and random bytes (all padding lengths)', () => {
    for (const f of [sha256Hex, sha256HexPortable]) {
      expect(f(new Uint8Array())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
      expect(f(new TextEncoder().encode('abc'))).toBe(
        'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
      );
    }
    for (let n = 0; n < 200; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 31 + n) & 0xff);
      expect(sha256HexPortable(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 5000 }), (bytes) => {
        expect(sha256HexPortable(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
      }),
      { numRuns: 200 },
    );
  });

  it('canonical JSON ignores key order and equals JSON for sorted input', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const text = canonicalJson(v);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(v)));
        expect(canonicalJson(JSON.parse(text))).toBe(text);
      }),
    );
    expect(computeEmpreinte({ b: 1, a: [1, { d: 2, c: 3 }] })).toBe(
      computeEmpreinte({ a: [1, { c: 3, d: 2 }], b: 1 }),
    );
    // Integer-like keys are sorted as strings too ("10" before "2"), not in JavaScript's numeric order.
    expect(canonicalJson({ b: { 2: 'x', 10: 'y', a: 'z' }, a: null })).toBe(
      '{"a":null,"b":{"10":"y","2":"x","a":"z"}}',
    );
    expect(canonicalJson({ u: undefined, f: [undefined, 1], n: Number.NaN })).toBe('{"f":[null,1],"n":null}');
    expect(canonicalJson(JSON.parse('{"__proto__":{"b":1,"a":2}}'))).toBe('{"__proto__":{"a":2,"b":1}}');
  });
});

describe('identifiers', () => {
  it('checks the UAI key letter', () => {
    expect(computeCleUai('0750655')).toBe('E');
    expect(computeCleUai('0690026')).toBe('D');
    expect(uaiSchema.safeParse('9740001H').success).toBe(true);
    expect(uaiSchema.safeParse('9740001A').success).toBe(false);
    expect(uaiSchema.safeParse('974001H').success).toBe(false);
  });

  it('validates the identity strictly', () => {
    expect(dossierIdentiteSchema.safeParse(identite()).success).toBe(true);
    expect(dossierIdentiteSchema.safeParse({ ...identite(), anneeScolaire: '2022-2024' }).success).toBe(
      false,
    );
    expect(dossierIdentiteSchema.safeParse({ ...identite(), extra: 1 }).success).toBe(false);
  });
});

describe('sensitive identifiers', () => {
  function sensitiveMeta(schema: z.ZodType, path: string[] = []): string[][] {
    const def = (
      schema as unknown as {
        _zod: {
          def: { type: string; shape?: Record<string, z.ZodType>; innerType?: z.ZodType; in?: z.ZodType };
        };
      }
    )._zod.def;
    const meta = (schema as unknown as { meta: () => Record<string, unknown> | undefined }).meta();
    if (meta?.sensitive === true) return [path];
    if (def.type === 'object' && def.shape)
      return Object.entries(def.shape).flatMap(([k, s]) => sensitiveMeta(s, [...path, k]));
    if (def.innerType) return sensitiveMeta(def.innerType, path);
    if (def.in) return sensitiveMeta(def.in, path);
    return [];
  }

  it('the exported list equals the fields marked sensitive in the schemas', () => {
    expect(sensitiveMeta(dossierIdentiteSchema, ['identite'])).toEqual([]);
    const inRegistre = sensitiveMeta(donneesPersonnellesSchema);
    expect(inRegistre.length).toBe(3);
    expect(sensitivePaths.personne).toEqual(inRegistre);
    expect(sensitivePaths.state).toEqual([]);
    expect(sensitivePaths.events).toEqual({});
  });

  it('no state nor event carries a personal field, even when a caller of transition passes one', () => {
    const j = new Journal();
    const avecNumen = { ...identite(), stagiaire: { ...identite().stagiaire, numen: '99MARQ0001ZZZ' } };
    const r = transition(
      null,
      {
        type: 'dossier.ouvrir',
        dossierId: 'd',
        identite: avecNumen as ReturnType<typeof identite>,
        acteurs: {
          tuteurs: [],
          chefEtablissement: null,
          inspecteur: null,
          formateursInspe: [],
          directeurInspe: null,
        },
      },
      { acteur: acteurs.rectorat, now: '2022-07-01T08:00:00+04:00', rules: j.reglesUtilisees },
    );
    expect(JSON.stringify(r)).not.toContain('99MARQ0001ZZZ');
  });
});
