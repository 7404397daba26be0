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
import { getMentionEchelle, getMentionGrille, getMentionNiveau } from './statut.js';
import type { Echelle } from './types.js';

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
