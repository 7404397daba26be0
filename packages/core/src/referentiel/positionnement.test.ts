import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Issue } from '../errors.js';
import {
  echellesParDefaut,
  getEchelle,
  getGrille,
  grillesNationales,
  isCompetenceCode,
  listCompetencesDuCorps,
  listCompetencesEvaluees,
  listCompetencesNonPositionnees,
  POSITIONNEMENT_ISSUE_CODES,
  positionnementSchema,
  referentiel2013,
  validatePositionnement,
} from './index.js';
import type { Echelle, Grille, PositionnementContext } from './types.js';

interface Entree {
  competence: string;
  niveau: string;
  commentaire?: string;
}
interface Saisie {
  grilleId: string;
  echelleId: string;
  entries: Entree[];
}

function grille(id: string): Grille {
  const g = getGrille(id);
  if (g === undefined) throw new Error(id);
  return g;
}
function echelle(id: string): Echelle {
  const e = getEchelle(id);
  if (e === undefined) throw new Error(id);
  return e;
}

const contexteArb: fc.Arbitrary<PositionnementContext> = fc.constantFrom(...grillesNationales).chain((g) =>
  fc.record({
    grille: fc.constant(g),
    corps: fc.constantFrom(...g.corps),
    echelle: fc.constantFrom(...echellesParDefaut),
  }),
);

/** A context and a valid positionnement in it: a random subset of the grid, random levels, optional comments. */
const valideArb: fc.Arbitrary<[PositionnementContext, Saisie]> = contexteArb.chain((ctx) =>
  fc
    .shuffledSubarray([...listCompetencesEvaluees(ctx.grille)])
    .chain((codes) =>
      fc.tuple(
        ...codes.map((competence) =>
          fc.record(
            {
              competence: fc.constant<string>(competence),
              niveau: fc.constantFrom(...ctx.echelle.niveaux.map((n) => n.code)),
              commentaire: fc.string({ maxLength: 40 }),
            },
            { requiredKeys: ['competence', 'niveau'] },
          ),
        ),
      ),
    )
    .map((entries): [PositionnementContext, Saisie] => [
      ctx,
      { grilleId: ctx.grille.id, echelleId: ctx.echelle.id, entries: entries as Entree[] },
    ]),
);

function codesEtChemins(issues: readonly Issue[]): string[] {
  return issues.map((i) => `${i.code}@${i.path.join('.')}`);
}

describe('validatePositionnement: valid inputs', () => {
  it('property: every valid positionnement is accepted and returned as given', () => {
    fc.assert(
      fc.property(valideArb, ([ctx, saisie]) => {
        const r = validatePositionnement(saisie, ctx);
        expect(r.isOk()).toBe(true);
        expect(r._unsafeUnwrap()).toEqual(saisie);
        expect(positionnementSchema.safeParse(saisie).success).toBe(true);
      }),
    );
  });

  it('accepts « non observé », which is a level of the final scale though not a rating', () => {
    const r = validatePositionnement(
      {
        grilleId: 'ns-2015-055-enseignants',
        echelleId: 'tuteur-final',
        entries: [{ competence: 'CC1', niveau: 'non-observe' }],
      },
      { corps: 'certifie', grille: grille('ns-2015-055-enseignants'), echelle: echelle('tuteur-final') },
    );
    expect(r.isOk()).toBe(true);
  });

  it('lists the competencies of the grid still to rate', () => {
    const g = grille('ns-2015-055-documentalistes');
    const p = validatePositionnement(
      { grilleId: g.id, echelleId: 'avis', entries: [{ competence: 'D2', niveau: 'favorable' }] },
      { corps: 'documentaliste', grille: g, echelle: echelle('avis') },
    )._unsafeUnwrap();
    const restantes = listCompetencesNonPositionnees(p, g);
    expect(restantes).toHaveLength(listCompetencesEvaluees(g).length - 1);
    expect(restantes).not.toContain('D2');
  });
});

type Mutation = 'inconnue' | 'hors-grille' | 'niveau' | 'doublon';

