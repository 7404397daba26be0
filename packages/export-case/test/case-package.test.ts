import { readFileSync } from 'node:fs';
import {
  type Echelle,
  getEchelle,
  getGrille,
  getMentionEchelle,
  getMentionGrille,
  referentiel2013,
} from '@tremplin/core';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildCasePackage,
  type CFItem,
  type CFPackage,
  createCaseExporter,
  documentIdentifier,
  exportCasePackage,
  isRfc3339DateTime,
} from '../src/index.js';

// The file names its meta-schema with `http://`; Ajv registers the 2020-12 meta-schema under `https://`.
// Only that key is rewritten, so the schema itself is still checked against the meta-schema.
const schema = JSON.parse(
  readFileSync(new URL('./case-v1p1-cfpackage-schema.json', import.meta.url), 'utf8').replace(
    '"http://json-schema.org/draft/2020-12/schema"',
    '"https://json-schema.org/draft/2020-12/schema"',
  ),
) as object;

// The schema uses the formats uri, date-time, date, int32 and float. These checks are written here,
// independently of the exporter's own code.
const ajv = new Ajv2020({ allErrors: true, strict: true });
ajv.addFormat('uri', /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$/);
ajv.addFormat(
  'date',
  (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)),
);
ajv.addFormat(
  'date-time',
  (s: string) =>
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i.test(s) &&
    !Number.isNaN(Date.parse(s)),
);
ajv.addFormat('int32', {
  type: 'number',
  validate: (n: number) => Number.isInteger(n) && Math.abs(n) < 2 ** 31,
});
ajv.addFormat('float', { type: 'number', validate: (n: number) => Number.isFinite(n) });
const validate = ajv.compile(schema);

const QUAND = '2025-09-01T00:00:00Z';
const V5 = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function valide(pkg: CFPackage): void {
  const ok = validate(pkg);
  expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3))).toEqual([]);
  expect(ok).toBe(true);
}

function parCode(pkg: CFPackage, type: string, code: string): CFItem {
  const item = pkg.CFItems?.find((i) => i.CFItemType === type && i.humanCodingScheme === code);
  if (item === undefined) throw new Error(`${type} ${code} missing`);
  return item;
}

function parent(pkg: CFPackage, item: CFItem): string[] {
  return (pkg.CFAssociations ?? [])
    .filter((a) => a.associationType === 'isChildOf' && a.originNodeURI.identifier === item.identifier)
    .map((a) => a.destinationNodeURI.identifier);
}

/** Every identifier in the package, wherever it sits. */
function identifiants(pkg: CFPackage): string[] {
  const ids = [pkg.CFDocument.identifier];
  for (const i of pkg.CFItems ?? []) ids.push(i.identifier);
  for (const a of pkg.CFAssociations ?? []) ids.push(a.identifier);
  for (const t of pkg.CFDefinitions?.CFItemTypes ?? []) ids.push(t.identifier);
  for (const r of pkg.CFRubrics ?? []) {
    ids.push(r.identifier);
    for (const c of r.CFRubricCriteria ?? []) {
      ids.push(c.identifier);
      for (const l of c.CFRubricCriterionLevels ?? []) ids.push(l.identifier);
    }
  }
  return ids;
}

describe('CASE 1.1 package of the référentiel 2013: schema', () => {
  it('validates against the official CASE 1.1 getCFPackage JSON Schema', () => {
    valide(exportCasePackage({ lastChangeDateTime: QUAND }));
  });

  it('validates with every option: base URI, contexts left out, no items, a rubric per grid', () => {
    const grille = getGrille('ns-2015-055-documentalistes');
    if (grille === undefined) throw new Error('grid');
    const [echelle] = createEchelles();
    valide(
      exportCasePackage({
        lastChangeDateTime: '2022-11-30T23:59:59+04:00',
        baseUri: 'https://case.example.org/tremplin/',
        exclureContextes: ['ecole'],
        rubriques: [{ echelle, grille }],
      }),
    );
    valide(exportCasePackage({ lastChangeDateTime: QUAND, inclureItems: false, rubriques: [] }));
  });

  it('is a real check: the schema rejects a package with a missing creator or a bad identifier', () => {
    const pkg = exportCasePackage({ lastChangeDateTime: QUAND });
    const { creator: _c, ...sansCreateur } = pkg.CFDocument;
    expect(validate({ ...pkg, CFDocument: sansCreateur })).toBe(false);
    expect(validate({ ...pkg, CFDocument: { ...pkg.CFDocument, identifier: 'CC1' } })).toBe(false);
    expect(validate({ ...pkg, CFDocument: { ...pkg.CFDocument, lastChangeDateTime: 'hier' } })).toBe(false);
    expect(validate({ ...pkg, extra: 1 })).toBe(false);
  });
});

