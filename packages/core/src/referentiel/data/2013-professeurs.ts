/**
 * The 5 compétences communes à tous les professeurs (part 2 of the annex, sections D and E),
 * verbatim from the JORF except the one item marked `paraphrased`.
 *
 * @packageDocumentation
 */
import type { Competence } from '../types.js';
import { numberItems } from './items.js';
import { sourceArrete2013 } from './sources.js';

const PARTIE = 'annexe, 2. Compétences communes à tous les professeurs';
const SECTION_D = sourceArrete2013(`${PARTIE}, D`);
const SECTION_E = sourceArrete2013(`${PARTIE}, E`);

/**
 * P1 to P5, in source order.
 *
 * @category Référentiel
 */
export const competencesProfesseurs: readonly Competence[] = [
  {
    code: 'P1',
    numeroOfficiel: 'P1',
    famille: 'professeur',
    section: 'D',
    titre: 'Maîtriser les savoirs disciplinaires et leur didactique',
    items: numberItems('P1', [
      "Connaître de manière approfondie sa discipline ou ses domaines d'enseignement. En situer les repères fondamentaux, les enjeux épistémologiques et les problèmes didactiques.",
      "Maîtriser les objectifs et les contenus d'enseignement, les exigences du socle commun de connaissances, de compétences et de culture ainsi que les acquis du cycle précédent et du cycle suivant.",
      {
        texte:
          "Contribuer à la mise en place de projets interdisciplinaires au service des objectifs inscrits dans les programmes d'enseignement.",
        note: "The JORF mirror prints « d']enseignement », a source typo corrected here.",
      },
      {
        texte:
          "En particulier, à l'école : tirer parti de sa polyvalence pour favoriser les continuités entre les domaines d'activités à l'école maternelle et assurer la cohésion du parcours d'apprentissage à l'école élémentaire ; ancrer les apprentissages des élèves sur une bonne maîtrise des savoirs fondamentaux définis dans le cadre du socle commun de connaissances, de compétences et de culture.",
        contexte: 'ecole',
      },
      {
        texte:
          "En particulier, au collège : accompagner les élèves lors du passage d'un maître polyvalent à l'école élémentaire à une pluralité d'enseignants spécialistes de leur discipline.",
        contexte: 'college',
      },
      {
        texte:
          "En particulier, au lycée général et technologique : articuler les champs disciplinaires enseignés au lycée avec les exigences scientifiques de l'enseignement supérieur.",
        contexte: 'lycee-general-technologique',
      },
    ]),
    source: SECTION_D,
    confidence: 'verified',
  },
  {
    code: 'P2',
    numeroOfficiel: 'P2',
    famille: 'professeur',
    section: 'D',
    titre: 'Maîtriser la langue française dans le cadre de son enseignement',
    items: numberItems('P2', [
      'Utiliser un langage clair et adapté aux capacités de compréhension des élèves.',
      "Intégrer dans son enseignement l'objectif de maîtrise par les élèves de la langue orale et écrite.",
      "Décrire et expliquer simplement son enseignement à un membre de la communauté éducative ou à un parent d'élève.",
      {
        texte:
          "En particulier, à l'école : offrir un modèle linguistique pertinent pour faire accéder tous les élèves au langage de l'école ; repérer chez les élèves les difficultés relatives au langage oral et écrit (la lecture notamment) pour construire des séquences d'apprentissage adaptées ou/et alerter des personnels spécialisés.",
        contexte: 'ecole',
      },
      {
        texte:
          'En particulier, au lycée professionnel : utiliser le vocabulaire professionnel approprié en fonction des situations et en tenant compte du niveau des élèves.',
        contexte: 'lycee-professionnel',
      },
    ]),
    source: SECTION_D,
    confidence: 'verified',
  },
  {
    code: 'P3',
    numeroOfficiel: 'P3',
    famille: 'professeur',
    section: 'E',
    titre:
      "Construire, mettre en œuvre et animer des situations d'enseignement et d'apprentissage prenant en compte la diversité des élèves",
    items: numberItems('P3', [
      "Savoir préparer les séquences de classe et, pour cela, définir des programmations et des progressions ; identifier les objectifs, contenus, dispositifs, obstacles didactiques, stratégies d'étayage, modalités d'entraînement et d'évaluation.",
      "Différencier son enseignement en fonction des rythmes d'apprentissage et des besoins de chacun. Adapter son enseignement aux élèves à besoins éducatifs particuliers.",
      "Prendre en compte les préalables et les représentations sociales (genre, origine ethnique, socio-économique et culturelle) pour traiter les difficultés éventuelles dans l'accès aux connaissances.",
      'Sélectionner des approches didactiques appropriées au développement des compétences visées.',
      "Favoriser l'intégration de compétences transversales (créativité, responsabilité, collaboration) et le transfert des apprentissages par des démarches appropriées.",
      {
        texte:
          "En particulier, à l'école : tirer parti de l'importance du jeu dans le processus d'apprentissage ; maîtriser les approches didactiques et pédagogiques spécifiques aux élèves de maternelle, en particulier dans les domaines de l'acquisition du langage et de la numération.",
        contexte: 'ecole',
      },
      {
        texte:
          "En particulier, au lycée : faire acquérir aux élèves des méthodes de travail préparant à l'enseignement supérieur ; contribuer à l'information des élèves sur les filières de l'enseignement supérieur.",
        contexte: 'lycee',
      },
      {
        texte:
          "En particulier, au lycée professionnel : construire des situations d'enseignement et d'apprentissage dans un cadre pédagogique lié au métier visé, en travaillant à partir de situations professionnelles réelles ou construites ou de projets professionnels, culturels ou artistiques ; entretenir des relations avec le secteur économique dont relève la formation afin de transmettre aux élèves les spécificités propres au métier ou à la branche professionnelle.",
        contexte: 'lycee-professionnel',
      },
    ]),
    source: SECTION_E,
    confidence: 'verified',
  },
  {
    code: 'P4',
    numeroOfficiel: 'P4',
    famille: 'professeur',
    section: 'E',
    titre:
      "Organiser et assurer un mode de fonctionnement du groupe favorisant l'apprentissage et la socialisation des élèves",
    items: numberItems('P4', [
      'Installer avec les élèves une relation de confiance et de bienveillance.',
      "Maintenir un climat propice à l'apprentissage et un mode de fonctionnement efficace et pertinent pour les activités.",
      'Rendre explicites pour les élèves les objectifs visés et construire avec eux le sens des apprentissages.',
      "Favoriser la participation et l'implication de tous les élèves et créer une dynamique d'échanges et de collaboration entre pairs.",
      'Instaurer un cadre de travail et des règles assurant la sécurité au sein des plates-formes techniques, des laboratoires, des équipements sportifs et artistiques.',
      "Recourir à des stratégies adéquates pour prévenir l'émergence de comportements inappropriés et pour intervenir efficacement s'ils se manifestent.",
      {
        texte:
          "En particulier, à l'école : accompagner l'enfant et ses parents dans la découverte progressive de l'école (maternelle) ; adapter les formes de communication (posture, interventions, consignes, conduites d'étayage) ; apporter les aides nécessaires tout en laissant aux enfants la part d'initiative et de tâtonnement ; gérer le temps (classes maternelles, classes à plusieurs niveaux) ; gérer l'espace en toute sécurité physique et affective.",
        contexte: 'ecole',
        paraphrased: true,
        note: 'Paraphrased for length in the project reference (5 sub-items, 1st degree only). The verbatim text is in the JORF annex (etalab mirror, arrete/2013/arrete-du-1er-juillet-2013-mene1315928a/annexe/article-.md).',
      },
      {
        texte:
          "En particulier, au lycée professionnel : favoriser le développement d'échanges et de partages d'expériences professionnelles entre les élèves ; contribuer au développement de parcours de professionnalisation favorisant l'insertion dans l'emploi et l'accès à des niveaux de qualification plus élevé ; mettre en œuvre une pédagogie adaptée pour faciliter l'accès des élèves à l'enseignement supérieur.",
        contexte: 'lycee-professionnel',
      },
    ]),
    source: SECTION_E,
    confidence: 'verified',
  },
  {
    code: 'P5',
    numeroOfficiel: 'P5',
    famille: 'professeur',
    section: 'E',
    titre: 'Evaluer les progrès et les acquisitions des élèves',
    items: numberItems('P5', [
      {
        texte:
          "En situation d'apprentissage, repérer les difficultés des élèves afin mieux assurer la progression des apprentissages.",
        note: '« afin mieux » (sic), as printed in the JORF.',
      },
      "Construire et utiliser des outils permettant l'évaluation des besoins, des progrès et du degré d'acquisition des savoirs et des compétences.",
      'Analyser les réussites et les erreurs, concevoir et mettre en œuvre des activités de remédiation et de consolidation des acquis.',
      "Faire comprendre aux élèves les principes de l'évaluation afin de développer leurs capacités d'autoévaluation.",
      'Communiquer aux élèves et aux parents les résultats attendus au regard des objectifs et des repères contenus dans les programmes.',
      "Inscrire l'évaluation des progrès et des acquis des élèves dans une perspective de réussite de leur projet d'orientation.",
    ]),
    source: SECTION_E,
    confidence: 'verified',
  },
];
