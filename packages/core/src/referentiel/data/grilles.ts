/**
 * The national evaluation grids: NS 2015-055 (enseignants, documentalistes grille n°12, CPE) and the
 * NS du 21-6-2023 that formally replaces it from 2022-2023, each with its validity in school years,
 * its source and how sure we are of it.
 *
 * @packageDocumentation
 */
import type { BlocGrille, Confidence, Grille } from '../types.js';
import { deepFreeze } from './freeze.js';
import { APDEN_GRILLE_12, sourceNs2023, sourceNs2015055 } from './sources.js';

const NOTE_REPRODUCTION =
  'Block titles, mapping and items come from a third-party reproduction of the 2015 grid (a public tutor-report application); the primary PDF (BO n°13 du 26 mars 2015) was not retrieved.';

/** The six blocks of the 2015 enseignant grid, as reproduced (SECONDARY). CC8 is in no block. */
function blocsEnseignants(confidence: Confidence): BlocGrille[] {
  return [
    {
      numero: 1,
      titre:
        'Compétences relatives à la prise en compte des éléments réglementaires et institutionnels de son environnement professionnel en lien avec les responsabilités attachées à sa fonction',
      competences: ['CC1', 'CC2', 'CC6'],
      items: [
        "Respecte et fait respecter les principes d'égalité, de neutralité, de laïcité, d'équité et de tolérance",
        "Répond aux exigences de ponctualité, d'assiduité, de sécurité et de confidentialité",
        "Adopte une attitude et un positionnement d'adulte responsable dans la classe et dans l'établissement",
        "Fait preuve de respect à l'égard des élèves et des membres de la communauté éducative",
        'Fait respecter le règlement intérieur',
      ],
      confidence,
    },
    {
      numero: 2,
      titre:
        "Compétences relationnelles, de communication et d'animation favorisant la transmission, l'implication et la coopération au sein de la communauté éducative et de son environnement",
      competences: ['CC7', 'CC10', 'CC11', 'CC12', 'CC13'],
      items: [
        'Utilise un langage clair et adapté à son ou ses interlocuteurs',
        "Participe à sa mesure au travail d'équipe mis en œuvre par/dans l'établissement",
        "Adopte une attitude favorable à l'écoute et aux échanges avec les différents membres de la communauté éducative dont les parents d'élèves",
        'Participe aux différentes instances et conseils',
        'Communique autant que de besoin avec les familles',
      ],
      confidence,
    },
    {
      numero: 3,
      titre: 'Compétences liées à la maîtrise des contenus disciplinaires et à leur didactique',
      competences: ['P1', 'P2'],
      items: [
        'Maîtrise les contenus disciplinaires et les concepts clés nécessaires à son enseignement',
        'Met en œuvre les transpositions didactiques appropriées',
        'Identifie les savoirs et savoir-faire à acquérir par les élèves en lien avec les programmes et référentiels',
      ],
      confidence,
    },
    {
      numero: 4,
      titre:
        "Compétences éducatives et pédagogiques nécessaires à la mise en œuvre de situations d'apprentissage et d'accompagnement des élèves diverses",
      competences: ['P3', 'P4', 'P5', 'CC3', 'CC4', 'CC5'],
      items: [
        "Encadre les élèves et le groupe classe, fait preuve de vigilance à l'égard des comportements des élèves et fait preuve d'autorité",
        'Instaure un climat serein et de confiance au sein de la classe',
        'Encourage et valorise ses élèves',
        "Fixe les objectifs à atteindre, les moyens d'y parvenir et donne du sens aux apprentissages",
        "Prend en compte la diversité des élèves et s'assure de l'adéquation entre les propositions pédagogiques et le niveau des élèves",
        'Prépare en amont les séquences pédagogiques et les inscrit dans une progression réfléchie',
        "Met en place les outils et supports d'évaluation en ciblant les compétences à évaluer",
        'Prend en charge le suivi du travail personnel des élèves',
        "S'appuie sur les évaluations pour réguler sa pratique et les apprentissages",
      ],
      confidence,
    },
    {
      numero: 5,
      titre:
        "Compétences relatives à l'usage et à la maîtrise des technologies de l'information et de la communication",
      competences: ['CC9'],
      items: [
        "Utilise les outils numériques et les réseaux mis en place dans l'établissement",
        'Distingue les usages personnels et professionnels dans sa pratique',
        "Est attentif à la manière dont les élèves mobilisent l'outil numérique",
      ],
      confidence,
    },
    {
      numero: 6,
      titre:
        "Compétences d'analyse et d'adaptation de sa pratique professionnelle en tenant compte des évolutions du métier et de son environnement de travail",
      competences: ['CC14'],
      items: [
        "Prend en compte les conseils prodigués et s'efforce d'améliorer sa pratique",
        'Est capable de prendre du recul et de porter une analyse réflexive sur sa pratique',
      ],
      confidence,
    },
  ];
}

