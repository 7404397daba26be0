import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  coversAnneeScolaire,
  getBlocDeCompetence,
  getCompetence,
  getGrille,
  getItemGrille,
  getMentionGrille,
  grillesNationales,
  isCompetenceCode,
  listCompetencesDuCorps,
  listCompetencesEvaluees,
  listCompetencesNonEvaluees,
  listGrillesValides,
  selectGrille,
  validateGrille,
} from './index.js';
import type { Profil as Corps, Grille } from './types.js';

const CORPS: readonly Corps[] = ['certifie', 'agrege', 'plp', 'eps', 'documentaliste', 'cpe'];

function grille(id: string): Grille {
  const g = getGrille(id);
  if (g === undefined) throw new Error(`missing grid ${id}`);
  return g;
}

describe('national grids: content', () => {
  it('maps every grid entry to a real competency', () => {
    for (const g of grillesNationales) {
      for (const bloc of g.blocs) {
        expect(bloc.competences.length).toBeGreaterThan(0);
        for (const code of bloc.competences) {
          expect(isCompetenceCode(code)).toBe(true);
          expect(getCompetence(code)).toBeDefined();
        }
      }
    }
  });

  it('passes the strict grid validator (shape, years, no competency twice, within each corps’ référentiel)', () => {
    for (const g of grillesNationales) expect(validateGrille(g).isOk(), g.id).toBe(true);
  });

  it('gives every grid a source and a confidence, and unique ids', () => {
    expect(new Set(grillesNationales.map((g) => g.id)).size).toBe(grillesNationales.length);
    for (const g of grillesNationales) {
      expect(g.source.texte.length).toBeGreaterThan(0);
      expect(['verified', 'secondary', 'unverified']).toContain(g.confidence);
      expect(g.notes.length).toBeGreaterThan(0);
    }
  });

  it('has the six-block enseignant grid of NS 2015-055 with its CC/P mapping, CC8 in no block', () => {
    const g = grille('ns-2015-055-enseignants');
    expect(g.blocs.map((b) => b.competences)).toEqual([
      ['CC1', 'CC2', 'CC6'],
      ['CC7', 'CC10', 'CC11', 'CC12', 'CC13'],
      ['P1', 'P2'],
      ['P3', 'P4', 'P5', 'CC3', 'CC4', 'CC5'],
      ['CC9'],
      ['CC14'],
    ]);
    expect(g.blocs.map((b) => b.items.length)).toEqual([5, 5, 3, 9, 3, 2]);
    expect(getBlocDeCompetence(g, 'CC8')).toBeUndefined();
    expect(getBlocDeCompetence(g, 'P4')?.numero).toBe(4);
    expect(listCompetencesNonEvaluees('certifie', g).map((c) => c.code)).toEqual(['CC8']);
    expect(g.source.nor).toBe('MENH1506379N');
    expect(g.confidence).toBe('secondary');
  });

  it('has the documentaliste grid: CC1–CC14 and D1–D4 (no P1–P5, after APDEN on grille n°12)', () => {
    const g = grille('ns-2015-055-documentalistes');
    const evaluees = listCompetencesEvaluees(g);
    expect(g.fiche).toBeUndefined();
    expect(evaluees.filter((c) => c.startsWith('P'))).toEqual([]);
    expect(evaluees.filter((c) => c.startsWith('D'))).toEqual(['D1', 'D2', 'D3', 'D4']);
    expect(evaluees.filter((c) => c.startsWith('CC'))).toHaveLength(14);
  });

  it('gives the CPE and documentaliste grids only the référentiel’s own headings, flagged as assumptions', () => {
    for (const id of [
      'ns-2015-055-documentalistes',
      'ns-2015-055-cpe',
      'ns-2023-documentalistes',
      'ns-2023-cpe',
    ]) {
      const g = grille(id);
      expect(g.statut, id).toBe('assumption');
      expect(g.assumption, id).toBe(true);
      expect(g.label, id).toContain('grille');
      expect(g.label, id).toMatch(/non trouvée/);
      expect(g.label, id).not.toMatch(/^NS 2015-055 — grille/);
      expect(getMentionGrille(g).texte, id).toMatch(/^Grille non vérifiée : reconstituée d'après les titres/);
      for (const bloc of g.blocs) {
        expect(bloc.competences, id).toHaveLength(1);
        expect(bloc.items, id).toEqual([]);
        const [code] = bloc.competences;
        expect(bloc.titre, id).toBe(code === undefined ? '' : getCompetence(code)?.titre);
      }
    }
  });

  it('gives every national grid a status (none verified) and the mark a document prints', () => {
    for (const g of grillesNationales) {
      expect(g.statut, g.id).toBe('assumption');
      expect(g.origine, g.id).toBeTruthy();
      const mention = getMentionGrille(g);
      expect(mention.redaction).toBe('defaut');
      expect(mention.texte).toMatch(/^Grille non vérifiée : reconstituée .+ ; à confirmer par l'académie\.$/);
      expect(getMentionGrille(g, { grille: 'Grille académique provisoire.' })).toEqual({
        statut: 'assumption',
        texte: 'Grille académique provisoire.',
        redaction: 'pack',
      });
    }
    const verifiee: Grille = { ...grille('ns-2015-055-enseignants'), statut: 'verified' };
    expect(getMentionGrille(verifiee, { grille: 'x' }).texte).toBeNull();
  });

  it('gives every item of a grid a stable id B<block>.<rank>, unique in its grid', () => {
    const g = grille('ns-2015-055-enseignants');
    expect(getItemGrille(g, 'B4.3')?.item.texte).toBe('Encourage et valorise ses élèves');
    expect(getItemGrille(g, 'B4.3')?.bloc.numero).toBe(4);
    for (const x of grillesNationales) {
      const ids = x.blocs.flatMap((b) => b.items.map((i) => i.id));
      expect(new Set(ids).size).toBe(ids.length);
      for (const b of x.blocs) {
        for (const [k, i] of b.items.entries()) expect(i.id).toBe(`B${b.numero}.${k + 1}`);
      }
    }
    const faux = {
      ...g,
      blocs: g.blocs.map((b) => ({ ...b, items: b.items.map((i) => ({ ...i, id: 'B9.9' })) })),
    };
    expect(validateGrille(faux)._unsafeUnwrapErr().issues[0]).toMatchObject({
      code: 'grille.item-id-invalide',
      path: ['blocs', 0, 'items', 0, 'id'],
    });
  });

  it('reads an académie’s grid as its own (`academie`) unless it says otherwise', () => {
    const { statut: _s, origine: _o, ...sansStatut } = grille('ns-2015-055-enseignants');
    const g = validateGrille({ ...sansStatut, id: 'lyon-2022' })._unsafeUnwrap();
    expect(g.statut).toBe('academie');
    expect(getMentionGrille(g).texte).toBe(
      "Grille établie par l'académie ; ce n'est pas une grille nationale publiée.",
    );
  });

  it('keeps the two scopes apart: the référentiel gives documentalistes P1–P5, the 2015 grid does not evaluate them', () => {
    const g = grille('ns-2015-055-documentalistes');
    const referentiel = listCompetencesDuCorps('documentaliste').map((c) => c.code);
    const evaluees = listCompetencesEvaluees(g);
    expect(referentiel).toEqual(expect.arrayContaining(['P1', 'P2', 'P3', 'P4', 'P5']));
    expect(evaluees).not.toEqual(referentiel);
    expect(listCompetencesNonEvaluees('documentaliste', g).map((c) => c.code)).toEqual([
      'P1',
      'P2',
      'P3',
      'P4',
      'P5',
    ]);
  });

  it('has the CPE grid: common blocks and C1–C8, marked unverified', () => {
    const g = grille('ns-2015-055-cpe');
    expect(listCompetencesEvaluees(g).filter((c) => c.startsWith('C') && !c.startsWith('CC'))).toEqual([
      'C1',
      'C2',
      'C3',
      'C4',
      'C5',
      'C6',
      'C7',
      'C8',
    ]);
    expect(g.confidence).toBe('unverified');
  });

  it('has a 2023 entry per corps group, unverified, assumed to reuse the 2015 structure, replacing it', () => {
    for (const [nouvelle, ancienne] of [
      ['ns-2023-enseignants', 'ns-2015-055-enseignants'],
      ['ns-2023-documentalistes', 'ns-2015-055-documentalistes'],
      ['ns-2023-cpe', 'ns-2015-055-cpe'],
    ] as const) {
      const g = grille(nouvelle);
      // The enseignant grid cites the 2023 note; the others, not found, cite the référentiel they list.
      expect(g.source.nor).toBe(nouvelle === 'ns-2023-enseignants' ? 'MENH2311821N' : 'MENE1315928A');
      expect(g.confidence).toBe('unverified');
      expect(g.assumption).toBe(true);
      expect(g.remplace).toEqual([ancienne]);
      expect(g.statut).toBe('assumption');
      if (nouvelle === 'ns-2023-enseignants') {
        expect(g.blocs.every((b) => b.confidence === 'unverified')).toBe(true);
      }
      expect(g.blocs.map((b) => b.competences)).toEqual(grille(ancienne).blocs.map((b) => b.competences));
      expect(g.corps).toEqual(grille(ancienne).corps);
    }
  });

  it('covers every corps by exactly one 2015 grid and one 2023 grid', () => {
    for (const corps of CORPS) {
      expect(
        grillesNationales.filter((g) => g.id.startsWith('ns-2015') && g.corps.includes(corps)),
      ).toHaveLength(1);
      expect(
        grillesNationales.filter((g) => g.id.startsWith('ns-2023') && g.corps.includes(corps)),
      ).toHaveLength(1);
    }
  });

  it('evaluates, for every corps, only competencies its référentiel scope holds', () => {
    for (const g of grillesNationales) {
      for (const corps of g.corps) {
        const scope = new Set<string>(listCompetencesDuCorps(corps).map((c) => c.code));
        for (const code of listCompetencesEvaluees(g))
          expect(scope.has(code), `${g.id} ${corps} ${code}`).toBe(true);
      }
    }
  });
});

describe('validity by school year', () => {
  it('includes both bounds and accepts open periods', () => {
    const v = { from: '2014-2015', to: '2022-2023' };
    expect(coversAnneeScolaire(v, '2013-2014')).toBe(false);
    expect(coversAnneeScolaire(v, '2014-2015')).toBe(true);
    expect(coversAnneeScolaire(v, '2022-2023')).toBe(true);
    expect(coversAnneeScolaire(v, '2023-2024')).toBe(false);
    expect(coversAnneeScolaire({ from: '2022-2023' }, '2040-2041')).toBe(true);
    expect(coversAnneeScolaire(v, '2020-2022')).toBe(false);
    expect(coversAnneeScolaire(v, '2020/2021')).toBe(false);
  });

  it('lists the valid grids per year: none before 2014-2015, 2015 only, both in 2022-2023, 2023 after', () => {
    expect(listGrillesValides('certifie', '2013-2014')).toEqual([]);
    expect(listGrillesValides('certifie', '2014-2015').map((g) => g.id)).toEqual(['ns-2015-055-enseignants']);
    expect(listGrillesValides('eps', '2021-2022').map((g) => g.id)).toEqual(['ns-2015-055-enseignants']);
    expect(listGrillesValides('documentaliste', '2022-2023').map((g) => g.id)).toEqual([
      'ns-2023-documentalistes',
      'ns-2015-055-documentalistes',
    ]);
    expect(listGrillesValides('cpe', '2023-2024').map((g) => g.id)).toEqual(['ns-2023-cpe']);
    expect(listGrillesValides('cpe', 'not a year')).toEqual([]);
  });
});

describe('selectGrille: which grid an académie uses', () => {
  it('defaults to the formally applicable grid (2023 in 2022-2023) and to the only one otherwise', () => {
    expect(selectGrille('certifie', '2022-2023')._unsafeUnwrap().id).toBe('ns-2023-enseignants');
    expect(selectGrille('plp', '2018-2019')._unsafeUnwrap().id).toBe('ns-2015-055-enseignants');
    expect(selectGrille('documentaliste', '2024-2025')._unsafeUnwrap().id).toBe('ns-2023-documentalistes');
  });

  it('lets an académie run 2022-2023 on NS 2015-055', () => {
    const r = selectGrille('certifie', '2022-2023', { grilleId: 'ns-2015-055-enseignants' });
    expect(r._unsafeUnwrap().id).toBe('ns-2015-055-enseignants');
    expect(selectGrille('certifie', '2022-2023', {})._unsafeUnwrap().id).toBe('ns-2023-enseignants');
  });

  it('refuses a choice of grid for another corps or outside its validity, listing both problems', () => {
    const r = selectGrille('cpe', '2023-2024', { grilleId: 'ns-2015-055-enseignants' });
    const e = r._unsafeUnwrapErr();
    expect(e.kind).toBe('validation');
    if (e.kind === 'validation') {
      expect(e.issues.map((i) => i.code)).toEqual(['grille.corps-non-couvert', 'grille.hors-validite']);
      expect(e.issues.every((i) => i.path.join('.') === 'choix.grilleId')).toBe(true);
    }
  });

  it('answers not-found for an unknown grid id and for a year without any grid', () => {
    const inconnue = selectGrille('certifie', '2022-2023', { grilleId: 'nope' })._unsafeUnwrapErr();
    expect(inconnue).toMatchObject({ kind: 'not-found', id: 'nope' });
    const avant = selectGrille('certifie', '2010-2011')._unsafeUnwrapErr();
    expect(avant).toMatchObject({ kind: 'not-found', id: 'certifie/2010-2011' });
  });

  it('rejects a malformed school year with annee-scolaire.invalide', () => {
    const e = selectGrille('certifie', '2022-2024')._unsafeUnwrapErr();
    expect(e).toMatchObject({ kind: 'validation', issues: [{ code: 'annee-scolaire.invalide' }] });
  });

  it('asks for a choice when several valid grids do not replace one another', () => {
    const base = grille('ns-2015-055-enseignants');
    const academique: Grille = { ...base, id: 'academie-x-enseignants', validite: { from: '2020-2021' } };
    const grilles = [...grillesNationales, academique];
    const e = selectGrille('certifie', '2021-2022', undefined, grilles)._unsafeUnwrapErr();
    expect(e).toMatchObject({ kind: 'validation', issues: [{ code: 'grille.choix-requis' }] });
    const choisie = selectGrille('certifie', '2021-2022', { grilleId: 'academie-x-enseignants' }, grilles);
    expect(choisie._unsafeUnwrap().id).toBe('academie-x-enseignants');
  });

  it('property: whatever the corps, year and choice, an Ok grid covers the corps and is valid that year', () => {
    const ids = grillesNationales.map((g) => g.id);
    fc.assert(
      fc.property(
        fc.constantFrom(...CORPS),
        fc.integer({ min: 2005, max: 2040 }),
        fc.option(fc.constantFrom(...ids), { nil: undefined }),
        (corps, debut, grilleId) => {
          const annee = `${debut}-${debut + 1}`;
          const r = selectGrille(corps, annee, grilleId === undefined ? undefined : { grilleId });
          if (r.isOk()) {
            expect(r.value.corps).toContain(corps);
            expect(listGrillesValides(corps, annee)).toContain(r.value);
            if (grilleId !== undefined) expect(r.value.id).toBe(grilleId);
          } else if (grilleId === undefined) {
            expect(listGrillesValides(corps, annee)).toEqual([]);
          }
        },
      ),
    );
  });
});

describe('validateGrille: an académie’s own grid', () => {
  const base = grille('ns-2015-055-enseignants');

  it('reports an unknown code, a duplicate, an out-of-corps code and a bad period together', () => {
    const input = {
      ...base,
      validite: { from: '2024-2025', to: '2023-2024' },
      blocs: [
        { ...base.blocs[0], competences: ['CC1', 'D1'] },
        { ...base.blocs[1], competences: ['CC1'] },
      ],
    };
    const e = validateGrille(input)._unsafeUnwrapErr();
    expect(e.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['grille.validite-invalide', 'validite.to'],
      ['competence.hors-corps', 'blocs.0.competences.1'],
      ['competence.hors-corps', 'blocs.0.competences.1'],
      ['competence.hors-corps', 'blocs.0.competences.1'],
      ['competence.hors-corps', 'blocs.0.competences.1'],
      ['competence.doublon', 'blocs.1.competences.0'],
    ]);
    const inconnu = validateGrille({ ...base, blocs: [{ ...base.blocs[0], competences: ['CC99'] }] });
    expect(inconnu._unsafeUnwrapErr().issues).toMatchObject([
      { code: 'schema.invalid_value', path: ['blocs', 0, 'competences', 0] },
    ]);
  });

  it('rejects unknown keys (strict)', () => {
    const e = validateGrille({ ...base, couleur: 'bleu' })._unsafeUnwrapErr();
    expect(e.issues).toMatchObject([{ code: 'schema.unrecognized_keys', path: ['couleur'] }]);
  });
});
