/**
 * The national rules: every parameter with its value by default, its validity and its source. Where no
 * text gives a value, the entry is an assumption marked `unverified` with a note, for académies to override.
 *
 * @packageDocumentation
 */
import type { AlertCode } from '../../alerts/codes.js';
import type { Role } from '../../dossier/acteurs.js';
import { FENETRE_STAGE_PAR_DEFAUT, nationalWorkflowRules } from '../../workflow/national-rules.js';
import { arrete2014, decret94874 } from '../../workflow/sources.js';
import type { PackParameters, ParameterEntry, RulePack, Validity } from '../pack.js';
import {
  SOURCE_ARRETE_2014_ART_5,
  SOURCE_CIRCULAIRE_2022,
  SOURCE_HYPOTHESE_TREMPLIN,
  SOURCE_SNES_ACADEMIQUE_2022,
  SOURCE_SNES_FAQ_FORMATION,
  SOURCE_SNES_LYON,
  SOURCE_SNES_PROCEDURE_ALERTE,
  SOURCE_VOCATION_ENSEIGNANT,
} from '../sources.js';

/** The regime of the arrêtés du 22 août 2014, in force from the rentrée 2014 (art. 15). */
const DEPUIS_2014: Validity = { from: '2014-09-01' };
/** Décret n° 94-874 du 7 octobre 1994. */
const DEPUIS_1994: Validity = { from: '1994-10-07' };

/** A value of the workflow's national rules (`nationalWorkflowRules`), with its own source, as a pack entry. */
function duWorkflow<T>(
  regle: {
    readonly valeur: T;
    readonly source: ParameterEntry<T>['source'];
    readonly confidence: ParameterEntry<T>['confidence'];
    readonly note?: string | undefined;
  },
  validity: Validity = DEPUIS_2014,
): ParameterEntry<T> {
  return {
    value: regle.valeur,
    validity,
    source: regle.source,
    confidence: regle.confidence,
    ...(regle.note !== undefined ? { note: regle.note } : {}),
  };
}

function hypothese<T>(value: T, note: string, validity: Validity = DEPUIS_2014): ParameterEntry<T> {
  return { value, validity, source: SOURCE_HYPOTHESE_TREMPLIN, confidence: 'unverified', note };
}

const DESTINATAIRES: Readonly<Record<AlertCode, readonly Role[]>> = {
  BILAN_A_RENDRE: [],
  BILAN_EN_RETARD: ['chef-etablissement', 'inspecteur'],
  AVIS_A_RENDRE: [],
  AVIS_EN_RETARD: ['rectorat'],
  VISITES_TUTEUR_INSUFFISANTES: ['chef-etablissement'],
  VISITES_CHEZ_TUTEUR_INSUFFISANTES: ['tuteur'],
  FORMATION_EN_RETARD: ['chef-etablissement', 'formateur-inspe'],
  BILAN_SOUS_NIVEAU_ATTENDU: ['tuteur', 'chef-etablissement', 'inspecteur'],
  PROTOCOLE_NON_OUVERT: ['tuteur', 'chef-etablissement', 'inspecteur'],
  CONGES_PROLONGATION: ['stagiaire', 'chef-etablissement', 'rectorat'],
  INSPECTION_A_PROGRAMMER: ['chef-etablissement'],
  DOSSIER_INCOMPLET_JURY: ['inspecteur', 'rectorat'],
  ECHEANCE_ACADEMIQUE_A_RENDRE: [],
  ECHEANCE_ACADEMIQUE_EN_RETARD: ['chef-etablissement'],
};

const destinataires = Object.fromEntries(
  Object.entries(DESTINATAIRES).map(([code, roles]) => [
    `destinataires.${code}`,
    [
      hypothese(
        roles,
        'Destinataires par défaut ; la personne qui doit agir est toujours ajoutée. À adapter par chaque académie.',
      ),
    ],
  ]),
) as PackParameters;