const NOTE_BLOCS_COMMUNS =
  "Assumption: the common-competency blocks of the enseignant grid, with CC3–CC5 (grouped with P3–P5 in the enseignant grid's block 4) kept in a block of their own; the grid's own items are unknown.";

/** The common-competency blocks shared by the documentaliste and CPE grids (structure UNVERIFIED). */
function blocsCommuns(): BlocGrille[] {
  const enseignants = blocsEnseignants('unverified');
  const titre = (numero: number): string => enseignants.find((b) => b.numero === numero)?.titre ?? '';
  return [
    {
      numero: 1,
      titre: titre(1),
      competences: ['CC1', 'CC2', 'CC6'],
      items: [],
      confidence: 'unverified',
      note: NOTE_BLOCS_COMMUNS,
    },
    {
      numero: 2,
      titre: titre(2),
      competences: ['CC7', 'CC10', 'CC11', 'CC12', 'CC13'],
      items: [],
      confidence: 'unverified',
      note: NOTE_BLOCS_COMMUNS,
    },
    {
      numero: 3,
      titre: titre(4),
      competences: ['CC3', 'CC4', 'CC5'],
      items: [],
      confidence: 'unverified',
      note: NOTE_BLOCS_COMMUNS,
    },
    {
      numero: 4,
      titre: titre(5),
      competences: ['CC9'],
      items: [],
      confidence: 'unverified',
      note: NOTE_BLOCS_COMMUNS,
    },
    {
      numero: 5,
      titre: titre(6),
      competences: ['CC14'],
      items: [],
      confidence: 'unverified',
      note: NOTE_BLOCS_COMMUNS,
    },
  ];
}

const NOTE_BLOCS_SPECIFIQUES =
  "Assumption: one block per section of the référentiel (its title), since the grid's own blocks and items are unknown.";

/** Documentaliste grid: common blocks + D1–D4 grouped by the référentiel's sections F, G, H. No P1–P5. */
function blocsDocumentalistes(confidence: Confidence): BlocGrille[] {
  return [
    ...blocsCommuns(),
    {
      numero: 6,
      titre:
        "Les professeurs documentalistes, enseignants et maîtres d'œuvre de l'acquisition par tous les élèves d'une culture de l'information et des médias",
      competences: ['D1'],
      items: [],
      confidence,
      note: NOTE_BLOCS_SPECIFIQUES,
    },
    {
      numero: 7,
      titre:
        "Les professeurs documentalistes, maîtres d'œuvre de l'organisation des ressources pédagogiques de l'établissement et de leur mise à disposition",
      competences: ['D2', 'D3'],
      items: [],
      confidence,
      note: NOTE_BLOCS_SPECIFIQUES,
    },
    {
      numero: 8,
      titre:
        "Les professeurs documentalistes, acteurs de l'ouverture de l'établissement sur son environnement éducatif, culturel et professionnel",
      competences: ['D4'],
      items: [],
      confidence,
      note: NOTE_BLOCS_SPECIFIQUES,
    },
  ];
}

/** CPE grid: common blocks + C1–C8 grouped by the référentiel's sections I, J, K. */
function blocsCpe(): BlocGrille[] {
  return [
    ...blocsCommuns(),
    {
      numero: 6,
      titre:
        "Les conseillers principaux d'éducation, conseillers de l'ensemble de la communauté éducative et animateurs de la politique éducative de l'établissement",
      competences: ['C1', 'C2', 'C3', 'C4'],
      items: [],
      confidence: 'unverified',
      note: NOTE_BLOCS_SPECIFIQUES,
    },
    {
      numero: 7,
      titre: "Les conseillers principaux d'éducation, accompagnateurs du parcours de formation des élèves",
      competences: ['C5', 'C6', 'C7'],
      items: [],
      confidence: 'unverified',
      note: NOTE_BLOCS_SPECIFIQUES,
    },
    {
      numero: 8,
      titre: "Les conseillers principaux d'éducation, acteurs de la communauté éducative",
      competences: ['C8'],
      items: [],
      confidence: 'unverified',
      note: NOTE_BLOCS_SPECIFIQUES,
    },
  ];
}

const NOTE_2022_2023 =
  "In 2022-2023 the académies worked with NS 2015-055 during the year; the NS du 21-6-2023 appeared at the end of the year and declared itself applicable « à compter de l'année 2022-2023 ». Both grids are therefore valid for 2022-2023 and an académie picks one.";

const NOTE_2023 =
  'The content of the 2023 grids is UNVERIFIED. As a documented assumption this entry reuses the 2015 structure; replace the blocks from the annexes of the NS du 21-6-2023 (BO n°27 de 2023).';

const NOTE_AGREGES =
  "Agrégés (arrêté du 22 août 2014, NOR MENH1411677A) are evaluated on a rapport d'inspection; the chef d'établissement's avis rests on a grid. Assumption: it is the enseignant grid (the agrégés' fiche 8, replaced in 2016, was not retrieved).";

