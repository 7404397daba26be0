/**
 * The national evaluation grids: NS 2015-055 (enseignants as reproduced by a third party; documentalistes and
 * CPE, whose official grids were not found, as the référentiel's own competency titles) and the NS du 21-6-2023
 * that formally replaces it from 2022-2023, each with its validity in school years, its source, how sure we are
 * of it and its `statut` (none is verified).
 *
 * @packageDocumentation
 */
import { competenceCodes } from '../codes.js';
import type { BlocGrille, CompetenceCode, Confidence, Grille, ItemGrille } from '../types.js';
import { referentiel2013 } from './2013.js';
import { deepFreeze } from './freeze.js';
import { APDEN_GRILLE_12, sourceArrete2013, sourceNs2023, sourceNs2015055 } from './sources.js';

const NOTE_REPRODUCTION =
  'Block titles, mapping and items come from a third-party reproduction of the 2015 grid (a public tutor-report application); the primary PDF (BO n°13 du 26 mars 2015) was not retrieved.';

/** The items of block `numero`, with their ids `B<numero>.<rang>`. */
function itemsDuBloc(numero: number, textes: readonly string[]): ItemGrille[] {
  return textes.map((texte, index) => ({ id: `B${numero}.${index + 1}`, rang: index + 1, texte }));
}

/** The six blocks of the 2015 enseignant grid, as reproduced (SECONDARY). CC8 is in no block. */
function blocsEnseignants(confidence: Confidence): BlocGrille[] {
  return [
    {
      numero: 1,
      titre:
        'Compétences relatives à la prise en compte des éléments réglementaires et institutionnels de son environnement professionnel en lien avec les responsabilités attachées à sa fonction',
      competences: ['CC1', 'CC2', 'CC6'],
      items: itemsDuBloc(1, [
        "Respecte et fait respecter les principes d'égalité, de neutralité, de laïcité, d'équité et de tolérance",
        "Répond aux exigences de ponctualité, d'assiduité, de sécurité et de confidentialité",
        "Adopte une attitude et un positionnement d'adulte responsable dans la classe et dans l'établissement",
        "Fait preuve de respect à l'égard des élèves et des membres de la communauté éducative",
        'Fait respecter le règlement intérieur',
      ]),
      confidence,
    },
    {
      numero: 2,
      titre:
        "Compétences relationnelles, de communication et d'animation favorisant la transmission, l'implication et la coopération au sein de la communauté éducative et de son environnement",
      competences: ['CC7', 'CC10', 'CC11', 'CC12', 'CC13'],
      items: itemsDuBloc(2, [
        'Utilise un langage clair et adapté à son ou ses interlocuteurs',
        "Participe à sa mesure au travail d'équipe mis en œuvre par/dans l'établissement",
        "Adopte une attitude favorable à l'écoute et aux échanges avec les différents membres de la communauté éducative dont les parents d'élèves",
        'Participe aux différentes instances et conseils',
        'Communique autant que de besoin avec les familles',
      ]),
      confidence,
    },
    {
      numero: 3,
      titre: 'Compétences liées à la maîtrise des contenus disciplinaires et à leur didactique',
      competences: ['P1', 'P2'],
      items: itemsDuBloc(3, [
        'Maîtrise les contenus disciplinaires et les concepts clés nécessaires à son enseignement',
        'Met en œuvre les transpositions didactiques appropriées',
        'Identifie les savoirs et savoir-faire à acquérir par les élèves en lien avec les programmes et référentiels',
      ]),
      confidence,
    },
    {
      numero: 4,
      titre:
        "Compétences éducatives et pédagogiques nécessaires à la mise en œuvre de situations d'apprentissage et d'accompagnement des élèves diverses",
      competences: ['P3', 'P4', 'P5', 'CC3', 'CC4', 'CC5'],
      items: itemsDuBloc(4, [
        "Encadre les élèves et le groupe classe, fait preuve de vigilance à l'égard des comportements des élèves et fait preuve d'autorité",
        'Instaure un climat serein et de confiance au sein de la classe',
        'Encourage et valorise ses élèves',
        "Fixe les objectifs à atteindre, les moyens d'y parvenir et donne du sens aux apprentissages",
        "Prend en compte la diversité des élèves et s'assure de l'adéquation entre les propositions pédagogiques et le niveau des élèves",
        'Prépare en amont les séquences pédagogiques et les inscrit dans une progression réfléchie',
        "Met en place les outils et supports d'évaluation en ciblant les compétences à évaluer",
        'Prend en charge le suivi du travail personnel des élèves',
        "S'appuie sur les évaluations pour réguler sa pratique et les apprentissages",
      ]),
      confidence,
    },
    {
      numero: 5,
      titre:
        "Compétences relatives à l'usage et à la maîtrise des technologies de l'information et de la communication",
      competences: ['CC9'],
      items: itemsDuBloc(5, [
        "Utilise les outils numériques et les réseaux mis en place dans l'établissement",
        'Distingue les usages personnels et professionnels dans sa pratique',
        "Est attentif à la manière dont les élèves mobilisent l'outil numérique",
      ]),
      confidence,
    },
    {
      numero: 6,
      titre:
        "Compétences d'analyse et d'adaptation de sa pratique professionnelle en tenant compte des évolutions du métier et de son environnement de travail",
      competences: ['CC14'],
      items: itemsDuBloc(6, [
        "Prend en compte les conseils prodigués et s'efforce d'améliorer sa pratique",
        'Est capable de prendre du recul et de porter une analyse réflexive sur sa pratique',
      ]),
      confidence,
    },
  ];
}

