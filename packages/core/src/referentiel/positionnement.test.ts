import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Issue } from '../errors.js';
import {
  echellesParDefaut,
  getCibleEntree,
  getEchelle,
  getGrille,
  grillesNationales,
  isCompetenceCode,
  listCiblesGrille,
  listCiblesNonPositionnees,
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
  competence?: string;
  item?: string;
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

/** The key of a target of the grid: `item` for an item id, `competence` for a competency code. */
function cleDe(cible: string): 'item' | 'competence' {
  return isCompetenceCode(cible) ? 'competence' : 'item';
}

/**
 * A context and a valid positionnement in it: a random subset of the grid's items (competencies in blocks
 * without items), the others left blank, random levels, optional comments.
 */
const valideArb: fc.Arbitrary<[PositionnementContext, Saisie]> = contexteArb.chain((ctx) =>
  fc
    .shuffledSubarray([...listCiblesGrille(ctx.grille)])
    .chain((cibles) =>
      fc.tuple(
        ...cibles.map((cible) =>
          fc.record(
            {
              [cleDe(cible)]: fc.constant<string>(cible),
              niveau: fc.constantFrom(...ctx.echelle.niveaux.map((n) => n.code)),
              commentaire: fc.string({ maxLength: 40 }),
            },
            { requiredKeys: [cleDe(cible), 'niveau'] },
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
        entries: [
          { item: 'B1.1', niveau: 'non-observe' },
          { item: 'B4.3', niveau: 'suffisant' },
        ],
      },
      { corps: 'certifie', grille: grille('ns-2015-055-enseignants'), echelle: echelle('tuteur-final') },
    );
    expect(r._unsafeUnwrap().entries[0]).toEqual({ item: 'B1.1', niveau: 'non-observe' });
  });

  it('refuses « non observé » on a scale that does not have it (the intermediate report)', () => {
    const r = validatePositionnement(
      {
        grilleId: 'ns-2015-055-enseignants',
        echelleId: 'tuteur-intermediaire',
        entries: [{ item: 'B1.1', niveau: 'non-observe' }],
      },
      {
        corps: 'certifie',
        grille: grille('ns-2015-055-enseignants'),
        echelle: echelle('tuteur-intermediaire'),
      },
    );
    expect(codesEtChemins(r._unsafeUnwrapErr().issues)).toEqual(['niveau.hors-echelle@entries.0.niveau']);
  });

  it('accepts a positionnement with a third of its items blank, and lists them blank', () => {
    const g = grille('ns-2023-enseignants');
    const cibles = listCiblesGrille(g);
    const blancs = cibles.filter((_, i) => i % 3 === 0);
    const saisie = {
      grilleId: g.id,
      echelleId: 'tuteur-final',
      entries: cibles.filter((c) => !blancs.includes(c)).map((item) => ({ item, niveau: 'suffisant' })),
    };
    const p = validatePositionnement(saisie, {
      corps: 'certifie',
      grille: g,
      echelle: echelle('tuteur-final'),
    })._unsafeUnwrap();
    expect(blancs.length).toBeGreaterThanOrEqual(cibles.length / 3);
    expect(listCiblesNonPositionnees(p, g)).toEqual(blancs);
    expect(p.entries.map(getCibleEntree)).toEqual(cibles.filter((c) => !blancs.includes(c)));
  });

  it('rates the items of a block that has some, not its competencies', () => {
    const g = grille('ns-2015-055-enseignants');
    const r = validatePositionnement(
      { grilleId: g.id, echelleId: 'tuteur-final', entries: [{ competence: 'CC1', niveau: 'suffisant' }] },
      { corps: 'certifie', grille: g, echelle: echelle('tuteur-final') },
    );
    expect(codesEtChemins(r._unsafeUnwrapErr().issues)).toEqual([
      'competence.par-items@entries.0.competence',
    ]);
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

type Mutation = 'inconnue' | 'item-inconnu' | 'hors-grille' | 'par-items' | 'niveau' | 'doublon';

/** A competency of the grid whose block has items (rated by items), or a code the grid does not evaluate. */
function competenceParItems(g: Grille, cible: number): { code: string; issue: string } {
  const parItems = g.blocs.filter((b) => b.items.length > 0).flatMap((b) => b.competences);
  const code = parItems[cible % Math.max(parItems.length, 1)];
  if (code !== undefined) return { code, issue: 'competence.par-items' };
  const evaluees = new Set<string>(listCompetencesEvaluees(g));
  const dehors = referentiel2013.competences.map((c) => c.code).filter((c) => !evaluees.has(c));
  return { code: dehors[cible % dehors.length] ?? 'CC8', issue: 'competence.hors-grille' };
}

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
  const { niveau, commentaire } = entree;
  const reste = commentaire === undefined ? { niveau } : { niveau, commentaire };
  const remplacer = (nouvelle: Entree, attendu: string) => {
    entries[i] = nouvelle;
    return { saisie: { ...saisie, entries }, attendu };
  };
  switch (mutation) {
    case 'inconnue': {
      const code = isCompetenceCode(texte) || texte === '' ? `X${texte}` : texte;
      return remplacer({ competence: code, ...reste }, `competence.inconnue@entries.${i}.competence`);
    }
    case 'item-inconnu':
      return remplacer({ item: `B0.${cible}`, ...reste }, `item.inconnu@entries.${i}.item`);
    case 'hors-grille': {
      const evaluees = new Set<string>(listCompetencesEvaluees(ctx.grille));
      const dehors = referentiel2013.competences.map((c) => c.code).filter((c) => !evaluees.has(c));
      const code = dehors[cible % dehors.length] ?? 'CC8';
      return remplacer({ competence: code, ...reste }, `competence.hors-grille@entries.${i}.competence`);
    }
    case 'par-items': {
      const { code, issue } = competenceParItems(ctx.grille, cible);
      return remplacer({ competence: code, ...reste }, `${issue}@entries.${i}.competence`);
    }
    case 'niveau': {
      const codes = new Set(ctx.echelle.niveaux.map((n) => n.code));
      entree.niveau = codes.has(texte) || texte === '' ? `${texte}?` : texte;
      return { saisie: { ...saisie, entries }, attendu: `niveau.hors-echelle@entries.${i}.niveau` };
    }
    case 'doublon': {
      const position = cible % (entries.length + 1);
      entries.splice(position, 0, { ...entree });
      const cle = entree.item === undefined ? 'competence' : 'item';
      const indices = entries.flatMap((e, k) => (e[cle] !== undefined && e[cle] === entree[cle] ? [k] : []));
      return { saisie: { ...saisie, entries }, attendu: `${cle}.doublon@entries.${indices[1]}.${cle}` };
    }
  }
}

describe('validatePositionnement: every mutation is rejected with the right code and path', () => {
  const nonVide = valideArb.filter(([, s]) => s.entries.length > 0);

  it('property: one mutation gives exactly its issue', () => {
    fc.assert(
      fc.property(
        nonVide,
        fc.constantFrom<Mutation>(
          'inconnue',
          'item-inconnu',
          'hors-grille',
          'par-items',
          'niveau',
          'doublon',
        ),
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
        fc.array(
          fc.constantFrom<Mutation>('inconnue', 'item-inconnu', 'hors-grille', 'par-items', 'niveau'),
          {
            minLength: 2,
            maxLength: 6,
          },
        ),
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
          // Two mutations may pick the same code or item: the second is then also a duplicate.
          expect(issues.filter((i) => !i.includes('.doublon@'))).toEqual(attendus);
        },
      ),
    );
  });

  it('property: every issue code is a documented one', () => {
    fc.assert(
      fc.property(
        nonVide,
        fc.constantFrom<Mutation>(
          'inconnue',
          'item-inconnu',
          'hors-grille',
          'par-items',
          'niveau',
          'doublon',
        ),
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
          { item: 'B1.1', niveau: 'a-investir', note: 3 },
          { competence: 'D1', niveau: 'a-investir' },
          { item: 'B1.2', niveau: 'excellent' },
          'pas une entrée',
        ],
      },
      ctx,
    );
    expect(codesEtChemins(r._unsafeUnwrapErr().issues)).toEqual([
      'schema.invalid_type@echelleId',
      'schema.unrecognized_keys@entries.0.note',
      'schema.invalid_union@entries.3',
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