/** Applies one mutation to a valid positionnement and says which issue it must cause. */
function muter(
  ctx: PositionnementContext,
  saisie: Saisie,
  mutation: Mutation,
  index: number,
  cible: number,
  texte: string,
): { saisie: Saisie; attendu: string } {
  const entries = saisie.entries.map((e) => ({ ...e }));
  const i = index % entries.length;
  const entree = entries[i];
  if (entree === undefined) throw new Error('empty');
  switch (mutation) {
    case 'inconnue': {
      entree.competence = isCompetenceCode(texte) || texte === '' ? `X${texte}` : texte;
      return { saisie: { ...saisie, entries }, attendu: `competence.inconnue@entries.${i}.competence` };
    }
    case 'hors-grille': {
      const evaluees = new Set<string>(listCompetencesEvaluees(ctx.grille));
      const dehors = referentiel2013.competences.map((c) => c.code).filter((c) => !evaluees.has(c));
      entree.competence = dehors[cible % dehors.length] ?? 'CC8';
      return { saisie: { ...saisie, entries }, attendu: `competence.hors-grille@entries.${i}.competence` };
    }
    case 'niveau': {
      const codes = new Set(ctx.echelle.niveaux.map((n) => n.code));
      entree.niveau = codes.has(texte) || texte === '' ? `${texte}?` : texte;
      return { saisie: { ...saisie, entries }, attendu: `niveau.hors-echelle@entries.${i}.niveau` };
    }
    case 'doublon': {
      const position = cible % (entries.length + 1);
      entries.splice(position, 0, { ...entree });
      const indices = entries.flatMap((e, k) => (e.competence === entree.competence ? [k] : []));
      return {
        saisie: { ...saisie, entries },
        attendu: `competence.doublon@entries.${indices[1]}.competence`,
      };
    }
  }
}

describe('validatePositionnement: every mutation is rejected with the right code and path', () => {
  const nonVide = valideArb.filter(([, s]) => s.entries.length > 0);

  it('property: one mutation gives exactly its issue', () => {
    fc.assert(
      fc.property(
        nonVide,
        fc.constantFrom<Mutation>('inconnue', 'hors-grille', 'niveau', 'doublon'),
        fc.nat(),
        fc.nat(),
        fc.string({ maxLength: 8 }),
        ([ctx, saisie], mutation, index, cible, texte) => {
          const m = muter(ctx, saisie, mutation, index, cible, texte);
          const r = validatePositionnement(m.saisie, ctx);
          expect(r.isErr()).toBe(true);
          const e = r._unsafeUnwrapErr();
          expect(e.kind).toBe('validation');
          expect(codesEtChemins(e.issues)).toEqual([m.attendu]);
        },
      ),
    );
  });

  it('property: several mutations on distinct entries are all listed, in entry order', () => {
    fc.assert(
      fc.property(
        valideArb.filter(([, s]) => s.entries.length >= 2),
        fc.array(fc.constantFrom<Mutation>('inconnue', 'hors-grille', 'niveau'), {
          minLength: 2,
          maxLength: 6,
        }),
        fc.nat(),
        ([ctx, saisie], mutations, cible) => {
          let courante = saisie;
          const attendus: string[] = [];
          const n = Math.min(mutations.length, saisie.entries.length);
          for (let i = 0; i < n; i++) {
            const mutation = mutations[i] ?? 'niveau';
            const m = muter(ctx, courante, mutation, i, cible + i, `zz${i}`);
            courante = m.saisie;
            attendus.push(m.attendu);
          }
          const r = validatePositionnement(courante, ctx);
          const issues = codesEtChemins(r._unsafeUnwrapErr().issues);
          // Two out-of-grid mutations may pick the same code: the second is then also a duplicate.
          expect(issues.filter((i) => !i.startsWith('competence.doublon'))).toEqual(attendus);
        },
      ),
    );
  });

  it('property: every issue code is a documented one', () => {
    fc.assert(
      fc.property(
        nonVide,
        fc.constantFrom<Mutation>('inconnue', 'hors-grille', 'niveau', 'doublon'),
        ([ctx, s], m) => {
          const r = validatePositionnement(muter(ctx, s, m, 0, 0, 'q').saisie, ctx);
          for (const i of r._unsafeUnwrapErr().issues) expect(POSITIONNEMENT_ISSUE_CODES).toContain(i.code);
        },
      ),
    );
  });
});

