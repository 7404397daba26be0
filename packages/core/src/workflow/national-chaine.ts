/**
 * The national defaults of the chain of decisions, each with its text, our confidence and, where a text is
 * read one way among several, the reading in French.
 *
 * @packageDocumentation
 */
import type { AutoriteCompetente, ExigenceAvisCommission } from './chaine-rules.js';
import type { WorkflowRules } from './rules.js';
import {
  ARRETE_DELEGATION_2004,
  arrete2014,
  arrete2014Agreges,
  decret85899,
  decret94874,
} from './sources.js';

const avecJury = ['certifie', 'plp', 'eps', 'cpe'] as const;

const CESSATION_NON_DELEGABLE =
  'Lecture de Tremplin, non lue dans un texte : la cessation de fonctions d’un agent de catégorie A ne peut être déléguée au recteur (décret n° 85-899 art. 3) ; l’acte revient donc au ministre. Un pack d’académie peut en décider autrement.';

const autorites: AutoriteCompetente[] = [
  ...(['titularisation', 'renouvellement', 'prolongation-master'] as const).map((acte) => ({
    acte,
    corps: null,
    autorite: 'recteur' as const,
    source: arrete2014('art. 9 ; agrégés : arrêté MENH1411677A art. 3 et 7 ; décret n° 72-581 art. 24 et 26'),
    confidence: 'verified' as const,
  })),
  ...(['licenciement-fin-de-stage', 'reintegration-fin-de-stage'] as const).map((acte) => ({
    acte,
    corps: null,
    autorite: 'ministre' as const,
    source: arrete2014(
      'art. 9 (« Il transmet au ministre les dossiers ») ; agrégés : arrêté MENH1411677A art. 7',
    ),
    confidence: 'verified' as const,
  })),
  ...(
    [
      'licenciement-insuffisance-professionnelle',
      'reintegration-insuffisance-professionnelle',
      'licenciement-inaptitude-physique',
      'reintegration-inaptitude-physique',
    ] as const
  ).map((acte) => ({
    acte,
    corps: null,
    autorite: 'ministre' as const,
    source: decret85899('art. 3'),
    confidence: 'unverified' as const,
    note: CESSATION_NON_DELEGABLE,
  })),
  ...(['avertissement', 'blame', 'exclusion-temporaire'] as const).map((acte) => ({
    acte,
    corps: null,
    autorite: 'recteur' as const,
    source: ARRETE_DELEGATION_2004,
    confidence: 'secondary' as const,
    note: 'Délégation permanente au recteur des sanctions 1° à 3° de l’article 10 du décret n° 94-874 (décret n° 85-899 art. 3, 4° d). Lu dans sa rédaction antérieure à 2019 : son maintien en vigueur n’est pas vérifié.',
  })),
  ...(['deplacement-office', 'exclusion-definitive'] as const).map((acte) => ({
    acte,
    corps: null,
    autorite: 'ministre' as const,
    source: decret85899('art. 3'),
    confidence: 'verified' as const,
    note: 'Le pouvoir disciplinaire n’est délégable au recteur que pour les sanctions 1° à 3°.',
  })),
];

const LECTURE_ART_7 =
  'Lecture simple de l’article 7 : l’avis de la CAP n’est pas requis « dans le cas où l’aptitude professionnelle doit être appréciée par un jury », ce qui est le cas de ces corps (jury académique, arrêté MENH1411675A art. 4). Une lecture plus stricte réserve cette exception au licenciement de fin de stage : l’académie qui la retient met `requis: true` dans son pack. Le rôle des CAP depuis la loi n° 2019-828 n’est pas vérifié.';

