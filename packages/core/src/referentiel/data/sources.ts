/**
 * The texts the référentiel data comes from, one constant per text, so each entry names its source.
 *
 * @packageDocumentation
 */
import type { SourceRef } from '../../errors.js';

const ARRETE_2013_TITRE =
  "Arrêté du 1er juillet 2013 relatif au référentiel des compétences professionnelles des métiers du professorat et de l'éducation";
const ARRETE_2013_URL = 'https://www.legifrance.gouv.fr/eli/arrete/2013/7/1/MENE1315928A/jo/texte';

/**
 * The arrêté du 1er juillet 2013 (NOR MENE1315928A; JORF 18-7-2013; BO n°30 du 25-7-2013), at a place of its annex.
 *
 * @param article - where in the text, e.g. `annexe, 1, section A`.
 * @returns the source reference.
 * @category Référentiel
 */
export function sourceArrete2013(article: string): SourceRef {
  return { texte: ARRETE_2013_TITRE, article, nor: 'MENE1315928A', url: ARRETE_2013_URL };
}

/**
 * The arrêté du 1er juillet 2013 as a whole.
 *
 * @category Référentiel
 */
export const ARRETE_2013: SourceRef = {
  texte: ARRETE_2013_TITRE,
  article: 'annexe',
  nor: 'MENE1315928A',
  url: ARRETE_2013_URL,
};

/**
 * Note de service n° 2015-055 du 17 mars 2015 (BO n°13 du 26 mars 2015), at a place of its annexes.
 *
 * @param article - where in the note, e.g. `grille d'évaluation des enseignants`.
 * @returns the source reference.
 * @category Référentiel
 */
export function sourceNs2015055(article: string): SourceRef {
  return {
    texte:
      "Note de service n° 2015-055 du 17 mars 2015, modalités d'évaluation du stage et de titularisation des personnels enseignants et d'éducation de l'enseignement public",
    article,
    nor: 'MENH1506379N',
    url: 'https://www.education.gouv.fr/evaluation-et-titularisation-des-enseignants-stagiaires-de-l-enseignement-public-305721',
  };
}

/**
 * Note de service du 21 juin 2023 (BO n°27 de 2023), which replaces 2015-055 « à compter de l'année 2022-2023 ».
 *
 * @param article - where in the note.
 * @returns the source reference.
 * @category Référentiel
 */
export function sourceNs2023(article: string): SourceRef {
  return {
    texte:
      "Note de service du 21 juin 2023, stage et titularisation des personnels enseignants et d'éducation de l'enseignement public",
    article,
    nor: 'MENH2311821N',
    url: 'http://www.education.gouv.fr/bo/2023/Hebdo27/MENH2311821N',
  };
}

/**
 * APDEN's analysis of the documentaliste grid n°12 (secondary source: P1–P5 omitted).
 *
 * @category Référentiel
 */
export const APDEN_GRILLE_12: SourceRef = {
  texte:
    "APDEN, « La grille d'évaluation des professeurs documentalistes stagiaires – Analyse critique d'une omission », 2 avril 2015",
  url: 'https://www.apden.org/Les-grilles-d-evaluation-des.html',
};

/**
 * A third-party tutor-report application reproducing the 2015 grid and its scales (secondary source).
 *
 * @category Référentiel
 */
export const APPLICATION_TIERCE_RAPPORT_TUTEUR: SourceRef = {
  texte:
    'Application tierce de rapport de tuteur (académie non identifiée, 2025-2026), reproduisant la grille de la NS 2015-055',
  article: 'échelles des rapports intermédiaire et final',
};

/**
 * SNES Lyon: the three avis are favorable or défavorable (secondary source).
 *
 * @category Référentiel
 */
export const SNES_LYON_AVIS: SourceRef = {
  texte: 'SNES Lyon, « De quoi dépend ma titularisation ? »',
  url: 'https://lyon.snes.edu/De-quoi-depend-ma-titularisation.html',
};

/**
 * SNES on fiche 14 of NS 2015-055, « outil d'accompagnement » of the degrés d'acquisition (secondary source).
 *
 * @category Référentiel
 */
export const SNES_FICHE_14: SourceRef = {
  texte: 'SNES, « Mise en place de la formation dans les ESPE » (fiche 14 de la NS 2015-055)',
  url: 'http://www.snes.edu/Mise-en-place-de-la-formation-dans.html',
};

/**
 * Académie practice of rating competencies « acquis / en cours d'acquisition / non acquis » (UNVERIFIED).
 *
 * @category Référentiel
 */
export const PRATIQUES_ACADEMIQUES_ACQUISITION: SourceRef = {
  texte:
    "Pratiques académiques de positionnement « acquis / en cours d'acquisition / non acquis » (non vérifiées, aucune source primaire)",
};
