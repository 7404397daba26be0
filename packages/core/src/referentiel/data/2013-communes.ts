/**
 * The 14 compétences communes à tous les professeurs et personnels d'éducation (part 1 of the annex,
 * sections A, B and C), verbatim from the JORF.
 *
 * @packageDocumentation
 */
import type { Competence } from '../types.js';
import { numberItems } from './items.js';
import { sourceArrete2013 } from './sources.js';

const PARTIE = "annexe, 1. Compétences communes à tous les professeurs et personnels d'éducation";
const SECTION_A = sourceArrete2013(`${PARTIE}, A`);
const SECTION_B = sourceArrete2013(`${PARTIE}, B`);
const SECTION_C = sourceArrete2013(`${PARTIE}, C`);

/**
 * CC1 to CC14 (numbered 1 to 14 in the official text), in source order.
 *
 * @category Référentiel
 */
export const competencesCommunes: readonly Competence[] = [
  {
    code: 'CC1',
    numeroOfficiel: '1',
    famille: 'commune',
    section: 'A',
    titre: 'Faire partager les valeurs de la République',
    items: numberItems('CC1', [
      "Savoir transmettre et faire partager les principes de la vie démocratique ainsi que les valeurs de la République : la liberté, l'égalité, la fraternité ; la laïcité ; le refus de toutes les discriminations.",
      'Aider les élèves à développer leur esprit critique, à distinguer les savoirs des opinions ou des croyances, à savoir argumenter et à respecter la pensée des autres.',
    ]),
    source: SECTION_A,
    confidence: 'verified',
  },
  {
    code: 'CC2',
    numeroOfficiel: '2',
    famille: 'commune',
    section: 'A',
    titre:
      "Inscrire son action dans le cadre des principes fondamentaux du système éducatif et dans le cadre réglementaire de l'école",
    items: numberItems('CC2', [
      "Connaître la politique éducative de la France, les principales étapes de l'histoire de l'école, ses enjeux et ses défis, les principes fondamentaux du système éducatif et de son organisation en comparaison avec d'autres pays européens.",
      "Connaître les grands principes législatifs qui régissent le système éducatif, le cadre réglementaire de l'école et de l'établissement scolaire, les droits et obligations des fonctionnaires ainsi que les statuts des professeurs et des personnels d'éducation.",
    ]),
    source: SECTION_A,
    confidence: 'verified',
  },
  {
    code: 'CC3',
    numeroOfficiel: '3',
    famille: 'commune',
    section: 'B',
    titre: "Connaître les élèves et les processus d'apprentissage",
    items: numberItems('CC3', [
      "Connaître les concepts fondamentaux de la psychologie de l'enfant, de l'adolescent et du jeune adulte.",
      "Connaître les processus et les mécanismes d'apprentissage, en prenant en compte les apports de la recherche.",
      "Tenir compte des dimensions cognitive, affective et relationnelle de l'enseignement et de l'action éducative.",
    ]),
    source: SECTION_B,
    confidence: 'verified',
  },
  {
    code: 'CC4',
    numeroOfficiel: '4',
    famille: 'commune',
    section: 'B',
    titre: 'Prendre en compte la diversité des élèves',
    items: numberItems('CC4', [
      'Adapter son enseignement et son action éducative à la diversité des élèves.',
      'Travailler avec les personnes ressources en vue de la mise en œuvre du projet personnalisé de scolarisation des élèves en situation de handicap.',
      'Déceler les signes du décrochage scolaire afin de prévenir les situations difficiles.',
    ]),
    source: SECTION_B,
    confidence: 'verified',
  },
  {
    code: 'CC5',
    numeroOfficiel: '5',
    famille: 'commune',
    section: 'B',
    titre: 'Accompagner les élèves dans leur parcours de formation',
    items: numberItems('CC5', [
      'Participer à la construction des parcours des élèves sur les plans pédagogique et éducatif.',
      'Contribuer à la maîtrise par les élèves du socle commun de connaissances, de compétences et de culture.',
      'Participer aux travaux de différents conseils (conseil des maîtres, conseil de cycle, conseil de classe, conseil pédagogique...), en contribuant notamment à la réflexion sur la coordination des enseignements et des actions éducatives.',
      "Participer à la conception et à l'animation, au sein d'une équipe pluriprofessionnelle, des séquences pédagogiques et éducatives permettant aux élèves de construire leur projet de formation et leur orientation.",
    ]),
    source: SECTION_B,
    confidence: 'verified',
  },
  {
    code: 'CC6',
    numeroOfficiel: '6',
    famille: 'commune',
    section: 'B',
    titre: 'Agir en éducateur responsable et selon des principes éthiques',
    items: numberItems('CC6', [
      "Accorder à tous les élèves l'attention et l'accompagnement appropriés.",
      "Eviter toute forme de dévalorisation à l'égard des élèves, des parents, des pairs et de tout membre de la communauté éducative.",
      "Apporter sa contribution à la mise en œuvre des éducations transversales, notamment l'éducation à la santé, l'éducation à la citoyenneté, l'éducation au développement durable et l'éducation artistique et culturelle.",
      "Se mobiliser et mobiliser les élèves contre les stéréotypes et les discriminations de tout ordre, promouvoir l'égalité entre les filles et les garçons, les femmes et les hommes.",
      "Contribuer à assurer le bien-être, la sécurité et la sûreté des élèves, à prévenir et à gérer les violences scolaires, à identifier toute forme d'exclusion ou de discrimination ainsi que tout signe pouvant traduire des situations de grande difficulté sociale ou de maltraitance.",
      'Contribuer à identifier tout signe de comportement à risque et contribuer à sa résolution.',
      "Respecter et faire respecter le règlement intérieur et les chartes d'usage.",
      'Respecter la confidentialité des informations individuelles concernant les élèves et leurs familles.',
    ]),
    source: SECTION_B,
    confidence: 'verified',
  },
  {
    code: 'CC7',
    numeroOfficiel: '7',
    famille: 'commune',
    section: 'B',
    titre: 'Maîtriser la langue française à des fins de communication',
    items: numberItems('CC7', [
      'Utiliser un langage clair et adapté aux différents interlocuteurs rencontrés dans son activité professionnelle.',
      "Intégrer dans son activité l'objectif de maîtrise de la langue orale et écrite par les élèves.",
    ]),
    source: SECTION_B,
    confidence: 'verified',
  },
  {
    code: 'CC8',
    numeroOfficiel: '8',
    famille: 'commune',
    section: 'B',
    titre: 'Utiliser une langue vivante étrangère dans les situations exigées par son métier',
    items: numberItems('CC8', [
      'Maîtriser au moins une langue vivante étrangère au niveau B2 du cadre européen commun de référence pour les langues.',
      "Participer au développement d'une compétence interculturelle chez les élèves.",
    ]),
    source: SECTION_B,
    confidence: 'verified',
  },
  {
    code: 'CC9',
    numeroOfficiel: '9',
    famille: 'commune',
    section: 'B',
    titre: "Intégrer les éléments de la culture numérique nécessaires à l'exercice de son métier",
    items: numberItems('CC9', [
      "Tirer le meilleur parti des outils, des ressources et des usages numériques, en particulier pour permettre l'individualisation des apprentissages et développer les apprentissages collaboratifs.",
      "Aider les élèves à s'approprier les outils et les usages numériques de manière critique et créative.",
      "Participer à l'éducation des élèves à un usage responsable d'internet.",
      'Utiliser efficacement les technologies pour échanger et se former.',
    ]),
    source: SECTION_B,
    confidence: 'verified',
  },
  {
    code: 'CC10',
    numeroOfficiel: '10',
    famille: 'commune',
    section: 'C',
    titre: "Coopérer au sein d'une équipe",
    items: numberItems('CC10', [
      'Inscrire son intervention dans un cadre collectif, au service de la complémentarité et de la continuité des enseignements comme des actions éducatives.',
      'Collaborer à la définition des objectifs et à leur évaluation.',
      "Participer à la conception et à la mise en œuvre de projets collectifs, notamment, en coopération avec les psychologues scolaires ou les conseillers d'orientation psychologues, le parcours d'information et d'orientation proposé à tous les élèves.",
    ]),
    source: SECTION_C,
    confidence: 'verified',
  },
  {
    code: 'CC11',
    numeroOfficiel: '11',
    famille: 'commune',
    section: 'C',
    titre: "Contribuer à l'action de la communauté éducative",
    items: numberItems('CC11', [
      'Savoir conduire un entretien, animer une réunion et pratiquer une médiation en utilisant un langage clair et adapté à la situation.',
      "Prendre part à l'élaboration du projet d'école ou d'établissement et à sa mise en œuvre.",
      "Prendre en compte les caractéristiques de l'école ou de l'établissement, ses publics, son environnement socio-économique et culturel, et identifier le rôle de tous les acteurs.",
      'Coordonner ses interventions avec les autres membres de la communauté éducative.',
    ]),
    source: SECTION_C,
    confidence: 'verified',
  },
  {
    code: 'CC12',
    numeroOfficiel: '12',
    famille: 'commune',
    section: 'C',
    titre: "Coopérer avec les parents d'élèves",
    items: numberItems('CC12', [
      "Œuvrer à la construction d'une relation de confiance avec les parents.",
      "Analyser avec les parents les progrès et le parcours de leur enfant en vue d'identifier ses capacités, de repérer ses difficultés et coopérer avec eux pour aider celui-ci dans l'élaboration et la conduite de son projet personnel, voire de son projet professionnel.",
      "Entretenir un dialogue constructif avec les représentants des parents d'élèves.",
    ]),
    source: SECTION_C,
    confidence: 'verified',
  },
  {
    code: 'CC13',
    numeroOfficiel: '13',
    famille: 'commune',
    section: 'C',
    titre: "Coopérer avec les partenaires de l'école",
    items: numberItems('CC13', [
      "Coopérer, sur la base du projet d'école ou d'établissement, le cas échéant en prenant en compte le projet éducatif territorial, avec les autres services de l'Etat, les collectivités territoriales, l'association sportive de l'établissement, les associations complémentaires de l'école, les structures culturelles et les acteurs socio-économiques, en identifiant le rôle et l'action de chacun de ces partenaires.",
      "Connaître les possibilités d'échanges et de collaborations avec d'autres écoles ou établissements et les possibilités de partenariats locaux, nationaux, voire européens et internationaux.",
      "Coopérer avec les équipes pédagogiques et éducatives d'autres écoles ou établissements, notamment dans le cadre d'un environnement numérique de travail et en vue de favoriser la relation entre les cycles et entre les degrés d'enseignement.",
    ]),
    source: SECTION_C,
    confidence: 'verified',
  },
  {
    code: 'CC14',
    numeroOfficiel: '14',
    famille: 'commune',
    section: 'C',
    titre: "S'engager dans une démarche individuelle et collective de développement professionnel",
    items: numberItems('CC14', [
      'Compléter et actualiser ses connaissances scientifiques, didactiques et pédagogiques.',
      "Se tenir informé des acquis de la recherche afin de pouvoir s'engager dans des projets et des démarches d'innovation pédagogique visant à l'amélioration des pratiques.",
      "Réfléchir sur sa pratique ― seul et entre pairs ― et réinvestir les résultats de sa réflexion dans l'action.",
      'Identifier ses besoins de formation et mettre en œuvre les moyens de développer ses compétences en utilisant les ressources disponibles.',
    ]),
    source: SECTION_C,
    confidence: 'verified',
  },
];