/**
 * The national evaluation grids, by school year.
 *
 * - NS 2015-055 (from 2014-2015 to 2022-2023): enseignants (six blocks, CC8 in none), professeurs
 *   documentalistes (grille n°12: common blocks + D1–D4, no P1–P5), CPE (common blocks + C1–C8).
 * - NS du 21-6-2023 (from 2022-2023): the same three grids, content UNVERIFIED, assumed to reuse the 2015
 *   structure; they formally replace the 2015 grids (`remplace`), so they are the default where both are valid.
 *
 * @remarks Arrêté du 22 août 2014 (NOR MENH1411675A), art. 5; NS n° 2015-055 du 17-3-2015 (NOR MENH1506379N,
 * BO n°13 du 26-3-2015); NS du 21-6-2023 (NOR MENH2311821N, BO n°27 de 2023). The data is frozen.
 * @category Référentiel
 */
export const grillesNationales: readonly Grille[] = deepFreeze([
  {
    id: 'ns-2015-055-enseignants',
    label: "NS 2015-055 — grille d'évaluation des professeurs stagiaires",
    corps: ['certifie', 'agrege', 'plp', 'eps'],
    validite: { from: '2014-2015', to: '2022-2023' },
    blocs: blocsEnseignants('secondary'),
    source: sourceNs2015055("annexe, grille d'évaluation des professeurs stagiaires"),
    confidence: 'secondary',
    assumption: false,
    notes: [
      NOTE_REPRODUCTION,
      'CC8 (langue vivante étrangère, B2) appears in no block: it is not evaluated in this grid.',
      NOTE_AGREGES,
      NOTE_2022_2023,
    ],
  },
  {
    id: 'ns-2015-055-documentalistes',
    label: 'NS 2015-055 — grille n°12, professeurs documentalistes stagiaires',
    corps: ['documentaliste'],
    validite: { from: '2014-2015', to: '2022-2023' },
    blocs: blocsDocumentalistes('secondary'),
    fiche: '12',
    source: APDEN_GRILLE_12,
    confidence: 'secondary',
    assumption: false,
    notes: [
      'Grille n°12 keeps the common competencies and D1–D4 and omits P1–P5, although the référentiel gives P1–P5 to documentalistes (APDEN, 2 avril 2015).',
      'Its exact block titles and item wording are UNVERIFIED: the common blocks are an assumption.',
      NOTE_2022_2023,
    ],
  },
  {
    id: 'ns-2015-055-cpe',
    label: "NS 2015-055 — grille d'évaluation des conseillers principaux d'éducation stagiaires",
    corps: ['cpe'],
    validite: { from: '2014-2015', to: '2022-2023' },
    blocs: blocsCpe(),
    source: sourceNs2015055("annexe, grille d'évaluation des CPE stagiaires"),
    confidence: 'unverified',
    assumption: true,
    notes: [
      'Expected content: the common-competency blocks and C1–C8. The fiche number and item wording are UNVERIFIED.',
      NOTE_2022_2023,
    ],
  },
  {
    id: 'ns-2023-enseignants',
    label: "NS du 21-6-2023 — grille d'évaluation des professeurs stagiaires",
    corps: ['certifie', 'agrege', 'plp', 'eps'],
    validite: { from: '2022-2023' },
    blocs: blocsEnseignants('unverified'),
    remplace: ['ns-2015-055-enseignants'],
    source: sourceNs2023("annexes, grille d'évaluation des professeurs stagiaires"),
    confidence: 'unverified',
    assumption: true,
    notes: [NOTE_2023, NOTE_AGREGES, NOTE_2022_2023],
  },
  {
    id: 'ns-2023-documentalistes',
    label: "NS du 21-6-2023 — grille d'évaluation des professeurs documentalistes stagiaires",
    corps: ['documentaliste'],
    validite: { from: '2022-2023' },
    blocs: blocsDocumentalistes('unverified'),
    remplace: ['ns-2015-055-documentalistes'],
    source: sourceNs2023("annexes, grille d'évaluation des professeurs documentalistes stagiaires"),
    confidence: 'unverified',
    assumption: true,
    notes: [
      NOTE_2023,
      'Whether the 2023 grid restored P1–P5 for documentalistes is UNVERIFIED; the assumption keeps grille n°12 (no P1–P5).',
      NOTE_2022_2023,
    ],
  },
  {
    id: 'ns-2023-cpe',
    label: "NS du 21-6-2023 — grille d'évaluation des conseillers principaux d'éducation stagiaires",
    corps: ['cpe'],
    validite: { from: '2022-2023' },
    blocs: blocsCpe(),
    remplace: ['ns-2015-055-cpe'],
    source: sourceNs2023("annexes, grille d'évaluation des CPE stagiaires"),
    confidence: 'unverified',
    assumption: true,
    notes: [NOTE_2023, NOTE_2022_2023],
  },
]);
