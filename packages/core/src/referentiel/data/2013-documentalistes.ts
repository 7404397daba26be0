/**
 * The 4 compétences spécifiques aux professeurs documentalistes (part 3 of the annex, sections F, G and H),
 * verbatim from the JORF.
 *
 * @packageDocumentation
 */
import type { Competence } from '../types.js';
import { numberItems } from './items.js';
import { sourceArrete2013 } from './sources.js';

const PARTIE = 'annexe, 3. Compétences spécifiques aux professeurs documentalistes';

/**
 * D1 to D4, in source order.
 *
 * @category Référentiel
 */
export const competencesDocumentalistes: readonly Competence[] = [
  {
    code: 'D1',
    numeroOfficiel: 'D1',
    famille: 'documentaliste',
    section: 'F',
    titre:
      "Maîtriser les connaissances et les compétences propres à l'éducation aux médias et à l'information",
    items: numberItems('D1', [
      "Connaître les principaux éléments des théories de l'information et de la communication.",
      "Connaître la réglementation en matière d'usage des outils et des ressources numériques ; connaître le droit de l'information ainsi que les principes et les modalités de la protection des données personnelles et de la vie privée.",
      'Connaître les principaux concepts et analyses en sociologie des médias et de la culture.',
      "Savoir définir une stratégie pédagogique permettant la mise en place des objectifs et des apprentissages de l'éducation aux médias et à l'information, en concertation avec les autres professeurs.",
      "Faciliter et mettre en œuvre des travaux disciplinaires ou interdisciplinaires qui font appel à la recherche et à la maîtrise de l'information.",
      "Accompagner la production d'un travail personnel d'un élève ou d'un groupe d'élèves et les aider dans leur accès à l'autonomie.",
    ]),
    source: sourceArrete2013(`${PARTIE}, F`),
    confidence: 'verified',
  },
  {
    code: 'D2',
    numeroOfficiel: 'D2',
    famille: 'documentaliste',
    section: 'G',
    titre: "Mettre en œuvre la politique documentaire de l'établissement qu'il contribue à définir",
    items: numberItems('D2', [
      "Maîtriser les connaissances et les compétences bibliothéconomiques : gestion d'une organisation documentaire et d'un système d'information, fonctionnement de bibliothèques publiques ou centres de documentation, politique d'acquisition, veille stratégique, accueil et accompagnement des publics, animation et formation, politique de lecture, évaluation.",
      'Recenser et analyser les besoins de la communauté éducative en ressources documentaires et informationnelles.',
    ]),
    source: sourceArrete2013(`${PARTIE}, G`),
    confidence: 'verified',
  },
  {
    code: 'D3',
    numeroOfficiel: 'D3',
    famille: 'documentaliste',
    section: 'G',
    titre:
      "Assurer la responsabilité du centre de ressources et de la diffusion de l'information au sein de l'établissement",
    items: numberItems('D3', [
      "Organiser et gérer le centre de documentation et d'information en veillant à la diversité des ressources et des outils mis à disposition des élèves et en s'appuyant sur la situation particulière de chaque établissement (collège, lycée général et technologique, lycée professionnel).",
      "Organiser, en liaison avec l'équipe pédagogique et éducative, la complémentarité des espaces de travail (espace de ressources et d'information, salles d'études, etc.) et contribuer à les faire évoluer de manière à favoriser l'accès progressif des élèves à l'autonomie.",
      "Maîtriser les différentes étapes du traitement documentaire, les fonctionnalités des logiciels documentaires ainsi que les principes de fonctionnement des outils de recherche d'informations.",
      "Participer à la définition du volet numérique du projet d'établissement et faciliter l'intégration des ressources numériques dans les pratiques pédagogiques, notamment lors des travaux interdisciplinaires.",
      "Agir au sein d'un réseau de documentation scolaire en vue d'assurer des relations entre les niveaux d'enseignement et d'optimiser leurs ressources.",
    ]),
    source: sourceArrete2013(`${PARTIE}, G`),
    confidence: 'verified',
  },
  {
    code: 'D4',
    numeroOfficiel: 'D4',
    famille: 'documentaliste',
    section: 'H',
    titre:
      "Contribuer à l'ouverture de l'établissement scolaire sur l'environnement éducatif, culturel et professionnel, local et régional, national, européen et international",
    items: numberItems('D4', [
      "Concourir à la définition du programme d'action culturelle de l'établissement en tenant compte des besoins des élèves, des ressources locales et du projet d'établissement.",
      "Mettre en place des projets qui stimulent l'intérêt pour la lecture, la découverte des cultures artistique (et des différentes formes d'art), scientifique et technique et développer une politique de lecture en relation avec les professeurs, en s'appuyant notamment sur la connaissance de la littérature générale et de jeunesse.",
      "Savoir utiliser les outils et les dispositifs numériques pour faciliter l'ouverture de l'établissement sur l'extérieur.",
    ]),
    source: sourceArrete2013(`${PARTIE}, H`),
    confidence: 'verified',
  },
];