const avisCommissions: ExigenceAvisCommission[] = [
  ...(['titularisation', 'renouvellement'] as const).map((acte) => ({
    acte,
    corps: ['agrege' as const],
    requis: true,
    commission: 'capa' as const,
    formation: 'ordinaire' as const,
    source: arrete2014Agreges('art. 7'),
    confidence: 'verified' as const,
    note: '« Le recteur arrête, après avoir recueilli l’avis de la commission administrative paritaire académique compétente, la liste […] ». Rédaction de 2014 ; le rôle des CAP depuis la loi n° 2019-828 n’est pas vérifié.',
  })),
  ...(['licenciement-fin-de-stage', 'reintegration-fin-de-stage'] as const).map((acte) => ({
    acte,
    corps: ['agrege' as const],
    requis: true,
    commission: 'capn' as const,
    formation: 'ordinaire' as const,
    source: arrete2014Agreges('art. 7'),
    confidence: 'verified' as const,
    note: '« transmis au ministre qui, après avis de la commission administrative paritaire nationale compétente, prononce soit le licenciement, soit la réintégration ». Rédaction de 2014.',
  })),
  ...(
    ['licenciement-insuffisance-professionnelle', 'reintegration-insuffisance-professionnelle'] as const
  ).flatMap((acte) => [
    {
      acte,
      corps: [...avecJury],
      requis: false,
      commission: 'cap' as const,
      formation: 'ordinaire' as const,
      source: decret94874('art. 7'),
      confidence: 'verified' as const,
      note: LECTURE_ART_7,
    },
    {
      acte,
      corps: ['agrege' as const],
      requis: true,
      commission: 'cap' as const,
      formation: 'ordinaire' as const,
      source: decret94874('art. 7'),
      confidence: 'verified' as const,
      note: 'Les agrégés n’ont pas de jury : l’exception de l’article 7 ne s’applique pas, l’avis de la CAP est requis.',
    },
  ]),
  ...(['exclusion-temporaire', 'deplacement-office', 'exclusion-definitive'] as const).map((acte) => ({
    acte,
    corps: null,
    requis: true,
    commission: 'cap' as const,
    formation: 'conseil-de-discipline' as const,
    source: decret94874('art. 13'),
    confidence: 'verified' as const,
    note: '« Les sanctions autres que l’avertissement et le blâme sont prononcées après avis de la commission administrative paritaire […] siégeant en conseil de discipline. »',
  })),
];

/**
 * The national defaults of the chain of decisions (spread into `nationalWorkflowRules`).
 *
 * @remarks Arrêtés MENH1411675A and MENH1411677A; décrets n° 72-581, 85-899 and 94-874.
 * @category Workflow
 */
export const nationalChaineRules: Pick<
  WorkflowRules,
  | 'corpsSansJury'
  | 'autoriteAcademique'
  | 'autorites'
  | 'avisCommissions'
  | 'compositionJury'
  | 'prolongationMasterConcours'
  | 'tempsPartiel'
  | 'miStageEnRenouvellement'
> = {
  corpsSansJury: {
    valeur: ['agrege'],
    source: arrete2014Agreges('art. 4 à 7'),
    confidence: 'verified',
    note: 'Les agrégés sont évalués par un inspecteur général (ou un IA-IPR désigné par le doyen) ; le recteur décide après l’avis de la CAPA, sans jury académique.',
  },
  autoriteAcademique: {
    valeur: 'recteur',
    source: arrete2014('art. 12'),
    confidence: 'verified',
    note: 'En Nouvelle-Calédonie, à Wallis-et-Futuna et en Polynésie française, le vice-recteur exerce les compétences du recteur.',
  },
  autorites,
  avisCommissions,
  compositionJury: {
    valeur: { min: 5, max: 8 },
    source: arrete2014('art. 4'),
    confidence: 'verified',
    note: '« un jury académique par corps d’accès de cinq à huit membres nommés par le recteur. Le recteur ou son représentant préside le jury. »',
  },
  prolongationMasterConcours: {
    valeur: { voies: ['externe'], derniereSession: 2021 },
    source: arrete2014('art. 9 ; décret n° 72-581 art. 8 III'),
    confidence: 'secondary',
    note: 'L’article 9 vise les « lauréats des concours externes ». Depuis la session 2022, le master est exigé pour être nommé (circulaire du 13 juillet 2022) : plus de prolongation pour master en fin de stage. La rédaction actuelle de l’article 9 n’est pas vérifiée. Un dossier sans concours enregistré suit sa situation de master.',
  },
  tempsPartiel: {
    valeur: {
      'sur-autorisation': { allonge: true },
      'de-droit': { allonge: true },
      therapeutique: { allonge: false },
    },
    source: decret94874('art. 15 et 24 bis'),
    confidence: 'verified',
    note: 'L’article 15 allonge le stage « à due proportion » pour le temps partiel sur autorisation ou de droit. L’article 24 bis compte le temps partiel thérapeutique « pour l’intégralité de sa durée effective » ; aucun texte lu ne l’allonge.',
  },
  miStageEnRenouvellement: {
    valeur: 'debut-du-stage',
    source: decret94874('art. 7'),
    confidence: 'unverified',
    note: 'Lecture simple de « en stage depuis un temps au moins égal à la moitié de la durée normale du stage » : le temps de stage se compte depuis le début du stage, première année comprise ; en seconde année, la condition est donc remplie dès son début. L’autre lecture compte depuis le début de l’année en cours (valeur `debut-de-l-annee`).',
  },
};