const NOTE_REFERENTIEL =
  "The official grid was not found: one block per competency of the référentiel 2013, titled with the arrêté's own competency title, without items (the grid's own items are unknown). A positionnement rates each competency.";

/** One block per competency, titled with the référentiel's own title: no invented grouping, no items. */
function blocsDuReferentiel(codes: readonly CompetenceCode[]): BlocGrille[] {
  return codes.map((code, index) => {
    const competence = referentiel2013.competences.find((c) => c.code === code);
    return {
      numero: index + 1,
      titre: competence?.titre ?? code,
      competences: [code],
      items: [],
      confidence: 'verified',
      note: NOTE_REFERENTIEL,
    };
  });
}

const codesDe = (prefixe: RegExp): CompetenceCode[] => competenceCodes.filter((c) => prefixe.test(c));
const COMMUNES = codesDe(/^CC\d/);

/** Documentaliste grid: CC1–CC14 and D1–D4 under the référentiel's titles. No P1–P5 (APDEN on grille n°12). */
function blocsDocumentalistes(): BlocGrille[] {
  return blocsDuReferentiel([...COMMUNES, ...codesDe(/^D\d/)]);
}

/** CPE grid: CC1–CC14 and C1–C8 under the référentiel's titles. */
function blocsCpe(): BlocGrille[] {
  return blocsDuReferentiel([...COMMUNES, ...codesDe(/^C\d/)]);
}

/** Where the documentaliste and CPE grids' content comes from: the référentiel's own competency titles. */
const SOURCE_TITRES_REFERENTIEL = sourceArrete2013(
  'annexe, titres des compétences (grille officielle non trouvée)',
);

const ORIGINE_REFERENTIEL =
  "d'après les titres des compétences du référentiel (arrêté du 1er juillet 2013), la grille officielle n'ayant pas été trouvée";

const NOTE_2022_2023 =
  "In 2022-2023 the académies worked with NS 2015-055 during the year; the NS du 21-6-2023 appeared at the end of the year and declared itself applicable « à compter de l'année 2022-2023 ». Both grids are therefore valid for 2022-2023 and an académie picks one.";

const NOTE_2023 =
  "The content of the 2023 grids is UNVERIFIED. As a documented assumption this entry reuses the 2015 structure (the référentiel's titles for documentalistes and CPE); replace the blocks from the annexes of the NS du 21-6-2023 (BO n°27 de 2023).";

const NOTE_AGREGES =
  "Agrégés (arrêté du 22 août 2014, NOR MENH1411677A) are evaluated on a rapport d'inspection; the chef d'établissement's avis rests on a grid. Assumption: it is the enseignant grid (the agrégés' fiche 8, replaced in 2016, was not retrieved).";

const ORIGINE_REPRODUCTION_2015 =
  "d'après une reproduction publique de la grille de la NS 2015-055 (application tierce de rapport de tuteur), le BO n° 13 du 26 mars 2015 n'ayant pas été consulté";

const ORIGINE_2023 =
  "sur la structure de la grille de 2015, le contenu des annexes de la NS du 21 juin 2023 n'ayant pas été consulté";

/**
 * The national evaluation grids, by school year. None is `verified`: no official grid was read in its text,
 * so every one carries `statut: 'assumption'` and an `origine` for the printed mark (`getMentionGrille`).
 *
 * - NS 2015-055 (from 2014-2015 to 2022-2023): enseignants (six blocks with items `B1.1`…`B6.2`, as reproduced
 *   by a third party; CC8 in none); professeurs documentalistes (CC1–CC14 and D1–D4 under the référentiel's own
 *   titles; no P1–P5, after APDEN on grille n°12); CPE (CC1–CC14 and C1–C8 under the référentiel's titles).
 *   The official documentaliste and CPE grids were not found.
 * - NS du 21-6-2023 (from 2022-2023): the same three grids, content UNVERIFIED, assumed to reuse the 2015
 *   structure; they formally replace the 2015 grids (`remplace`), so they are the default where both are valid.
 *
 * @remarks Arrêté du 22 août 2014 (NOR MENH1411675A), art. 5; NS n° 2015-055 du 17-3-2015 (NOR MENH1506379N,
 * BO n°13 du 26-3-2015); NS du 21-6-2023 (NOR MENH2311821N, BO n°27 de 2023); arrêté du 1er juillet 2013
 * (NOR MENE1315928A) for the competency titles. The data is frozen.
 * @category Référentiel
 */
