/**
 * Builds the CASE 1.1 package of a référentiel: CFDocument, CFItems (parts, sections, competencies, items),
 * `isChildOf` associations, item types and rubrics from rating scales.
 *
 * @packageDocumentation
 */

import type { ValidationError } from '@tremplin/core';
import {
  type Competence,
  type Echelle,
  type Grille,
  getMentionEchelle,
  getMentionGrille,
  getMentionNiveau,
  getNiveauAttendu,
  listCompetencesEvaluees,
  type MentionsStatut,
  type NiveauxAttendus,
} from '@tremplin/core';
import type { Result } from 'neverthrow';
import { documentIdentifier, objectIdentifier, objectUri } from './identifiers.js';
import { type CaseExportOptions, type CaseExportSettings, validateCaseExportOptions } from './options.js';
import type {
  CFAssociation,
  CFItem,
  CFItemType,
  CFPackage,
  CFRubric,
  CFRubricCriterion,
  LinkGenURI,
  LinkURI,
} from './types.js';

/** The four kinds of CFItem the export writes, with their CFItemType description and hierarchy level. */
const TYPES = [
  { code: 'Partie', description: "Partie de l'annexe du référentiel (1 à 4)", hierarchyCode: '1' },
  {
    code: 'Section',
    description: 'Section du référentiel (A à K), avec son intitulé entre guillemets',
    hierarchyCode: '2',
  },
  {
    code: 'Compétence',
    description: 'Compétence professionnelle (CC1–CC14, P1–P5, D1–D4, C1–C8)',
    hierarchyCode: '3',
  },
  {
    code: 'Item',
    description: "Mise en œuvre possible d'une compétence, dans l'ordre du texte",
    hierarchyCode: '4',
  },
] as const;

type TypeCode = (typeof TYPES)[number]['code'];

interface Noeud {
  readonly item: CFItem;
  readonly link: LinkGenURI;
}

