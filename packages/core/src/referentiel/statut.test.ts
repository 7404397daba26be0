/**
 * Honest data: every grid, scale and level says where it comes from, outputs get the French mark to print,
 * and no expected level exists unless a pack sets one.
 */
import { describe, expect, it } from 'vitest';
import { REUNION_2022_2023 } from '../calendar/data/calendriers-2022-2023.js';
import { compileRules } from '../rules/compile.js';
import { packNational } from '../rules/data/pack-national.js';
import type { RulePack } from '../rules/pack.js';
import { resolveRules } from '../rules/resolve.js';
import { echellesParDefaut } from './data/echelles.js';
import { grillesNationales } from './data/grilles.js';
import { getEchelle, getNiveau, getNiveauAttendu, isNiveauSousAttendu } from './echelles.js';
import { listLignesGrille } from './lignes.js';
import { getMentionEchelle, getMentionGrille, getMentionNiveau } from './statut.js';
import type { Echelle, Positionnement } from './types.js';

function echelle(id: string): Echelle {
  const e = getEchelle(id);
  if (e === undefined) throw new Error(id);
  return e;
}

/** A pack that sets an expected level on the final scale, and its own wording for the marks. */
const packAttendus: RulePack = {
  id: 'academie-attendus',
  version: '1.0.0',
  layer: 'academie',
  label: 'Académie qui fixe un niveau attendu',
  academie: 'test',
  parameters: {
    'evaluation.niveauxAttendus': [
      {
        value: { 'tuteur-final': 'suffisant' },
        validity: { schoolYears: ['2022-2023'] },
        source: { texte: 'Guide académique du stagiaire 2022-2023', article: '§ 5' },
        confidence: 'verified',
      },
    ],
    'evaluation.mentionsStatut': [
      {
        value: {
          grille: 'Grille de travail de l’académie, en attendant la grille nationale.',
          niveau: 'Niveau « {niveau} » retenu par l’académie.',
        },
        validity: { schoolYears: ['2022-2023'] },
        source: { texte: 'Guide académique du stagiaire 2022-2023' },
        confidence: 'verified',
      },
    ],
  },
};

describe('the status of grids, scales and levels, and the mark a document prints', () => {
  it('prints a French mark for every shipped scale and level, none of them verified', () => {
    for (const e of echellesParDefaut) {
      expect(getMentionEchelle(e).texte).toMatch(
        /^Échelle non vérifiée : reprise .+ ; à confirmer par l'académie\.$/,
      );
      for (const n of e.niveaux) {
        expect(getMentionNiveau(e, n).texte).toContain(`Niveau « ${n.label} » non vérifié`);
      }
    }
  });

  it('prints the académie’s wording when its pack gives one', () => {
    const p = resolveRules([packNational, packAttendus], '2022-2023')._unsafeUnwrap();
    const mentions = p.parameters['evaluation.mentionsStatut'].value;
    const [g] = grillesNationales;
    if (g === undefined) throw new Error('no grid');
    expect(getMentionGrille(g, mentions)).toEqual({
      statut: 'assumption',
      texte: 'Grille de travail de l’académie, en attendant la grille nationale.',
      redaction: 'pack',
    });
    const finale = echelle('tuteur-final');
    const suffisant = getNiveau(finale, 'suffisant');
    if (suffisant === undefined) throw new Error('no level');
    expect(getMentionNiveau(finale, suffisant, mentions).texte).toBe(
      'Niveau « Suffisant » retenu par l’académie.',
    );
    expect(getMentionEchelle(finale, mentions).redaction).toBe('defaut');
  });

  it('says nothing under data read in an official text', () => {
    const verifiee: Echelle = { ...echelle('avis'), statut: 'verified' };
    expect(getMentionEchelle(verifiee, { echelle: 'x' })).toEqual({
      statut: 'verified',
      texte: null,
      redaction: null,
    });
  });
});

describe('no « niveau attendu » unless a pack sets one', () => {
  it('the national pack sets none, and no level of any shipped scale is below expected', () => {
    const p = resolveRules([packNational], '2022-2023')._unsafeUnwrap();
    expect(p.parameters['evaluation.niveauxAttendus'].value).toEqual({});
    for (const e of echellesParDefaut) {
      expect(getNiveauAttendu(e, p.parameters['evaluation.niveauxAttendus'].value)).toBeUndefined();
    }
    const compiled = compileRules({
      layers: [packNational],
      anneeScolaire: '2022-2023',
      calendrier: REUNION_2022_2023,
    })._unsafeUnwrap();
    for (const [id, sous] of compiled.sousAttendu) expect([...sous], id).toEqual([]);
  });

  it('a pack that sets one gets it, with its source', () => {
    const p = resolveRules([packNational, packAttendus], '2022-2023')._unsafeUnwrap();
    const attendus = p.parameters['evaluation.niveauxAttendus'];
    expect(attendus.source.texte).toBe('Guide académique du stagiaire 2022-2023');
    expect(isNiveauSousAttendu(echelle('tuteur-final'), 'insuffisant', attendus.value)).toBe(true);
    const compiled = compileRules({
      layers: [packNational, packAttendus],
      anneeScolaire: '2022-2023',
      calendrier: REUNION_2022_2023,
    })._unsafeUnwrap();
    expect([...(compiled.sousAttendu.get('tuteur-final') ?? [])]).toEqual(['insuffisant']);
    expect([...(compiled.sousAttendu.get('tuteur-intermediaire') ?? [])]).toEqual([]);
  });
});

describe('listLignesGrille: the rows a fiche prints', () => {
  const g = grillesNationales.find((x) => x.id === 'ns-2015-055-enseignants');
  if (g === undefined) throw new Error('no grid');

  it('gives one row per item, each evaluator side by side, blank where left blank', () => {
    const tuteur: Positionnement = {
      grilleId: g.id,
      echelleId: 'tuteur-final',
      entries: [{ item: 'B4.3', niveau: 'suffisant' }],
    };
    const chef: Positionnement = {
      grilleId: g.id,
      echelleId: 'tuteur-final',
      entries: [{ item: 'B4.3', niveau: 'non-observe' }],
    };
    const blocs = listLignesGrille(g, [tuteur, chef]);
    expect(blocs.map((b) => b.lignes.length)).toEqual([5, 5, 3, 9, 3, 2]);
    const ligne = blocs[3]?.lignes[2];
    expect(ligne).toMatchObject({ kind: 'item', cible: 'B4.3', libelle: 'Encourage et valorise ses élèves' });
    expect(ligne?.entrees.map((e) => e?.niveau ?? null)).toEqual(['suffisant', 'non-observe']);
    expect(blocs[0]?.lignes[0]?.entrees).toEqual([null, null]);
  });

  it('still prints a positionnement recorded per competency before grids had item ids', () => {
    const ancien: Positionnement = {
      grilleId: g.id,
      echelleId: 'tuteur-final',
      entries: [{ competence: 'CC1', niveau: 'insuffisant' }],
    };
    const [bloc1] = listLignesGrille(g, [ancien]);
    expect(bloc1?.lignes.at(-1)).toMatchObject({
      kind: 'competence',
      cible: 'CC1',
      libelle: 'Faire partager les valeurs de la République',
      entrees: [{ competence: 'CC1', niveau: 'insuffisant' }],
    });
  });
});