export const grillesNationales: readonly Grille[] = deepFreeze([
  {
    id: 'ns-2015-055-enseignants',
    label: "Grille d'évaluation des professeurs stagiaires (NS 2015-055, reconstituée)",
    corps: ['certifie', 'agrege', 'plp', 'eps'],
    validite: { from: '2014-2015', to: '2022-2023' },
    blocs: blocsEnseignants('secondary'),
    source: sourceNs2015055("annexe, grille d'évaluation des professeurs stagiaires"),
    confidence: 'secondary',
    assumption: false,
    statut: 'assumption',
    origine: ORIGINE_REPRODUCTION_2015,
    notes: [
      NOTE_REPRODUCTION,
      'CC8 (langue vivante étrangère, B2) appears in no block: it is not evaluated in this grid.',
      NOTE_AGREGES,
      NOTE_2022_2023,
    ],
  },
  {
    id: 'ns-2015-055-documentalistes',
    label:
      'Professeurs documentalistes stagiaires : compétences du référentiel de 2013 (grille officielle non trouvée)',
    corps: ['documentaliste'],
    validite: { from: '2014-2015', to: '2022-2023' },
    blocs: blocsDocumentalistes(),
    source: SOURCE_TITRES_REFERENTIEL,
    confidence: 'unverified',
    assumption: true,
    statut: 'assumption',
    origine: ORIGINE_REFERENTIEL,
    notes: [
      "The official grid (grille n°12 of NS 2015-055 according to APDEN) was not found: its blocks and items are unknown. This grid lists the référentiel's own competency titles.",
      `Grille n°12 keeps the common competencies and D1–D4 and omits P1–P5, although the référentiel gives P1–P5 to documentalistes (${APDEN_GRILLE_12.texte}); this grid follows APDEN.`,
      NOTE_2022_2023,
    ],
  },
  {
    id: 'ns-2015-055-cpe',
    label:
      "Conseillers principaux d'éducation stagiaires : compétences du référentiel de 2013 (grille officielle non trouvée)",
    corps: ['cpe'],
    validite: { from: '2014-2015', to: '2022-2023' },
    blocs: blocsCpe(),
    source: SOURCE_TITRES_REFERENTIEL,
    confidence: 'unverified',
    assumption: true,
    statut: 'assumption',
    origine: ORIGINE_REFERENTIEL,
    notes: [
      "The official CPE grid was not found (fiche number and items UNVERIFIED). This grid lists the référentiel's own competency titles: CC1–CC14 and C1–C8.",
      NOTE_2022_2023,
    ],
  },
  {
    id: 'ns-2023-enseignants',
    label: "Grille d'évaluation des professeurs stagiaires (NS du 21-6-2023, contenu non vérifié)",
    corps: ['certifie', 'agrege', 'plp', 'eps'],
    validite: { from: '2022-2023' },
    blocs: blocsEnseignants('unverified'),
    remplace: ['ns-2015-055-enseignants'],
    source: sourceNs2023("annexes, grille d'évaluation des professeurs stagiaires"),
    confidence: 'unverified',
    assumption: true,
    statut: 'assumption',
    origine: ORIGINE_2023,
    notes: [NOTE_2023, NOTE_AGREGES, NOTE_2022_2023],
  },
  {
    id: 'ns-2023-documentalistes',
    label:
      'Professeurs documentalistes stagiaires : compétences du référentiel de 2013 (grille de la NS du 21-6-2023 non trouvée)',
    corps: ['documentaliste'],
    validite: { from: '2022-2023' },
    blocs: blocsDocumentalistes(),
    remplace: ['ns-2015-055-documentalistes'],
    source: SOURCE_TITRES_REFERENTIEL,
    confidence: 'unverified',
    assumption: true,
    statut: 'assumption',
    origine: ORIGINE_REFERENTIEL,
    notes: [
      NOTE_2023,
      'Whether the 2023 grid restored P1–P5 for documentalistes is UNVERIFIED; the assumption keeps grille n°12 (no P1–P5).',
      NOTE_2022_2023,
    ],
  },
  {
    id: 'ns-2023-cpe',
    label:
      "Conseillers principaux d'éducation stagiaires : compétences du référentiel de 2013 (grille de la NS du 21-6-2023 non trouvée)",
    corps: ['cpe'],
    validite: { from: '2022-2023' },
    blocs: blocsCpe(),
    remplace: ['ns-2015-055-cpe'],
    source: SOURCE_TITRES_REFERENTIEL,
    confidence: 'unverified',
    assumption: true,
    statut: 'assumption',
    origine: ORIGINE_REFERENTIEL,
    notes: [NOTE_2023, NOTE_2022_2023],
  },
]);