function createEchelles(): [Echelle] {
  const pkgEchelle: Echelle = {
    id: 'test',
    label: 'Test',
    usage: 'bilan-final',
    niveaux: [
      { kind: 'notation', code: 'bas', label: 'Bas', rang: 1, statut: 'academie' },
      { kind: 'notation', code: 'haut', label: 'Haut', rang: 2, statut: 'academie' },
      { kind: 'hors-notation', code: 'nsp', label: 'Non observé', statut: 'academie' },
    ],
    attendu: 'haut',
    assumption: true,
    statut: 'academie',
    origine: 'guide académique de test',
    source: { texte: 'test' },
    confidence: 'unverified',
  };
  return [pkgEchelle];
}

describe('CASE package: content', () => {
  const pkg = exportCasePackage({ lastChangeDateTime: QUAND });
  const items = pkg.CFItems ?? [];

  it('has 4 parts, 11 sections, 31 competencies and 130 items as CFItems', () => {
    const compte = (type: string): number => items.filter((i) => i.CFItemType === type).length;
    expect([compte('Partie'), compte('Section'), compte('Compétence'), compte('Item')]).toEqual([
      4, 11, 31, 130,
    ]);
    expect(items).toHaveLength(176);
  });

  it('codes the competencies CC1 … C8 in humanCodingScheme, with the official titles', () => {
    const codes = items.filter((i) => i.CFItemType === 'Compétence').map((i) => i.humanCodingScheme);
    expect(codes).toEqual(referentiel2013.competences.map((c) => c.code));
    expect(parCode(pkg, 'Compétence', 'CC1').fullStatement).toBe(
      'Faire partager les valeurs de la République',
    );
    expect(parCode(pkg, 'Compétence', 'CC1').alternativeLabel).toBe('Compétence 1');
    expect(parCode(pkg, 'Compétence', 'C8').fullStatement).toBe('Travailler dans une équipe pédagogique');
    expect(parCode(pkg, 'Item', 'CC6.3').fullStatement).toMatch(/^Apporter sa contribution/);
    expect(parCode(pkg, 'Section', 'E').fullStatement).toBe(
      'Les professeurs, praticiens experts des apprentissages',
    );
  });

  it('links every CFItem to exactly one parent with isChildOf: item → competency → section → part → document', () => {
    expect(pkg.CFAssociations).toHaveLength(items.length);
    for (const item of items) expect(parent(pkg, item)).toHaveLength(1);
    expect(parent(pkg, parCode(pkg, 'Item', 'CC6.3'))).toEqual([
      parCode(pkg, 'Compétence', 'CC6').identifier,
    ]);
    expect(parent(pkg, parCode(pkg, 'Compétence', 'CC6'))).toEqual([parCode(pkg, 'Section', 'B').identifier]);
    expect(parent(pkg, parCode(pkg, 'Compétence', 'D3'))).toEqual([parCode(pkg, 'Section', 'G').identifier]);
    expect(parent(pkg, parCode(pkg, 'Section', 'G'))).toEqual([parCode(pkg, 'Partie', '3').identifier]);
    expect(parent(pkg, parCode(pkg, 'Partie', '1'))).toEqual([pkg.CFDocument.identifier]);
  });

  it('orders siblings with sequenceNumber in source order', () => {
    const enfants = (pkg.CFAssociations ?? []).filter(
      (a) => a.destinationNodeURI.identifier === parCode(pkg, 'Section', 'B').identifier,
    );
    expect(enfants.map((a) => [a.originNodeURI.title, a.sequenceNumber])).toEqual([
      ['CC3', 1],
      ['CC4', 2],
      ['CC5', 3],
      ['CC6', 4],
      ['CC7', 5],
      ['CC8', 6],
      ['CC9', 7],
    ]);
  });

  it('points every association and item type link at an object of the package', () => {
    const connus = new Set(identifiants(pkg));
    for (const a of pkg.CFAssociations ?? []) {
      expect(connus.has(a.originNodeURI.identifier)).toBe(true);
      expect(connus.has(a.destinationNodeURI.identifier)).toBe(true);
    }
    for (const i of items) expect(connus.has(i.CFItemTypeURI?.identifier ?? '')).toBe(true);
  });

  it('uses unique UUID v5 identifiers and urn:uuid URIs by default', () => {
    const ids = identifiants(pkg);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(V5);
    expect(pkg.CFDocument.uri).toBe(`urn:uuid:${pkg.CFDocument.identifier}`);
  });

  it('writes the given time in every lastChangeDateTime', () => {
    const json = JSON.stringify(pkg);
    const dates = [...json.matchAll(/"lastChangeDateTime":"([^"]*)"/g)].map((m) => m[1]);
    expect(dates.length).toBe(ids(pkg));
    expect(new Set(dates)).toEqual(new Set([QUAND]));
  });

  it('describes the document: CASE 1.1, official source, NOR, language', () => {
    expect(pkg.CFDocument).toMatchObject({
      caseVersion: '1.1',
      officialSourceURL: 'https://www.legifrance.gouv.fr/eli/arrete/2013/7/1/MENE1315928A/jo/texte',
      language: 'fr',
      statusStartDate: '2013-07-18',
    });
    expect(pkg.CFDocument.description).toContain('NOR MENE1315928A');
  });

  it('keeps the context and paraphrase marks of items as extensions and notes', () => {
    expect(parCode(pkg, 'Item', 'P4.7').extensions).toEqual({ contexte: 'ecole', paraphrased: true });
    expect(parCode(pkg, 'Item', 'P4.7').notes).toMatch(/Paraphrased/);
    expect(parCode(pkg, 'Item', 'P2.5').extensions).toEqual({ contexte: 'lycee-professionnel' });
    expect(parCode(pkg, 'Item', 'CC1.1').extensions).toBeUndefined();
  });
});

