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
 * Tremplin's window of a stage, which no text sets: a visit or a leave falls between the stage's first and last
 * day (no tolerance); a leave may run past the last day by five years at most (the longest leave a
 * fonctionnaire may hold, the congé de longue durée); a command's instant is implausible more than three years
 * after the stage's last day.
 *
 * @remarks Tremplin's choice (nature `hypothese`), configurable by a pack (`stage.fenetre`).
 * @category Workflow
 */
export const FENETRE_STAGE_PAR_DEFAUT = {
  valeur: { toleranceJours: 0, congeAuDelaFinJours: 1826, horizonInstantJours: 1096 },
  source: {
    texte: 'Convention Tremplin : bornes de vraisemblance des dates, qu’aucun texte ne fixe',
    nature: 'hypothese',
  },
  confidence: 'unverified',
  note: 'Aucun texte ne borne les dates d’une visite ou d’un congé par rapport au stage : Tremplin refuse celles qui tombent hors du stage (tolérance 0 jour), admet qu’un congé déborde la fin du stage de 5 ans au plus (durée maximale du congé de longue durée, loi n° 84-16 du 11 janvier 1984, art. 34, 4°, reprise au code général de la fonction publique) et juge invraisemblable un instant plus de 3 ans après la fin du stage. Une académie peut changer ces bornes (stage.fenetre).',
} as const satisfies NonNullable<WorkflowRules['fenetreStage']>;

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
    source: {
      texte: 'Convention Tremplin : fuseau de la métropole, à remplacer par celui de l’académie',
      nature: 'hypothese',
    },
    confidence: 'unverified',
    note: 'Valeur qu’aucun texte ne fixe : le jour d’un instant se lit dans le fuseau de l’académie, que son pack fixe (Indian/Reunion pour La Réunion).',
  },
  dureeStageMois: {
    valeur: 12,
    source: arrete2014('art. 2 et 9 ; statuts particuliers des corps'),
    confidence: 'verified',
    note: 'Un an pour les corps du second degré. Le concours spécial de Mayotte prévoit un stage de deux ans (son pack fixe 24).',
  },
  seuilCongesRemuneresJours: {
    valeur: 36,
    source: decret94874('art. 26'),
    confidence: 'secondary',
    note: 'L’article 26 retient un dixième de la durée statutaire du stage ; la fiche F1895 de service-public.fr (source secondaire, lue dans une copie) le compte pour 36 jours sur un an.',
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
    note: 'Les congés rémunérés « de toute nature » autres que le congé annuel comptent comme temps de stage jusqu’au seuil (art. 26 ; fiche F1895, source secondaire). Art. 22 : les congés de maternité, d’adoption et de paternité ne décalent pas la date de titularisation. Art. 8 : la suspension ne compte pas comme temps de stage. Les congés sans traitement ne comptent pas du tout : SNAPEN (source secondaire). Le congé de présence parentale (art. 21 bis) et le congé d’accompagnement d’une personne en fin de vie (art. 19 bis) ne sont pas rémunérés ; l’article 19 bis date la titularisation « compte tenu de la prolongation » (sans effet rétroactif). Le CITIS (ordonnance n° 2017-53) a remplacé le congé pour accident de service.',
  },
  renouvellementsMax: {
    valeur: 1,
    source: decret94874('art. 5'),
    confidence: 'verified',
    note: '« le stage ne peut être prolongé d’une durée excédant celle du stage normal » ; arrêté du 22 août 2014, art. 9 (« une seconde année de stage ») ; agrégés : « seconde et dernière année ».',
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
    note: 'Les lauréats réputés qualifiés (décret n° 2000-129) sont titularisés par le recteur après avis de l’inspecteur, sans jury académique.',
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
    note: 'Vérifié pour les agrégés (« rapport d’évaluation motivé ») ; pratique générale pour les autres corps.',
  },
  fenetreStage: FENETRE_STAGE_PAR_DEFAUT,
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
      note: 'L’arrêté nomme encore l’école supérieure du professorat et de l’éducation (ESPE), que l’INSPÉ a remplacée (loi n° 2019-791).',
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
      note: 'L’article 5 fonde l’évaluation sur un rapport d’inspection ou sur le rapport d’un professeur agrégé désigné par l’inspection générale ; les académies inspectent tous les agrégés (SNES-FSU Lyon, source secondaire).',
    },
    {
      id: 'inspection-renouvellement',
      libelle: 'une inspection pendant l’année de renouvellement',
      piece: { kind: 'visite', nature: 'inspection' },
      categories: [...sansUe],
      corps: null,
      seulementEnRenouvellement: true,
      source: SNE_OC_RENOUVELLEMENT,
      confidence: 'unverified',
      note: 'Hypothèse à confirmer par l’académie : l’inspection de l’année de renouvellement était exigée par l’arrêté antérieur à 2014 ; l’arrêté du 22 août 2014 ne la prévoit pas, et seules des pages syndicales (SNE-OC, SNES-FSU Lyon : sources secondaires) en décrivent la pratique depuis. La rédaction des notes de service de 2015 et de 2023 sur ce point n’a pas été vérifiée.',
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
      note: 'Aucun choix : la grille formellement applicable dans l’année (NS du 21-6-2023 à compter de 2022-2023). Une académie qui a conduit l’année 2022-2023 sur les grilles de la NS 2015-055 les choisit dans son pack.',
    },
    echelles: {
      valeur: {
        autopositionnement: 'degres-acquisition',
        'bilan-intermediaire': 'tuteur-intermediaire',
        'bilan-final': 'tuteur-final',
      },
      source: CIRCULAIRE_2022,
      confidence: 'unverified',
      note: 'Les échelles officielles n’ont pas été vérifiées (référence evaluation-titularisation, § 8.4) : ce sont les échelles par défaut du module référentiel.',
    },
  },
};
