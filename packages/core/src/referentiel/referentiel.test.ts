import { describe, expect, it } from 'vitest';
import { competenceCodeSchema, competenceCodes } from './codes.js';
import {
  corpsSecondDegre,
  getCompetence,
  getCorps,
  getItem,
  getScopeReferentiel,
  getSection,
  isCompetenceCode,
  listCompetencesDeLaFamille,
  listCompetencesDeLaSection,
  listCompetencesDuCorps,
  listItemsDuSecondDegre,
  referentiel2013,
  scopesReferentiel,
} from './index.js';
import type { Profil as Corps } from './types.js';

const codes = (prefix: string, n: number): string[] =>
  Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);

describe('référentiel 2013: counts and codes from the text', () => {
  it('has 14 common, 5 professeur, 4 documentaliste and 8 CPE competencies, 31 in all', () => {
    expect(listCompetencesDeLaFamille('commune').map((c) => c.code)).toEqual(codes('CC', 14));
    expect(listCompetencesDeLaFamille('professeur').map((c) => c.code)).toEqual(codes('P', 5));
    expect(listCompetencesDeLaFamille('documentaliste').map((c) => c.code)).toEqual(codes('D', 4));
    expect(listCompetencesDeLaFamille('cpe').map((c) => c.code)).toEqual(codes('C', 8));
    expect(referentiel2013.competences).toHaveLength(31);
    expect(new Set(referentiel2013.competences.map((c) => c.code)).size).toBe(31);
  });

  it('keeps the official numbering: 1 to 14 for the common ones, the code for the others', () => {
    expect(listCompetencesDeLaFamille('commune').map((c) => c.numeroOfficiel)).toEqual(
      Array.from({ length: 14 }, (_, i) => String(i + 1)),
    );
    for (const c of referentiel2013.competences.filter((c) => c.famille !== 'commune')) {
      expect(c.numeroOfficiel).toBe(c.code);
    }
  });

  it('has the official titles (spot checks against the JORF wording)', () => {
    expect(getCompetence('CC1')?.titre).toBe('Faire partager les valeurs de la République');
    expect(getCompetence('CC8')?.titre).toBe(
      'Utiliser une langue vivante étrangère dans les situations exigées par son métier',
    );
    expect(getCompetence('P5')?.titre).toBe('Evaluer les progrès et les acquisitions des élèves');
    expect(getCompetence('D3')?.titre).toBe(
      "Assurer la responsabilité du centre de ressources et de la diffusion de l'information au sein de l'établissement",
    );
    expect(getCompetence('C8')?.titre).toBe('Travailler dans une équipe pédagogique');
  });

  it('has the eleven sections A to K, each listing exactly the competencies filed under it, in order', () => {
    expect(referentiel2013.sections.map((s) => s.code).join('')).toBe('ABCDEFGHIJK');
    for (const section of referentiel2013.sections) {
      expect(listCompetencesDeLaSection(section.code).map((c) => c.code)).toEqual(section.competences);
      for (const code of section.competences) expect(getCompetence(code)?.famille).toBe(section.famille);
    }
    expect(getSection('B')?.competences).toEqual(['CC3', 'CC4', 'CC5', 'CC6', 'CC7', 'CC8', 'CC9']);
    expect(getSection('E')?.titre).toBe('Les professeurs, praticiens experts des apprentissages');
    expect(getSection('Z')).toBeUndefined();
  });

  it('has four parts whose sections cover A to K once', () => {
    expect(referentiel2013.parties.map((p) => p.famille)).toEqual([
      'commune',
      'professeur',
      'documentaliste',
      'cpe',
    ]);
    expect(referentiel2013.parties.flatMap((p) => p.sections).join('')).toBe('ABCDEFGHIJK');
  });

  it('numbers items in source order with ids CODE.n and known counts', () => {
    const counts: Record<string, number> = {
      CC1: 2,
      CC5: 4,
      CC6: 8,
      CC14: 4,
      P1: 6,
      P3: 8,
      P4: 8,
      P5: 6,
      D1: 6,
      C2: 6,
    };
    for (const [code, n] of Object.entries(counts)) expect(getCompetence(code)?.items).toHaveLength(n);
    for (const c of referentiel2013.competences) {
      expect(c.items.length).toBeGreaterThan(0);
      c.items.forEach((item, index) => {
        expect(item.id).toBe(`${c.code}.${index + 1}`);
        expect(item.rang).toBe(index + 1);
        expect(getItem(item.id)).toBe(item);
      });
    }
    expect(getItem('CC6.3')?.texte).toMatch(
      /^Apporter sa contribution à la mise en œuvre des éducations transversales/,
    );
    expect(referentiel2013.competences.flatMap((c) => c.items)).toHaveLength(130);
  });

  it('tags every « En particulier, … » item with its context and no other item', () => {
    const prefixes: Record<string, string> = {
      ecole: "En particulier, à l'école",
      college: 'En particulier, au collège',
      lycee: 'En particulier, au lycée :',
      'lycee-general-technologique': 'En particulier, au lycée général et technologique',
      'lycee-professionnel': 'En particulier, au lycée professionnel',
    };
    for (const item of referentiel2013.competences.flatMap((c) => c.items)) {
      if (item.contexte === undefined) expect(item.texte.startsWith('En particulier')).toBe(false);
      else expect(item.texte.startsWith(prefixes[item.contexte] ?? '?')).toBe(true);
    }
    const ecole = referentiel2013.competences.flatMap((c) => c.items).filter((i) => i.contexte === 'ecole');
    expect(ecole.map((i) => i.id)).toEqual(['P1.4', 'P2.4', 'P3.6', 'P4.7']);
  });

  it('marks only the paraphrased 1st-degree P4 item as paraphrased, with a note', () => {
    const paraphrased = referentiel2013.competences.flatMap((c) => c.items).filter((i) => i.paraphrased);
    expect(paraphrased.map((i) => i.id)).toEqual(['P4.7']);
    expect(paraphrased[0]?.note).toMatch(/Paraphrased/);
  });

  it('filters out the first-degree items for a second-degree tool', () => {
    const p4 = getCompetence('P4');
    expect(p4 && listItemsDuSecondDegre(p4).map((i) => i.id)).toEqual([
      'P4.1',
      'P4.2',
      'P4.3',
      'P4.4',
      'P4.5',
      'P4.6',
      'P4.8',
    ]);
  });

  it('gives every competency, section and part a source: the arrêté, NOR MENE1315928A, verified', () => {
    const sourced = [...referentiel2013.competences, ...referentiel2013.sections, ...referentiel2013.parties];
    for (const entry of sourced) {
      expect(entry.source.nor).toBe('MENE1315928A');
      expect(entry.source.texte).toMatch(/^Arrêté du 1er juillet 2013/);
      expect(entry.source.article).toMatch(/^annexe/);
      expect(entry.confidence).toBe('verified');
    }
    expect(referentiel2013.source.nor).toBe('MENE1315928A');
    for (const c of referentiel2013.competences) expect(c.source.article).toContain(`, ${c.section}`);
  });
});

