/**
 * The 8 compétences spécifiques aux conseillers principaux d'éducation (part 4 of the annex,
 * sections I, J and K), verbatim from the JORF.
 *
 * @packageDocumentation
 */
import type { Competence } from '../types.js';
import { numberItems } from './items.js';
import { sourceArrete2013 } from './sources.js';

const PARTIE = "annexe, 4. Compétences spécifiques aux conseillers principaux d'éducation";
const SECTION_I = sourceArrete2013(`${PARTIE}, I`);
const SECTION_J = sourceArrete2013(`${PARTIE}, J`);
const SECTION_K = sourceArrete2013(`${PARTIE}, K`);

/**
 * C1 to C8, in source order.
 *
 * @category Référentiel
 */
export const competencesCpe: readonly Competence[] = [
  {
    code: 'C1',
    numeroOfficiel: 'C1',
    famille: 'cpe',
    section: 'I',
    titre:
      "Organiser les conditions de vie des élèves dans l'établissement, leur sécurité, la qualité de l'organisation matérielle et la gestion du temps",
    items: numberItems('C1', [
      'Veiller au respect des rythmes de travail des élèves et organiser leur sécurité.',
      "Organiser l'accueil, les conditions d'entrée et de sortie des élèves, les déplacements et la surveillance ; les zones de travail et d'études collectives ainsi que les zones récréatives avec le souci de contribuer au bien-être des élèves.",
      "Maîtriser des circuits d'information efficaces pour assurer le suivi tant individuel que collectif des élèves.",
      "Faciliter le traitement et la transmission des informations en provenance ou à destination de l'équipe de direction, des personnels de l'établissement, des élèves et des parents, notamment par l'usage des outils et ressources numériques.",
    ]),
    source: SECTION_I,
    confidence: 'verified',
  },
  {
    code: 'C2',
    numeroOfficiel: 'C2',
    famille: 'cpe',
    section: 'I',
    titre:
      "Garantir, en lien avec les autres personnels, le respect des règles de vie et de droit dans l'établissement",
    items: numberItems('C2', [
      "Participer à l'élaboration du règlement intérieur et à son application.",
      "Promouvoir, auprès des élèves et de leurs parents, les principes d'organisation et les règles de vie, dans un esprit éducatif.",
      "Contribuer à l'enseignement civique et moral de l'élève ainsi qu'à la qualité du cadre de vie et d'étude.",
      "Identifier les conduites à risque, les signes d'addiction, les comportements dégradants et délictueux avec les personnels sociaux et de santé et les conseillers d'orientation-psychologues, et contribuer à leur résolution en coopération avec les personnes ressources internes ou externes à l'institution.",
      "Conseiller le chef d'établissement, ainsi que les autres personnels, dans l'appréciation des punitions et des sanctions.",
      'Prévenir, gérer et dépasser les conflits en privilégiant le dialogue et la médiation dans une perspective éducative.',
    ]),
    source: SECTION_I,
    confidence: 'verified',
  },
  {
    code: 'C3',
    numeroOfficiel: 'C3',
    famille: 'cpe',
    section: 'I',
    titre: "Impulser et coordonner le volet éducatif du projet d'établissement",
    items: numberItems('C3', [
      "Recueillir et communiquer les informations permettant de suivre l'assiduité des élèves et de lutter contre l'absentéisme.",
      'Contribuer au repérage des incivilités, des formes de violence et de harcèlement, et à la mise en œuvre de mesures qui permettent de les faire cesser avec le concours des équipes pédagogiques et éducatives.',
      "Elaborer et mettre en œuvre des démarches de prévention et connaître les missions des partenaires de l'établissement pour la lutte contre la violence et l'éducation à la santé (CESC).",
      "Conseiller le chef d'établissement et le gestionnaire sur l'aménagement et l'équipement des espaces, afin de permettre l'installation de conditions de vie et de travail qui participent à la sérénité du climat scolaire.",
      "Contribuer activement au développement de l'animation socio-éducative et à la mise en œuvre d'une politique de formation à la responsabilité dans le cadre du projet d'établissement.",
    ]),
    source: SECTION_I,
    confidence: 'verified',
  },
  {
    code: 'C4',
    numeroOfficiel: 'C4',
    famille: 'cpe',
    section: 'I',
    titre: "Assurer la responsabilité de l'organisation et de l'animation de l'équipe de vie scolaire",
    items: numberItems('C4', [
      "Organiser les activités et les emplois du temps des personnels de la vie scolaire dans un souci de continuité, de cohérence et d'efficacité du service.",
      "Préparer et conduire les réunions de coordination et d'organisation de l'équipe et en formaliser les conclusions.",
      "Evaluer les besoins de formation des membres de l'équipe et proposer des formations.",
    ]),
    source: SECTION_I,
    confidence: 'verified',
  },
  {
    code: 'C5',
    numeroOfficiel: 'C5',
    famille: 'cpe',
    section: 'J',
    titre: "Accompagner le parcours de l'élève sur les plans pédagogique et éducatif",
    items: numberItems('C5', [
      "Savoir mener un entretien d'écoute dans le cadre du suivi individuel des élèves et de la médiation.",
      "Œuvrer à la continuité de la relation avec les parents et collaborer avec tous les personnels de l'établissement en échangeant avec eux des informations sur le comportement et l'activité de l'élève ― ses résultats, ses conditions de travail, son assiduité ― afin de contribuer à l'élaboration de réponses collectives pour aider les élèves à surmonter les difficultés qu'ils rencontrent.",
      "Contribuer au suivi de la vie de la classe, notamment en prenant part aux réunions d'équipes pédagogiques et éducatives ainsi qu'au conseil des professeurs et au conseil de classe et en collaborant à la mise en œuvre des projets.",
      'Participer aux travaux du conseil pédagogique, notamment en contribuant aux projets transversaux discutés et préparés dans ce conseil.',
      'Connaître les compétences des différents intervenants dans la prévention du décrochage.',
    ]),
    source: SECTION_J,
    confidence: 'verified',
  },
  {
    code: 'C6',
    numeroOfficiel: 'C6',
    famille: 'cpe',
    section: 'J',
    titre: 'Accompagner les élèves, notamment dans leur formation à une citoyenneté participative',
    items: numberItems('C6', [
      "Encourager et coordonner les initiatives des élèves dans le cadre de la vie lycéenne ou collégienne et créer une dynamique d'échanges et de collaboration entre eux notamment en prenant appui sur les enseignements civiques, juridiques et sociaux.",
      "Veiller à la complémentarité des dispositifs se rapportant à la citoyenneté participative et représentative, favoriser la participation des élèves aux instances représentatives et contribuer à leur animation (CVL, CESC, délégués de classe, conférence des délégués, conseil d'administration, commission permanente, conseil de discipline, etc.).",
      'Assurer la formation des délégués élèves.',
      "Accompagner les élèves dans la prise de responsabilités, en utilisant notamment le foyer socio-éducatif et la maison des lycéens comme espace d'apprentissage et d'éducation à la citoyenneté. Impulser et favoriser la vie associative et culturelle.",
    ]),
    source: SECTION_J,
    confidence: 'verified',
  },
  {
    code: 'C7',
    numeroOfficiel: 'C7',
    famille: 'cpe',
    section: 'J',
    titre: 'Participer à la construction des parcours des élèves',
    items: numberItems('C7', [
      "Contribuer avec les enseignants et avec le concours des assistants d'éducation aux dispositifs d'accompagnement des élèves.",
      'Assurer la liaison avec les responsables de la prise en charge complémentaire des élèves hors temps scolaire dans les collèges ou lycées à organisation pédagogique aménagée (classes à horaires aménagés, sections sportives, pôles sportifs de haut niveau).',
      "Contribuer, avec les enseignants, les professeurs documentalistes et les conseillers d'orientation psychologues, au conseil et à l'accompagnement des élèves dans l'élaboration de leur projet personnel.",
    ]),
    source: SECTION_J,
    confidence: 'verified',
  },
  {
    code: 'C8',
    numeroOfficiel: 'C8',
    famille: 'cpe',
    section: 'K',
    titre: 'Travailler dans une équipe pédagogique',
    items: numberItems('C8', [
      "Coopérer avec les professeurs pour élaborer des situations d'apprentissage en vue de développer et d'évaluer les compétences visées (socle commun de connaissances, de compétences et de culture, référentiels professionnels, etc.).",
      "Contribuer à l'élaboration du volet éducatif du projet d'établissement.",
      "Contribuer à faciliter la continuité des parcours des élèves et à la prise en compte des transitions d'un cycle à l'autre.",
      "Conseiller le chef d'établissement pour organiser les partenariats avec les autres services de l'Etat, les collectivités territoriales, les associations complémentaires de l'école, les acteurs socio-économiques.",
    ]),
    source: SECTION_K,
    confidence: 'verified',
  },
];