function buildPackage(settings: CaseExportSettings): CFPackage {
  const { referentiel, lastChangeDateTime, baseUri } = settings;
  const documentId = documentIdentifier(referentiel);
  const documentUri = objectUri(baseUri, 'CFDocuments', documentId);
  const id = (kind: string, key: string): string => objectIdentifier(documentId, kind, key);

  const itemTypes: CFItemType[] = TYPES.map((t) => {
    const identifier = id('CFItemType', t.code);
    return {
      identifier,
      uri: objectUri(baseUri, 'CFItemTypes', identifier),
      title: t.code,
      description: t.description,
      hierarchyCode: t.hierarchyCode,
      typeCode: t.code,
      lastChangeDateTime,
    };
  });
  const typeLinks = new Map<TypeCode, LinkURI>(
    itemTypes.map((t) => [t.title as TypeCode, { title: t.title, identifier: t.identifier, uri: t.uri }]),
  );

  const items: CFItem[] = [];
  const associations: CFAssociation[] = [];

  function noeud(
    type: TypeCode,
    key: string,
    fields: Omit<
      CFItem,
      'identifier' | 'uri' | 'lastChangeDateTime' | 'CFItemType' | 'CFItemTypeURI' | 'language'
    >,
  ): Noeud {
    const identifier = id('CFItem', `${type}:${key}`);
    const uri = objectUri(baseUri, 'CFItems', identifier);
    const typeLink = typeLinks.get(type);
    const item: CFItem = {
      identifier,
      ...fields,
      CFItemType: type,
      uri,
      language: 'fr',
      ...(typeLink === undefined ? {} : { CFItemTypeURI: typeLink }),
      lastChangeDateTime,
    };
    items.push(item);
    return { item, link: { title: fields.humanCodingScheme ?? fields.fullStatement, identifier, uri } };
  }

  function enfantDe(enfant: Noeud, parent: LinkGenURI, sequenceNumber: number): void {
    const identifier = id('CFAssociation', `isChildOf:${enfant.item.identifier}:${parent.identifier}`);
    associations.push({
      identifier,
      associationType: 'isChildOf',
      sequenceNumber,
      uri: objectUri(baseUri, 'CFAssociations', identifier),
      originNodeURI: enfant.link,
      destinationNodeURI: parent,
      lastChangeDateTime,
    });
  }

  const documentLink: LinkGenURI = { title: referentiel.titre, identifier: documentId, uri: documentUri };
  const competenceLinks = new Map<string, LinkURI>();

  referentiel.parties.forEach((partie, p) => {
    const partieNoeud = noeud('Partie', String(partie.numero), {
      fullStatement: partie.titre,
      humanCodingScheme: String(partie.numero),
      listEnumeration: String(partie.numero),
    });
    enfantDe(partieNoeud, documentLink, p + 1);
    partie.sections.forEach((code, s) => {
      const section = referentiel.sections.find((x) => x.code === code);
      if (section === undefined) return;
      const sectionNoeud = noeud('Section', section.code, {
        fullStatement: section.titre,
        humanCodingScheme: section.code,
        listEnumeration: section.code,
      });
      enfantDe(sectionNoeud, partieNoeud.link, s + 1);
      section.competences.forEach((competenceCode, c) => {
        const competence = referentiel.competences.find((x) => x.code === competenceCode);
        if (competence === undefined) return;
        const competenceNoeud = noeud('Compétence', competence.code, competenceFields(competence));
        competenceLinks.set(competence.code, {
          title: competence.code,
          identifier: competenceNoeud.item.identifier,
          uri: competenceNoeud.item.uri,
        });
        enfantDe(competenceNoeud, sectionNoeud.link, c + 1);
        if (!settings.inclureItems) return;
        for (const item of competence.items) {
          if (item.contexte !== undefined && settings.exclureContextes.has(item.contexte)) continue;
          const itemNoeud = noeud('Item', item.id, {
            fullStatement: item.texte,
            humanCodingScheme: item.id,
            listEnumeration: String(item.rang),
            ...(item.note === undefined ? {} : { notes: item.note }),
            ...(item.contexte === undefined && item.paraphrased === undefined
              ? {}
              : {
                  extensions: {
                    ...(item.contexte === undefined ? {} : { contexte: item.contexte }),
                    ...(item.paraphrased === undefined ? {} : { paraphrased: true }),
                  },
                }),
          });
          enfantDe(itemNoeud, competenceNoeud.link, item.rang);
        }
      });
    });
  });

  const rubrics = settings.rubriques.map((r) =>
    rubric(r.echelle, r.grille, referentiel.competences, competenceLinks, id, {
      baseUri,
      lastChangeDateTime,
      niveauxAttendus: settings.niveauxAttendus,
      mentionsStatut: settings.mentionsStatut,
    }),
  );

  return {
    CFDocument: {
      identifier: documentId,
      uri: documentUri,
      frameworkType: 'Référentiel de compétences professionnelles',
      caseVersion: '1.1',
      creator: "Ministère de l'Éducation nationale",
      title: referentiel.titre,
      lastChangeDateTime,
      ...(referentiel.source.url === undefined ? {} : { officialSourceURL: referentiel.source.url }),
      publisher: 'Journal officiel de la République française',
      description: [
        referentiel.source.texte,
        referentiel.source.nor === undefined ? undefined : `NOR ${referentiel.source.nor}`,
        `publié le ${referentiel.datePublication}`,
      ]
        .filter((x) => x !== undefined)
        .join(' — '),
      subject: ["Métiers du professorat et de l'éducation"],
      language: 'fr',
      version: referentiel.id,
      adoptionStatus: 'Adopted',
      statusStartDate: referentiel.datePublication,
      notes:
        'Exporté par Tremplin (@tremplin/export-case). Les codes CC1–CC14 sont un usage : le texte numérote les compétences communes de 1 à 14.',
    },
    CFItems: items,
    CFAssociations: associations,
    CFDefinitions: { CFItemTypes: itemTypes },
    CFRubrics: rubrics,
  };
}

function competenceFields(
  competence: Competence,
): Omit<CFItem, 'identifier' | 'uri' | 'lastChangeDateTime' | 'CFItemType' | 'CFItemTypeURI' | 'language'> {
  return {
    fullStatement: competence.titre,
    humanCodingScheme: competence.code,
    listEnumeration: competence.numeroOfficiel,
    ...(competence.numeroOfficiel === competence.code
      ? {}
      : { alternativeLabel: `Compétence ${competence.numeroOfficiel}` }),
    extensions: { famille: competence.famille, section: competence.section, source: competence.source },
  };
}

interface RubricContext {
  readonly baseUri: string | undefined;
  readonly lastChangeDateTime: string;
  readonly niveauxAttendus: NiveauxAttendus;
  readonly mentionsStatut: MentionsStatut;
}