describe('lookups by code', () => {
  it('recognises exactly the 31 codes, case-sensitively', () => {
    for (const c of referentiel2013.competences) expect(isCompetenceCode(c.code)).toBe(true);
    for (const bad of ['CC0', 'CC15', 'cc1', 'P6', 'D5', 'C9', 'C0', '', 'CPE.C1', ' CC1']) {
      expect(isCompetenceCode(bad)).toBe(false);
      expect(getCompetence(bad)).toBeUndefined();
    }
  });

  it('ships frozen data', () => {
    expect(Object.isFrozen(referentiel2013)).toBe(true);
    expect(Object.isFrozen(referentiel2013.competences)).toBe(true);
    expect(Object.isFrozen(getCompetence('CC1')?.items[0])).toBe(true);
    expect(() => {
      (referentiel2013.competences as unknown as unknown[]).push({});
    }).toThrow(TypeError);
  });
});

describe('référentiel scope per corps', () => {
  const cas: Array<[Corps, string[]]> = [
    ['certifie', [...codes('CC', 14), ...codes('P', 5)]],
    ['agrege', [...codes('CC', 14), ...codes('P', 5)]],
    ['plp', [...codes('CC', 14), ...codes('P', 5)]],
    ['eps', [...codes('CC', 14), ...codes('P', 5)]],
    ['documentaliste', [...codes('CC', 14), ...codes('P', 5), ...codes('D', 4)]],
    ['cpe', [...codes('CC', 14), ...codes('C', 8)]],
  ];
  it.each(cas)('%s holds what the arrêté gives it', (corps, attendus) => {
    expect(listCompetencesDuCorps(corps).map((c) => c.code)).toEqual(attendus);
  });

  it('gives documentalistes P1–P5 in law, citing part 3 of the annex', () => {
    expect(getScopeReferentiel('documentaliste').familles).toContain('professeur');
    expect(getScopeReferentiel('documentaliste').source.article).toMatch(/^annexe, 3\./);
  });

  it('never gives D or C competencies to professeurs, nor P or D to CPE', () => {
    for (const corps of ['certifie', 'agrege', 'plp', 'eps'] as const) {
      expect(
        listCompetencesDuCorps(corps).some((c) => c.famille === 'documentaliste' || c.famille === 'cpe'),
      ).toBe(false);
    }
    expect(
      listCompetencesDuCorps('cpe').some((c) => c.famille === 'professeur' || c.famille === 'documentaliste'),
    ).toBe(false);
  });

  it('lists the six corps once each, with labels and a scope', () => {
    expect(corpsSecondDegre.map((c) => c.corps)).toEqual([
      'certifie',
      'agrege',
      'plp',
      'eps',
      'documentaliste',
      'cpe',
    ]);
    expect(scopesReferentiel.map((s) => s.corps)).toEqual(corpsSecondDegre.map((c) => c.corps));
    expect(getCorps('cpe').label).toBe("Conseiller principal d'éducation");
  });
});

describe('competenceCodes', () => {
  it('lists the data’s codes in the text’s order', () => {
    expect([...competenceCodes]).toEqual(referentiel2013.competences.map((c) => c.code));
    expect(competenceCodeSchema.safeParse('CC15').success).toBe(false);
  });
});