describe('validatePositionnement: the documentaliste case and the context', () => {
  const g2015 = grille('ns-2015-055-documentalistes');
  const ctx: PositionnementContext = {
    corps: 'documentaliste',
    grille: g2015,
    echelle: echelle('tuteur-final'),
  };

  it('rejects P1 for a documentaliste on the 2015 grid, though the référentiel gives P1 to documentalistes', () => {
    expect(listCompetencesDuCorps('documentaliste').map((c) => c.code)).toContain('P1');
    const r = validatePositionnement(
      { grilleId: g2015.id, echelleId: 'tuteur-final', entries: [{ competence: 'P1', niveau: 'suffisant' }] },
      ctx,
    );
    expect(codesEtChemins(r._unsafeUnwrapErr().issues)).toEqual([
      'competence.hors-grille@entries.0.competence',
    ]);
  });

  it('flags a grid or scale id other than the context’s, and a grid not meant for the corps', () => {
    const r = validatePositionnement(
      { grilleId: 'autre', echelleId: 'avis', entries: [] },
      { corps: 'cpe', grille: g2015, echelle: echelle('tuteur-final') },
    );
    expect(codesEtChemins(r._unsafeUnwrapErr().issues)).toEqual([
      'positionnement.grille-differente@grilleId',
      'positionnement.echelle-differente@echelleId',
      'grille.corps-non-couvert@grilleId',
    ]);
  });

  it('reports a duplicate unknown code both as unknown and as duplicate', () => {
    const r = validatePositionnement(
      {
        grilleId: g2015.id,
        echelleId: 'tuteur-final',
        entries: [
          { competence: 'CC99', niveau: 'suffisant' },
          { competence: 'CC99', niveau: 'suffisant' },
        ],
      },
      ctx,
    );
    expect(codesEtChemins(r._unsafeUnwrapErr().issues)).toEqual([
      'competence.inconnue@entries.0.competence',
      'competence.inconnue@entries.1.competence',
      'competence.doublon@entries.1.competence',
    ]);
  });
});

describe('validatePositionnement: shape errors never throw and do not hide the other problems', () => {
  const g = grille('ns-2015-055-enseignants');
  const ctx: PositionnementContext = { corps: 'eps', grille: g, echelle: echelle('tuteur-intermediaire') };

  it.each([null, undefined, 42, 'texte', [], {}])('rejects %j with schema issues', (input) => {
    const r = validatePositionnement(input, ctx);
    expect(r.isErr()).toBe(true);
    expect(r._unsafeUnwrapErr().issues.length).toBeGreaterThan(0);
    expect(r._unsafeUnwrapErr().issues.every((i) => i.code.startsWith('schema.'))).toBe(true);
  });

  it('reports an unknown key, a wrong type and the contextual problems of the well-formed entries together', () => {
    const r = validatePositionnement(
      {
        grilleId: g.id,
        echelleId: 7,
        signataire: 'x',
        entries: [
          { competence: 'CC1', niveau: 'a-investir', note: 3 },
          { competence: 'D1', niveau: 'a-investir' },
          { competence: 'CC2', niveau: 'excellent' },
          'pas une entrée',
        ],
      },
      ctx,
    );
    expect(codesEtChemins(r._unsafeUnwrapErr().issues)).toEqual([
      'schema.invalid_type@echelleId',
      'schema.unrecognized_keys@entries.0.note',
      'schema.invalid_type@entries.3',
      'schema.unrecognized_keys@signataire',
      'competence.hors-grille@entries.1.competence',
      'niveau.hors-echelle@entries.2.niveau',
    ]);
  });

  it('property: arbitrary JSON never throws and is never accepted unless it has the shape', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        const r = validatePositionnement(input, ctx);
        if (r.isOk()) expect(positionnementSchema.safeParse(input).success).toBe(true);
      }),
    );
  });
});