function rubric(
  echelle: Echelle,
  grille: Grille | undefined,
  competences: readonly Competence[],
  competenceLinks: ReadonlyMap<string, LinkURI>,
  id: (kind: string, key: string) => string,
  { baseUri, lastChangeDateTime, niveauxAttendus, mentionsStatut }: RubricContext,
): CFRubric {
  const rubricKey = grille === undefined ? echelle.id : `${echelle.id}@${grille.id}`;
  const rubricId = id('CFRubric', rubricKey);
  const codes = grille === undefined ? competences.map((c) => c.code) : listCompetencesEvaluees(grille);
  // Only a level the académie set (its pack, or its own scale): no national text sets one.
  const attendu = getNiveauAttendu(echelle, niveauxAttendus);
  const criteria: CFRubricCriterion[] = codes.flatMap((code, index) => {
    const link = competenceLinks.get(code);
    const competence = competences.find((c) => c.code === code);
    if (link === undefined || competence === undefined) return [];
    const criterionId = id('CFRubricCriterion', `${rubricKey}:${code}`);
    return [
      {
        identifier: criterionId,
        uri: objectUri(baseUri, 'CFRubricCriteria', criterionId),
        category: code,
        description: competence.titre,
        CFItemURI: link,
        position: index + 1,
        rubricId,
        lastChangeDateTime,
        CFRubricCriterionLevels: echelle.niveaux.map((niveau, position) => {
          const levelId = id('CFRubricCriterionLevel', `${rubricKey}:${code}:${niveau.code}`);
          const mention = getMentionNiveau(echelle, niveau, mentionsStatut).texte;
          const rang =
            niveau.kind === 'notation'
              ? `${niveau.code} (rang ${niveau.rang})${niveau.code === attendu?.code ? ' — niveau attendu fixé par l’académie' : ''}`
              : `${niveau.code} (hors notation)`;
          return {
            identifier: levelId,
            uri: objectUri(baseUri, 'CFRubricCriterionLevels', levelId),
            quality: niveau.label,
            description: mention === null ? rang : `${rang}. ${mention}`,
            ...(niveau.kind === 'notation' ? { score: niveau.rang } : {}),
            position: position + 1,
            rubricCriterionId: criterionId,
            lastChangeDateTime,
          };
        }),
      },
    ];
  });
  const description = [
    getMentionEchelle(echelle, mentionsStatut).texte ?? undefined,
    attendu === undefined ? undefined : `Niveau attendu fixé par l’académie : ${attendu.label}.`,
    grille === undefined ? undefined : `Grille : ${grille.label}.`,
    grille === undefined ? undefined : (getMentionGrille(grille, mentionsStatut).texte ?? undefined),
    `Source : ${echelle.source.texte}.`,
  ]
    .filter((x) => x !== undefined)
    .join(' ');
  return {
    identifier: rubricId,
    uri: objectUri(baseUri, 'CFRubrics', rubricId),
    title: echelle.label,
    description,
    lastChangeDateTime,
    CFRubricCriteria: criteria,
  };
}

/**
 * Builds the CASE 1.1 package, returning a `ValidationError` for bad options instead of throwing.
 *
 * @param options - what to export; `lastChangeDateTime` is required.
 * @returns the package, or the list of problems with the options.
 */
export function buildCasePackage(options: CaseExportOptions): Result<CFPackage, ValidationError> {
  return validateCaseExportOptions(options).map(buildPackage);
}

/**
 * Exports a référentiel (the référentiel 2013 by default) as a 1EdTech CASE 1.1 package: one CFDocument;
 * CFItems for the 4 parts, 11 sections (`CFItemType` `Section`), 31 competencies (`humanCodingScheme`
 * `CC1` … `C8`) and their items (`CC6.3`); `isChildOf` associations from each node to its parent with its
 * position; the item types; one CFRubric per scale with a criterion per competency and a level per scale level.
 *
 * Identifiers are UUID v5 computed from the codes, so two exports of the same référentiel have the same
 * identifiers, and two exports with the same options are identical.
 *
 * @param options - what to export; `lastChangeDateTime` (RFC 3339) is required: time is an input.
 * @returns the package, a plain object ready for `JSON.stringify`.
 * @throws {TypeError} when the options are invalid (malformed `lastChangeDateTime` or `baseUri`); use
 * `buildCasePackage` or `createCaseExporter` to get a `Result` instead.
 * @remarks 1EdTech CASE Service 1.1, `getCFPackage` response; référentiel: arrêté du 1er juillet 2013
 * (NOR MENE1315928A).
 * @example
 * ```ts
 * const pkg = exportCasePackage({ lastChangeDateTime: '2025-09-01T00:00:00Z', exclureContextes: ['ecole'] });
 * pkg.CFItems?.find((i) => i.humanCodingScheme === 'CC6')?.fullStatement;
 * // 'Agir en éducateur responsable et selon des principes éthiques'
 * ```
 */
export function exportCasePackage(options: CaseExportOptions): CFPackage {
  const result = buildCasePackage(options);
  if (result.isErr()) {
    throw new TypeError(`${result.error.message} ${result.error.issues.map((i) => i.message).join(' ')}`);
  }
  return result.value;
}
