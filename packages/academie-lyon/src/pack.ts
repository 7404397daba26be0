/**
 * The rule pack of the académie de Lyon: only what differs from the national rules, as the SNES Lyon page
 * describes the académie's practice.
 *
 * @packageDocumentation
 */
import { defineRulePack, type ExigenceDossier, type RulePack, type Validity } from '@tremplin/core';
import { SOURCE_SNES_LYON } from './sources.js';

/** The page is undated and recent: its practice is read as applying from the 2022 reform on. */
const DEPUIS_2022: Validity = { from: '2022-09-01' };

/**
 * Every value rests on a union page only (SECONDARY): it is printed on deadlines and alerts, so it is marked
 * as an assumption to confirm. The page's words were not read verbatim here: they are paraphrased.
 */
const PRATIQUE_DECRITE =
  'Pratique de l’académie décrite par une page du SNES-FSU Lyon (source secondaire) ; aucun document de l’académie n’a été lu : hypothèse à confirmer par le rectorat.';

const avisAvrilJuin = {
  value: { due: { kind: 'end-of-month', month: 6 }, wording: 'd’avril à juin' },
  validity: DEPUIS_2022,
  source: SOURCE_SNES_LYON,
  confidence: 'unverified',
  paraphrase: 'trois avis (favorable ou défavorable) d’avril à juin, centralisés sur la plateforme COMPAS',
  note: PRATIQUE_DECRITE,
} as const;

const TOUS_SAUF_UE = ['master-meef', 'experience-enseignement', 'autre-master', 'detache'] as const;

const inspections: ExigenceDossier[] = [
  {
    id: 'inspection-agrege',
    libelle: 'une inspection (les agrégés sont toujours inspectés à Lyon)',
    piece: { kind: 'visite', nature: 'inspection' },
    categories: [...TOUS_SAUF_UE],
    corps: ['agrege'],
    seulementEnRenouvellement: false,
    source: SOURCE_SNES_LYON,
    confidence: 'unverified',
    note: PRATIQUE_DECRITE,
  },
  {
    id: 'inspection-renouvellement',
    libelle: 'une inspection pendant l’année de renouvellement (toujours à Lyon)',
    piece: { kind: 'visite', nature: 'inspection' },
    categories: [...TOUS_SAUF_UE],
    corps: null,
    seulementEnRenouvellement: true,
    source: SOURCE_SNES_LYON,
    confidence: 'unverified',
    note: PRATIQUE_DECRITE,
  },
];

/**
 * The Lyon pack (`academie: 'lyon'`, zone A, `Europe/Paris`).
 *
 * @remarks What differs from the national rules: the tuteur's reports in December (with the chef's
 * « bilan intermédiaire courant décembre ») and in April, the final report by the tuteur alone, the three
 * avis from April to June, and agrégés and renewed stagiaires always inspected (the national rules assume
 * the same two inspections from the same practice; Lyon states them as its own rule). Source: SNES-FSU Lyon
 * (SECONDARY), as summarised in deadlines-and-alerts.md § 4: every value is marked `unverified` (an assumption
 * the rectorat confirms) and its words are a `paraphrase`, the page's own words not having been read verbatim.
 * @example
 * ```ts
 * evaluateCohort(states, '2022-12-19T08:00:00+01:00', packLyon);
 * ```
 */
export const packLyon: RulePack = defineRulePack({
  id: 'academie-lyon',
  version: '2022.1.0',
  layer: 'academie',
  academie: 'lyon',
  label: 'Académie de Lyon',
  description:
    'Rapports du tuteur en décembre et en avril, avis d’avril à juin, agrégés et renouvellements inspectés.',
  parameters: {
    'echeances.bilanIntermediaire': [
      {
        value: { due: { kind: 'before-holiday', holidays: ['noel'] }, wording: 'courant décembre' },
        validity: DEPUIS_2022,
        source: SOURCE_SNES_LYON,
        confidence: 'unverified',
        paraphrase:
          'rapports du tuteur en décembre et en avril ; bilan intermédiaire du chef d’établissement courant décembre',
        note: `Décembre est lu comme : avant les vacances de Noël (17 décembre 2022 en zone A). ${PRATIQUE_DECRITE}`,
      },
    ],
    'echeances.bilanFinal': [
      {
        value: { due: { kind: 'end-of-month', month: 4 }, wording: 'avril' },
        validity: DEPUIS_2022,
        source: SOURCE_SNES_LYON,
        confidence: 'unverified',
        paraphrase: 'rapports du tuteur en décembre et en avril',
        note: PRATIQUE_DECRITE,
      },
    ],
    'bilans.evaluateurs': [
      {
        value: { intermediaire: ['tuteur', 'chef-etablissement'], final: ['tuteur'] },
        validity: DEPUIS_2022,
        source: SOURCE_SNES_LYON,
        confidence: 'unverified',
        note: `En avril, seul le tuteur rend un rapport ; le chef d’établissement donne ensuite son avis. ${PRATIQUE_DECRITE}`,
      },
    ],
    'echeances.avisInspecteur': [avisAvrilJuin],
    'echeances.avisChefEtablissement': [avisAvrilJuin],
    'echeances.avisDirecteurInspe': [avisAvrilJuin],
    'jury.piecesRequises': [
      {
        value: inspections,
        validity: DEPUIS_2022,
        source: SOURCE_SNES_LYON,
        confidence: 'unverified',
        paraphrase:
          'inspection facultative, sauf pour les agrégés et les stagiaires en renouvellement, toujours inspectés',
        note: PRATIQUE_DECRITE,
      },
    ],
  },
});
