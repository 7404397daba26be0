/**
 * The référentiel des compétences professionnelles des métiers du professorat et de l'éducation
 * (arrêté du 1er juillet 2013, NOR MENE1315928A): its four parts, eleven sections (A to K) and
 * 31 competencies, assembled from the per-family data files.
 *
 * @packageDocumentation
 */
import type { PartieReferentiel, Referentiel, SectionReferentiel } from '../types.js';
import { competencesCommunes } from './2013-communes.js';
import { competencesCpe } from './2013-cpe.js';
import { competencesDocumentalistes } from './2013-documentalistes.js';
import { competencesProfesseurs } from './2013-professeurs.js';
import { deepFreeze } from './freeze.js';
import { ARRETE_2013, sourceArrete2013 } from './sources.js';

const P1 = "annexe, 1. Compétences communes à tous les professeurs et personnels d'éducation";
const P2 = 'annexe, 2. Compétences communes à tous les professeurs';
const P3 = 'annexe, 3. Compétences spécifiques aux professeurs documentalistes';
const P4 = "annexe, 4. Compétences spécifiques aux conseillers principaux d'éducation";

const parties: readonly PartieReferentiel[] = [
  {
    numero: 1,
    famille: 'commune',
    titre: "Compétences communes à tous les professeurs et personnels d'éducation",
    sections: ['A', 'B', 'C'],
    source: sourceArrete2013(P1),
    confidence: 'verified',
  },
  {
    numero: 2,
    famille: 'professeur',
    titre: 'Compétences communes à tous les professeurs',
    sections: ['D', 'E'],
    source: sourceArrete2013(P2),
    confidence: 'verified',
  },
  {
    numero: 3,
    famille: 'documentaliste',
    titre: 'Compétences spécifiques aux professeurs documentalistes',
    sections: ['F', 'G', 'H'],
    source: sourceArrete2013(P3),
    confidence: 'verified',
  },
  {
    numero: 4,
    famille: 'cpe',
    titre: "Compétences spécifiques aux conseillers principaux d'éducation",
    sections: ['I', 'J', 'K'],
    source: sourceArrete2013(P4),
    confidence: 'verified',
  },
];

const sections: readonly SectionReferentiel[] = [
  {
    code: 'A',
    famille: 'commune',
    titre: "Les professeurs et les personnels d'éducation, acteurs du service public d'éducation",
    competences: ['CC1', 'CC2'],
    source: sourceArrete2013(`${P1}, A`),
    confidence: 'verified',
  },
  {
    code: 'B',
    famille: 'commune',
    titre:
      "Les professeurs et les personnels d'éducation, pédagogues et éducateurs au service de la réussite de tous les élèves",
    competences: ['CC3', 'CC4', 'CC5', 'CC6', 'CC7', 'CC8', 'CC9'],
    source: sourceArrete2013(`${P1}, B`),
    confidence: 'verified',
  },
  {
    code: 'C',
    famille: 'commune',
    titre: "Les professeurs et les personnels d'éducation, acteurs de la communauté éducative",
    competences: ['CC10', 'CC11', 'CC12', 'CC13', 'CC14'],
    source: sourceArrete2013(`${P1}, C`),
    confidence: 'verified',
  },
  {
    code: 'D',
    famille: 'professeur',
    titre: "Les professeurs, professionnels porteurs de savoirs et d'une culture commune",
    competences: ['P1', 'P2'],
    source: sourceArrete2013(`${P2}, D`),
    confidence: 'verified',
  },
  {
    code: 'E',
    famille: 'professeur',
    titre: 'Les professeurs, praticiens experts des apprentissages',
    competences: ['P3', 'P4', 'P5'],
    source: sourceArrete2013(`${P2}, E`),
    confidence: 'verified',
  },
  {
    code: 'F',
    famille: 'documentaliste',
    titre:
      "Les professeurs documentalistes, enseignants et maîtres d'œuvre de l'acquisition par tous les élèves d'une culture de l'information et des médias",
    competences: ['D1'],
    source: sourceArrete2013(`${P3}, F`),
    confidence: 'verified',
  },
  {
    code: 'G',
    famille: 'documentaliste',
    titre:
      "Les professeurs documentalistes, maîtres d'œuvre de l'organisation des ressources pédagogiques de l'établissement et de leur mise à disposition",
    competences: ['D2', 'D3'],
    source: sourceArrete2013(`${P3}, G`),
    confidence: 'verified',
  },
  {
    code: 'H',
    famille: 'documentaliste',
    titre:
      "Les professeurs documentalistes, acteurs de l'ouverture de l'établissement sur son environnement éducatif, culturel et professionnel",
    competences: ['D4'],
    source: sourceArrete2013(`${P3}, H`),
    confidence: 'verified',
  },
  {
    code: 'I',
    famille: 'cpe',
    titre:
      "Les conseillers principaux d'éducation, conseillers de l'ensemble de la communauté éducative et animateurs de la politique éducative de l'établissement",
    competences: ['C1', 'C2', 'C3', 'C4'],
    source: sourceArrete2013(`${P4}, I`),
    confidence: 'verified',
  },
  {
    code: 'J',
    famille: 'cpe',
    titre: "Les conseillers principaux d'éducation, accompagnateurs du parcours de formation des élèves",
    competences: ['C5', 'C6', 'C7'],
    source: sourceArrete2013(`${P4}, J`),
    confidence: 'verified',
  },
  {
    code: 'K',
    famille: 'cpe',
    titre: "Les conseillers principaux d'éducation, acteurs de la communauté éducative",
    competences: ['C8'],
    source: sourceArrete2013(`${P4}, K`),
    confidence: 'verified',
  },
];

/**
 * The référentiel 2013 as typed data: 14 compétences communes (CC1–CC14), 5 for all professeurs (P1–P5),
 * 4 for documentalistes (D1–D4), 8 for CPE (C1–C8), with their sections and items in source order.
 *
 * @remarks Arrêté du 1er juillet 2013 relatif au référentiel des compétences professionnelles des métiers du
 * professorat et de l'éducation, annexe; NOR MENE1315928A; JORF du 18 juillet 2013; BO n°30 du 25 juillet 2013.
 * « CC1–CC14 » is a usage convention: the text numbers the common competencies 1 to 14 (`numeroOfficiel`).
 * The data is frozen.
 *
 * @example
 * ```ts
 * referentiel2013.competences.length; // 31
 * referentiel2013.sections.map((s) => s.code).join(''); // 'ABCDEFGHIJK'
 * ```
 * @category Référentiel
 */
export const referentiel2013: Referentiel = deepFreeze({
  id: 'referentiel-2013',
  titre:
    "Référentiel des compétences professionnelles des métiers du professorat et de l'éducation (arrêté du 1er juillet 2013)",
  datePublication: '2013-07-18',
  parties,
  sections,
  competences: [
    ...competencesCommunes,
    ...competencesProfesseurs,
    ...competencesDocumentalistes,
    ...competencesCpe,
  ],
  source: ARRETE_2013,
  confidence: 'verified',
});
