/**
 * The national default rules of the workflow, each value with the text it comes from.
 *
 * @packageDocumentation
 */
import { nationalChaineRules } from './national-chaine.js';
import type { WorkflowRules } from './rules.js';
import {
  arrete2014,
  arrete2014Agreges,
  CIRCULAIRE_2022,
  decret94874,
  NS_2015_055,
  SNE_OC_RENOUVELLEMENT,
} from './sources.js';

const paye = { comptage: 'remunere', titularisationNonDecalee: false } as const;
const payeArt22 = { comptage: 'remunere', titularisationNonDecalee: true } as const;
const nonCompte = { comptage: 'non-compte', titularisationNonDecalee: false } as const;

const sansUe = ['master-meef', 'experience-enseignement', 'autre-master', 'detache'] as const;

/**
 * The national defaults: décret n° 94-874, arrêtés du 22 août 2014, NS 2015-055. An académie's rule pack
 * overrides what differs (e.g. Réunion's guide § 6 lists two avis; its pack then drops the INSPÉ's).
 *
 * @remarks Values marked `secondary` or `unverified` are documented assumptions: each carries a `note`.
 * @example
 * ```ts
 * const r = transition(state, command, { acteur, now, rules: nationalWorkflowRules });
 * ```
 * @category Workflow
 */