function ids(pkg: CFPackage): number {
  return identifiants(pkg).length;
}

describe('CASE package: rubrics from scales', () => {
  it('exports one rubric per default competency scale, one criterion per competency, one level per scale level', () => {
    const pkg = exportCasePackage({ lastChangeDateTime: QUAND });
    const rubrics = pkg.CFRubrics ?? [];
    expect(rubrics.map((r) => r.title)).toHaveLength(4);
    for (const r of rubrics) {
      expect(r.CFRubricCriteria).toHaveLength(31);
      for (const c of r.CFRubricCriteria ?? []) expect(c.rubricId).toBe(r.identifier);
    }
    const finale = rubrics.find((r) => r.title?.startsWith('Positionnement final'));
    const cc1 = finale?.CFRubricCriteria?.find((c) => c.category === 'CC1');
    expect(cc1?.CFItemURI?.identifier).toBe(parCode(pkg, 'Compétence', 'CC1').identifier);
    expect(cc1?.CFRubricCriterionLevels?.map((l) => [l.quality, l.score, l.position])).toEqual([
      ['Insuffisant', 1, 1],
      ['Suffisant', 2, 2],
      ['Non observé', undefined, 3],
    ]);
    const echelle = getEchelle('tuteur-final');
    if (echelle === undefined) throw new Error('scale');
    const mention = getMentionEchelle(echelle).texte;
    expect(mention).toMatch(/^Échelle non vérifiée : .* à confirmer par l'académie\.$/);
    expect(finale?.description).toContain(mention);
    expect(cc1?.CFRubricCriterionLevels?.[1]?.description).toMatch(
      /^suffisant \(rang 2\)\. Niveau « Suffisant » non vérifié : .* à confirmer par l'académie\.$/,
    );
  });

  it('prints no « niveau attendu » unless the pack sets one (none by default: no national text does)', () => {
    const defaut = JSON.stringify(exportCasePackage({ lastChangeDateTime: QUAND }).CFRubrics);
    expect(defaut).not.toMatch(/attendu/i);
    const pkg = exportCasePackage({
      lastChangeDateTime: QUAND,
      niveauxAttendus: { 'tuteur-final': 'suffisant' },
    });
    const finale = pkg.CFRubrics?.find((r) => r.title?.startsWith('Positionnement final'));
    expect(finale?.description).toContain('Niveau attendu fixé par l’académie : Suffisant.');
    const niveaux = finale?.CFRubricCriteria?.[0]?.CFRubricCriterionLevels?.map((l) => l.description);
    expect(niveaux?.filter((d) => d?.includes('niveau attendu'))).toEqual([
      expect.stringMatching(/^suffisant \(rang 2\) — niveau attendu fixé par l’académie\./),
    ]);
    const autres = pkg.CFRubrics?.filter((r) => r !== finale);
    expect(JSON.stringify(autres)).not.toMatch(/attendu/i);
  });

  it('prints the académie’s marks: its own scale, and its wording instead of the default sentences', () => {
    const [echelle] = createEchelles();
    const propre = exportCasePackage({ lastChangeDateTime: QUAND, rubriques: [{ echelle }] }).CFRubrics?.[0];
    expect(propre?.description).toContain("Échelle établie par l'académie (guide académique de test).");
    expect(propre?.description).toContain('Niveau attendu fixé par l’académie : Haut.');
    expect(propre?.CFRubricCriteria?.[0]?.CFRubricCriterionLevels?.[0]?.description).toBe(
      "bas (rang 1). Niveau « Bas » établi par l'académie.",
    );
    const redige = exportCasePackage({
      lastChangeDateTime: QUAND,
      mentionsStatut: { echelle: 'Échelle du guide académique.', niveau: 'Niveau « {niveau} » du guide.' },
    }).CFRubrics?.[0];
    expect(redige?.description).toContain('Échelle du guide académique.');
    expect(redige?.CFRubricCriteria?.[0]?.CFRubricCriterionLevels?.[0]?.description).toMatch(
      /\. Niveau « [^»]+ » du guide\.$/,
    );
  });

  it('restricts a rubric to the competencies a grid evaluates and prints the grid’s mark (documentaliste: CC1–CC14 and D1–D4)', () => {
    const grille = getGrille('ns-2015-055-documentalistes');
    if (grille === undefined) throw new Error('grid');
    const [echelle] = createEchelles();
    const pkg = exportCasePackage({ lastChangeDateTime: QUAND, rubriques: [{ echelle, grille }] });
    const rubrique = pkg.CFRubrics?.[0];
    const categories = rubrique?.CFRubricCriteria?.map((c) => c.category) ?? [];
    expect(categories).toHaveLength(18);
    expect(categories.filter((c) => c?.startsWith('CC'))).toHaveLength(14);
    expect(categories).toContain('CC8');
    expect(categories.some((c) => c?.startsWith('P'))).toBe(false);
    expect(categories).toContain('D4');
    const mention = getMentionGrille(grille).texte;
    expect(mention).toMatch(/^Grille non vérifiée : /);
    expect(rubrique?.description).toContain(`Grille : ${grille.label}. ${mention}`);
  });

  it('gives the CPE grid one criterion per référentiel competency: CC1–CC14 and C1–C8', () => {
    const grille = getGrille('ns-2015-055-cpe');
    if (grille === undefined) throw new Error('grid');
    const [echelle] = createEchelles();
    const pkg = exportCasePackage({ lastChangeDateTime: QUAND, rubriques: [{ echelle, grille }] });
    const categories = pkg.CFRubrics?.[0]?.CFRubricCriteria?.map((c) => c.category) ?? [];
    expect(categories).toEqual([
      ...Array.from({ length: 14 }, (_, i) => `CC${i + 1}`),
      ...Array.from({ length: 8 }, (_, i) => `C${i + 1}`),
    ]);
  });
});

describe('CASE package: stable identifiers, identical exports', () => {
  it('gives two identical exports for the same options', () => {
    const a = exportCasePackage({ lastChangeDateTime: QUAND, exclureContextes: ['ecole'] });
    const b = exportCasePackage({ lastChangeDateTime: QUAND, exclureContextes: ['ecole'] });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('pins the identifiers to the codes (values computed with Python’s uuid.uuid5)', () => {
    const pkg = exportCasePackage({ lastChangeDateTime: QUAND });
    expect(documentIdentifier(referentiel2013)).toBe('6339766c-fdd1-5042-9e5c-bbd72d8e8c9d');
    expect(pkg.CFDocument.identifier).toBe('6339766c-fdd1-5042-9e5c-bbd72d8e8c9d');
    expect(parCode(pkg, 'Compétence', 'CC1').identifier).toBe('eea08a56-72a9-5ec3-a3aa-65ee6a71dddb');
    expect(parCode(pkg, 'Item', 'CC6.3').identifier).toBe('ea0b406d-780d-5c75-b493-256dc7235e55');
    expect(parCode(pkg, 'Section', 'A').identifier).toBe('94de379e-352f-5d72-9551-6070a48c1540');
  });

  it('property: identifiers do not depend on the export time or base URI, and every export validates', () => {
    const reference = identifiants(exportCasePackage({ lastChangeDateTime: QUAND }));
    const dateTime = fc
      .date({
        min: new Date('2013-07-18T00:00:00Z'),
        max: new Date('2099-12-31T23:59:59Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString());
    fc.assert(
      fc.property(
        dateTime,
        fc.option(fc.constantFrom('https://a.example', 'http://b.example/x/'), { nil: undefined }),
        (t, baseUri) => {
          const pkg = exportCasePackage({
            lastChangeDateTime: t,
            ...(baseUri === undefined ? {} : { baseUri }),
          });
          expect(identifiants(pkg)).toEqual(reference);
          valide(pkg);
        },
      ),
      { numRuns: 15 },
    );
  });

  it('leaves out the first-degree items on request, keeping the others’ codes and identifiers', () => {
    const tout = exportCasePackage({ lastChangeDateTime: QUAND });
    const second = exportCasePackage({ lastChangeDateTime: QUAND, exclureContextes: ['ecole'] });
    const codes = (second.CFItems ?? [])
      .filter((i) => i.CFItemType === 'Item')
      .map((i) => i.humanCodingScheme);
    expect(codes).toHaveLength(126);
    expect(codes).not.toContain('P4.7');
    expect(parCode(second, 'Item', 'P4.8').identifier).toBe(parCode(tout, 'Item', 'P4.8').identifier);
    expect(second.CFAssociations).toHaveLength((second.CFItems ?? []).length);
  });
});

describe('options and exporter', () => {
  it('checks RFC 3339 date-times with real calendar dates', () => {
    expect(isRfc3339DateTime('2025-09-01T00:00:00Z')).toBe(true);
    expect(isRfc3339DateTime('2022-11-30T23:59:59.123+04:00')).toBe(true);
    expect(isRfc3339DateTime('2024-02-29T00:00:00Z')).toBe(true);
    for (const bad of [
      '2025-02-29T00:00:00Z',
      '2025-13-01T00:00:00Z',
      '2025-09-01',
      '2025-09-01T24:00:00Z',
      'x',
    ]) {
      expect(isRfc3339DateTime(bad)).toBe(false);
    }
  });

  it('lists every problem with the options as a ValidationError', () => {
    const r = buildCasePackage({ lastChangeDateTime: '1 septembre', baseUri: 'ftp://x' });
    expect(r._unsafeUnwrapErr().issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['case.date-invalide', 'lastChangeDateTime'],
      ['case.base-uri-invalide', 'baseUri'],
    ]);
    expect(() => exportCasePackage({ lastChangeDateTime: 'hier' })).toThrow(TypeError);
  });

  it('exposes a factory shaped like the exporter port', () => {
    const exporter = createCaseExporter({ baseUri: 'https://case.example.org', exclureContextes: ['ecole'] });
    const input = { referentiel: referentiel2013, lastChangeDateTime: QUAND };
    expect([exporter.format, exporter.mediaType, exporter.fileExtension]).toEqual([
      'case',
      'application/json',
      'json',
    ]);
    expect(exporter.fileName(input)).toBe('case-referentiel-2013.json');
    const pkg = exporter.export(input)._unsafeUnwrap();
    valide(pkg);
    expect(pkg.CFDocument.uri).toBe(
      'https://case.example.org/ims/case/v1p1/CFDocuments/6339766c-fdd1-5042-9e5c-bbd72d8e8c9d',
    );
    expect(exporter.export({ ...input, lastChangeDateTime: '' }).isErr()).toBe(true);
  });
});