const parameters: PackParameters = {
  'calendrier.fuseauHoraire': [duWorkflow(nationalWorkflowRules.fuseauHoraire, DEPUIS_1994)],
  'echeances.bientotJours': [hypothese(14, 'Rappel deux semaines avant chaque échéance.')],
  'echeances.bilanIntermediaire': [
    {
      value: { due: { kind: 'before-holiday', holidays: ['noel', 'ete-austral'] } },
      validity: DEPUIS_2014,
      source: SOURCE_SNES_ACADEMIQUE_2022,
      references: [SOURCE_VOCATION_ENSEIGNANT],
      confidence: 'unverified',
      paraphrase:
        'avant les vacances de décembre, première visite de l’INSPÉ et premier rapport d’étape du tuteur et du chef d’établissement',
      note: 'Aucune date nationale (« 1 ou 2 rapports intermédiaires, selon l’académie ») : pratique la plus répandue, décrite par des pages syndicales et de presse (sources secondaires) ; hypothèse à confirmer par l’académie.',
    },
  ],
  'echeances.bilanFinal': [
    {
      value: { due: { kind: 'end-of-month', month: 4 }, wording: 'avant fin avril' },
      validity: DEPUIS_2014,
      source: SOURCE_SNES_ACADEMIQUE_2022,
      confidence: 'unverified',
      note: 'Aucune date nationale ; avril dans les académies documentées (Réunion, Lyon, académie non identifiée), selon le guide de La Réunion et des pages syndicales (sources secondaires) : hypothèse à confirmer par l’académie.',
    },
  ],
  'echeances.avisInspecteur': [
    {
      value: { due: { kind: 'end-of-month', month: 5 }, wording: 'avant fin mai' },
      validity: DEPUIS_2014,
      source: SOURCE_SNES_ACADEMIQUE_2022,
      confidence: 'unverified',
      note: 'Aucune date nationale ; inspections avant fin mai et avis recueillis d’avril à juin, selon des pages syndicales (sources secondaires) : hypothèse à confirmer par l’académie.',
    },
  ],
  'echeances.avisChefEtablissement': [
    {
      value: { due: { kind: 'end-of-month', month: 5 }, wording: 'avant fin mai' },
      validity: DEPUIS_2014,
      source: SOURCE_SNES_LYON,
      confidence: 'unverified',
      note: 'Aucune date nationale ; avis recueillis d’avril à juin selon le SNES-FSU Lyon (source secondaire) : hypothèse à confirmer par l’académie.',
    },
  ],
  'echeances.avisDirecteurInspe': [
    {
      value: { due: { kind: 'end-of-month', month: 5 }, wording: 'avant fin mai' },
      validity: DEPUIS_2014,
      source: SOURCE_SNES_LYON,
      confidence: 'unverified',
      note: 'Aucune date nationale ; avis recueillis d’avril à juin selon le SNES-FSU Lyon (source secondaire) : hypothèse à confirmer par l’académie.',
    },
  ],
  'echeances.jury': [
    {
      value: { due: { kind: 'end-of-month', month: 6 }, wording: 'en juin' },
      validity: DEPUIS_2014,
      source: SOURCE_SNES_LYON,
      confidence: 'unverified',
      note: 'La date du jury est fixée chaque année par le rectorat ; les jurys siègent en général en juin selon le SNES-FSU Lyon (source secondaire) : hypothèse à confirmer par l’académie.',
    },
  ],
  'echeances.academiques': [hypothese([], 'Aucune échéance nationale supplémentaire.')],
  'bilans.evaluateurs': [
    {
      value: { intermediaire: ['tuteur', 'chef-etablissement'], final: ['tuteur', 'chef-etablissement'] },
      validity: DEPUIS_2014,
      source: SOURCE_ARRETE_2014_ART_5,
      references: [SOURCE_VOCATION_ENSEIGNANT],
      confidence: 'unverified',
      note: 'En fin d’année, le tuteur rédige un rapport (consulté par l’inspecteur, art. 5, 1°) et le chef d’établissement évalue sur une grille (art. 5, 2°). Aucun texte national ne fixe de bilan intermédiaire ni qui le rédige : pratique décrite par Vocation enseignant (source secondaire), hypothèse à confirmer par l’académie.',
    },
  ],
  'bilans.seuilSousAttendu': [hypothese(1, 'Une seule compétence sous le niveau attendu suffit à alerter.')],
  'stage.dureeMois': [duWorkflow(nationalWorkflowRules.dureeStageMois)],
  'licenciement.fractionStage': [duWorkflow(nationalWorkflowRules.fractionAvantLicenciement, DEPUIS_1994)],
  'conges.seuilJours': [duWorkflow(nationalWorkflowRules.seuilCongesRemuneresJours, DEPUIS_1994)],
  'stage.fenetre': [duWorkflow(FENETRE_STAGE_PAR_DEFAUT, DEPUIS_1994)],
  'conges.natures': [duWorkflow(nationalWorkflowRules.conges, DEPUIS_1994)],
  'renouvellement.max': [duWorkflow(nationalWorkflowRules.renouvellementsMax, DEPUIS_1994)],
  'demission.preavisMois': [duWorkflow(nationalWorkflowRules.preavisDemissionMois, DEPUIS_1994)],
  'nomination.reportMaxMois': [duWorkflow(nationalWorkflowRules.reportNominationMaxMois, DEPUIS_1994)],
  'prolongationMaster.mois': [duWorkflow(nationalWorkflowRules.prolongationMasterMois)],
  'jury.categoriesSansJury': [duWorkflow(nationalWorkflowRules.categoriesSansJury)],
  'jury.corpsSansJury': [duWorkflow(nationalWorkflowRules.corpsSansJury)],
  'jury.composition': [duWorkflow(nationalWorkflowRules.compositionJury)],
  'decision.autoriteAcademique': [duWorkflow(nationalWorkflowRules.autoriteAcademique)],
  'decision.autorites': [
    {
      value: nationalWorkflowRules.autorites,
      validity: DEPUIS_2014,
      source: arrete2014('art. 9'),
      confidence: 'verified',
      note: 'Chaque acte cite son propre texte et son degré de certitude (arrêté du 22 août 2014 art. 9 ; décret n° 85-899 art. 3).',
    },
  ],
  'decision.avisCommissions': [
    {
      value: nationalWorkflowRules.avisCommissions,
      validity: DEPUIS_2014,
      source: decret94874('art. 7 et 13'),
      confidence: 'verified',
      note: 'Chaque exigence cite son propre texte et la lecture retenue (décret n° 94-874 art. 7 et 13 ; arrêté agrégés art. 7).',
    },
  ],
  'prolongationMaster.concours': [duWorkflow(nationalWorkflowRules.prolongationMasterConcours)],
  'tempsPartiel.natures': [duWorkflow(nationalWorkflowRules.tempsPartiel, DEPUIS_1994)],
  'licenciement.miStageEnRenouvellement': [
    duWorkflow(nationalWorkflowRules.miStageEnRenouvellement, DEPUIS_1994),
  ],
  'jury.entretienAvantNonTitularisation': [
    duWorkflow(nationalWorkflowRules.entretienAvantDecisionNonTitularisation),
  ],
  'jury.piecesRequises': [
    {
      value: nationalWorkflowRules.piecesRequises,
      validity: DEPUIS_2014,
      source: SOURCE_ARRETE_2014_ART_5,
      confidence: 'verified',
      note: 'Chaque pièce cite son propre texte (arrêté du 22 août 2014 art. 5 et 11 ; arrêté agrégés art. 5).',
    },
  ],
  'avis.prealables': [
    {
      value: nationalWorkflowRules.prealablesAvis,
      validity: DEPUIS_2014,
      source: SOURCE_ARRETE_2014_ART_5,
      confidence: 'verified',
    },
  ],
  'avis.motivationDefavorable': [duWorkflow(nationalWorkflowRules.motivationAvisDefavorable)],
  'evaluation.choixGrilles': [duWorkflow(nationalWorkflowRules.evaluation.choixGrilles)],
  'evaluation.echelles': [duWorkflow(nationalWorkflowRules.evaluation.echelles)],
  'evaluation.niveauxAttendus': [
    hypothese(
      {},
      'Aucun texte national ne fixe de niveau attendu sur une échelle de positionnement (la NS 2015-055 demande un « niveau suffisant » sans nommer de niveau ; les degrés de sa fiche 14 n’ont pas été consultés) : aucun niveau attendu, sauf si l’académie en fixe un dans son pack, avec sa source.',
    ),
  ],
  'evaluation.mentionsStatut': [
    hypothese(
      {},
      'Sans formulation de l’académie, la mention par défaut est imprimée sous une grille, une échelle ou un niveau qui n’a pas été lu dans un texte officiel.',
    ),
  ],
  'visites.tuteur': [
    hypothese(null, 'Aucune fréquence nationale des visites du tuteur : chaque académie la fixe.'),
  ],
  'visites.chezTuteur': [
    hypothese(
      null,
      'Aucune fréquence nationale des visites du stagiaire chez le tuteur : chaque académie la fixe.',
    ),
  ],
  'formation.credit': [
    hypothese(null, 'Avant la réforme de 2022, la formation relève du master MEEF ou de l’INSPÉ.', {
      from: '2014-09-01',
      until: '2022-08-31',
    }),
    {
      value: {
        totalDays: 10,
        hoursPerDay: 6,
        parts: [],
        appliesTo: { quotites: ['temps-plein'], categories: ['master-meef'] },
        wording: '10 à 20 jours',
      },
      validity: { from: '2022-09-01' },
      source: SOURCE_CIRCULAIRE_2022,
      references: [SOURCE_SNES_FAQ_FORMATION],
      confidence: 'unverified',
      note: 'Borne basse du crédit de 10 à 20 jours que la FAQ du SNES-FSU (source secondaire) lit dans la circulaire du 13 juillet 2022, dont la rédaction sur les jours de formation n’a pas été lue : hypothèse à confirmer par l’académie. 6 h par jour, comme à La Réunion.',
    },
  ],
  'formation.sessions': [
    hypothese(
      [],
      'Aucun texte national ne fixe de sessions : l’EAFC et l’INSPÉ de chaque académie publient les leurs, que le pack de l’académie énumère.',
    ),
  ],
  'formation.toleranceSessions': [
    hypothese(
      0,
      'Aucune session manquée tolérée : quand une académie active l’alerte, la première session manquée est signalée.',
    ),
  ],
  'alertes.facultatives': [
    {
      value: {
        BILAN_SOUS_NIVEAU_ATTENDU: false,
        VISITES_TUTEUR_INSUFFISANTES: false,
        VISITES_CHEZ_TUTEUR_INSUFFISANTES: false,
        FORMATION_EN_RETARD: false,
      },
      validity: DEPUIS_2014,
      source: SOURCE_ARRETE_2014_ART_5,
      confidence: 'verified',
      note: 'Aucun texte ne fixe ces seuils (niveau attendu d’une échelle, fréquence des visites du tuteur ou chez le tuteur, rythme de la formation) : ces alertes sont désactivées. Une académie peut les activer dans son pack ; elles sont alors présentées comme son choix, non comme une règle nationale. Les avis reposent sur des grilles (arrêté du 22 août 2014, art. 5), pas sur des seuils.',
    },
  ],
  'alerte.delaiProtocoleJours': [
    {
      value: 15,
      validity: DEPUIS_2014,
      source: SOURCE_SNES_PROCEDURE_ALERTE,
      confidence: 'unverified',
      note: 'Aucun délai national : les modalités sont « très variables d’une académie voire d’une discipline à l’autre » selon le SNES-FSU (source secondaire) ; 15 jours est une hypothèse à confirmer par l’académie.',
    },
  ],
  'alerte.dispositif': [
    {
      value: {
        nom: 'procédure d’alerte',
        protocole: 'accompagnement renforcé',
        declencheurs: [
          {
            moment: 'precoce',
            motifs: ['mise-en-danger-eleves', 'posture-fonctionnaire', 'gestion-de-classe'],
          },
          {
            moment: 'en-cours-annee',
            motifs: ['evolution-insuffisante', 'gestion-de-classe', 'posture-fonctionnaire'],
          },
        ],
      },
      validity: DEPUIS_2014,
      source: SOURCE_SNES_PROCEDURE_ALERTE,
      confidence: 'unverified',
      quote:
        'des problèmes … liés à la sécurité des élèves, une posture de fonctionnaire défaillante qui perdure, des problèmes récurrents de gestion de classe',
      note: 'Aucun texte national : pratique décrite par le SNES-FSU (source secondaire) ; chaque académie nomme son dispositif. Hypothèse à confirmer par l’académie.',
    },
  ],
  ...destinataires,
};

/**
 * The national pack: the lowest layer, every parameter set.
 *
 * @remarks The values the workflow decides on (leave, durations, pieces required before the jury…) are
 * taken from the workflow's `nationalWorkflowRules`, so that both agree, each with its own source. The usual
 * calendar of bilans, avis and jury has no national text and is an assumption (`unverified`) that each
 * académie pack overrides.
 * @category Règles
 */
export const packNational: RulePack = {
  id: 'national',
  version: '1.0.0',
  layer: 'national',
  label: 'Règles nationales (second degré)',
  description:
    'Décret n° 94-874, arrêtés du 22 août 2014, circulaire du 13 juillet 2022 ; hypothèses documentées là où aucun texte ne fixe de valeur.',
  parameters,
};