export const nationalWorkflowRules: WorkflowRules = {
  version: 'national-2014.1',
  fuseauHoraire: {
    valeur: 'Europe/Paris',
    source: { texte: 'Convention Tremplin : fuseau de la métropole, à remplacer par celui de l’académie' },
    confidence: 'unverified',
    note: 'Not a legal value: the day of an instant is read in the académie’s zone, which its pack sets (Indian/Reunion for La Réunion).',
  },
  dureeStageMois: {
    valeur: 12,
    source: arrete2014('art. 2 et 9 ; statuts particuliers des corps'),
    confidence: 'verified',
    note: 'One year for the second-degree corps. The Mayotte special concours has a two-year stage (its pack sets 24).',
  },
  seuilCongesRemuneresJours: {
    valeur: 36,
    source: decret94874('art. 26'),
    confidence: 'secondary',
    note: 'Art. 26 sets one tenth of the statutory duration; service-public.fr (F1895) counts it as 36 days for one year.',
  },
  conges: {
    valeur: {
      'maladie-ordinaire': paye,
      'longue-maladie': paye,
      'longue-duree': paye,
      citis: paye,
      maternite: payeArt22,
      paternite: payeArt22,
      adoption: payeArt22,
      'sans-traitement-convenances': nonCompte,
      'sans-traitement-inaptitude': nonCompte,
      parental: nonCompte,
      'presence-parentale': nonCompte,
      'accompagnement-fin-de-vie': nonCompte,
      suspension: nonCompte,
    },
    source: decret94874('art. 8, 19 bis, 21 bis, 22, 23, 24 et 26'),
    confidence: 'secondary',
    note: 'Paid leave « de toute nature » other than congé annuel counts up to the threshold (art. 26; F1895). Art. 22: maternity, adoption, paternity keep the titularisation date. Art. 8: suspension is not stage time. Unpaid leave not counting at all: SNAPEN (secondary). Congé de présence parentale (art. 21 bis) and congé d’accompagnement d’une personne en fin de vie (art. 19 bis) are unpaid; art. 19 bis dates the titularisation « compte tenu de la prolongation » (not backdated). The CITIS (ordonnance n° 2017-53) replaced the congé pour accident de service.',
  },
  renouvellementsMax: {
    valeur: 1,
    source: decret94874('art. 5'),
    confidence: 'verified',
    note: '« le stage ne peut être prolongé d’une durée excédant celle du stage normal »; arrêté du 22 août 2014 art. 9 (« une seconde année de stage »); agrégés: « seconde et dernière année ».',
  },
  fractionAvantLicenciement: {
    valeur: 0.5,
    source: decret94874('art. 7'),
    confidence: 'verified',
    note: '« lorsqu’il est en stage depuis un temps au moins égal à la moitié de la durée normale du stage ».',
  },
  preavisDemissionMois: { valeur: 1, source: decret94874('art. 9'), confidence: 'verified' },
  reportNominationMaxMois: { valeur: 12, source: decret94874('art. 4'), confidence: 'verified' },
  prolongationMasterMois: { valeur: 12, source: arrete2014('art. 9'), confidence: 'verified' },
  ...nationalChaineRules,
  categoriesSansJury: {
    valeur: ['ue-qualifie'],
    source: arrete2014('art. 11'),
    confidence: 'verified',
    note: 'Lauréats réputés qualifiés (décret n° 2000-129) are titularised by the recteur after the inspecteur’s avis.',
  },
  entretienAvantDecisionNonTitularisation: {
    valeur: true,
    source: arrete2014('art. 6'),
    confidence: 'verified',
    note: '« Le jury entend au cours d’un entretien tous les fonctionnaires stagiaires pour lesquels il envisage de ne pas proposer la titularisation. »',
  },
  motivationAvisDefavorable: {
    valeur: true,
    source: arrete2014Agreges('art. 6'),
    confidence: 'secondary',
    note: 'Verified for agrégés (« rapport d’évaluation motivé »); general practice for the other corps.',
  },
  piecesRequises: [
    {
      id: 'avis-inspecteur',
      libelle: 'l’avis de l’inspecteur de la discipline',
      piece: { kind: 'avis', role: 'inspecteur' },
      categories: null,
      corps: null,
      seulementEnRenouvellement: false,
      source: arrete2014('art. 5, 1° ; art. 11'),
      confidence: 'verified',
    },
    {
      id: 'avis-chef-etablissement',
      libelle: 'l’avis du chef d’établissement',
      piece: { kind: 'avis', role: 'chef-etablissement' },
      categories: [...sansUe],
      corps: null,
      seulementEnRenouvellement: false,
      source: arrete2014('art. 5, 2°'),
      confidence: 'verified',
    },
    {
      id: 'avis-directeur-inspe',
      libelle: 'l’avis du directeur de l’INSPÉ',
      piece: { kind: 'avis', role: 'directeur-inspe' },
      categories: [...sansUe],
      corps: null,
      seulementEnRenouvellement: false,
      source: arrete2014('art. 5, 3°'),
      confidence: 'verified',
      note: 'The arrêté still says « ESPE »; the INSPÉ replaced it (loi n° 2019-791).',
    },
    {
      id: 'inspection-agrege',
      libelle: 'une inspection (rapport d’inspection des agrégés)',
      piece: { kind: 'visite', nature: 'inspection' },
      categories: [...sansUe],
      corps: ['agrege'],
      seulementEnRenouvellement: false,
      source: arrete2014Agreges('art. 5'),
      confidence: 'secondary',
      note: 'Art. 5 rests the evaluation on a rapport d’inspection or a report by an agrégé designated by the IGEN; académies inspect every agrégé (SNES Lyon).',
    },
    {
      id: 'inspection-renouvellement',
      libelle: 'une inspection pendant l’année de renouvellement',
      piece: { kind: 'visite', nature: 'inspection' },
      categories: [...sansUe],
      corps: null,
      seulementEnRenouvellement: true,
      source: SNE_OC_RENOUVELLEMENT,
      confidence: 'secondary',
      note: 'Explicit before 2014; practice since (SNE-OC, SNES Lyon). The 2015/2023 notes’ wording is UNVERIFIED.',
    },
  ],
  prealablesAvis: [
    {
      id: 'rapport-tuteur-avant-avis-inspecteur',
      avant: 'inspecteur',
      libelle: 'le rapport du tuteur (bilan final du tuteur)',
      piece: { kind: 'bilan', nature: 'final', role: 'tuteur' },
      categories: [...sansUe],
      corps: null,
      seulementEnRenouvellement: false,
      source: arrete2014('art. 5, 1°'),
      confidence: 'verified',
      note: '« après consultation du rapport du tuteur désigné par le recteur ».',
    },
  ],
  evaluation: {
    choixGrilles: {
      valeur: {},
      source: NS_2015_055,
      confidence: 'secondary',
      note: 'No choice: the formally applicable grid of the year (NS du 21-6-2023 from 2022-2023). An académie that ran 2022-2023 on NS 2015-055 chooses it in its pack.',
    },
    echelles: {
      valeur: {
        autopositionnement: 'degres-acquisition',
        'bilan-intermediaire': 'tuteur-intermediaire',
        'bilan-final': 'tuteur-final',
      },
      source: CIRCULAIRE_2022,
      confidence: 'unverified',
      note: 'The official scales are UNVERIFIED (reference evaluation-titularisation § 8.4): these are the référentiel module’s default scales.',
    },
  },
};
