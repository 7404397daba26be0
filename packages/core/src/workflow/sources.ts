/**
 * The texts the workflow's rules rest on, cited by rules and refusals.
 *
 * @packageDocumentation
 */
import type { SourceRef } from '../errors.js';

const DECRET_94_874 =
  'Décret n° 94-874 du 7 octobre 1994 fixant les dispositions communes applicables aux stagiaires de l’État';
const ARRETE_2014 =
  'Arrêté du 22 août 2014 fixant les modalités de stage, d’évaluation et de titularisation de certains personnels enseignants et d’éducation de l’enseignement du second degré stagiaires';

/**
 * An article of décret n° 94-874 (common rules for the State's stagiaires).
 *
 * @param article - e.g. `art. 26`.
 * @returns the reference.
 * @category Workflow
 */
export function decret94874(article: string): SourceRef {
  return {
    texte: DECRET_94_874,
    article,
    nor: 'FPPA9400088D',
    url: 'https://www.legifrance.gouv.fr/loda/id/JORFTEXT000000366828',
    nature: 'officielle',
  };
}

/**
 * An article of the arrêté du 22 août 2014 (certifiés, PLP, EPS, CPE).
 *
 * @param article - e.g. `art. 5`.
 * @returns the reference.
 * @category Workflow
 */
export function arrete2014(article: string): SourceRef {
  return { texte: ARRETE_2014, article, nor: 'MENH1411675A', nature: 'officielle' };
}

/**
 * An article of the arrêté du 22 août 2014 for professeurs agrégés stagiaires.
 *
 * @param article - e.g. `art. 5`.
 * @returns the reference.
 * @category Workflow
 */
export function arrete2014Agreges(article: string): SourceRef {
  return {
    texte:
      'Arrêté du 22 août 2014 fixant les modalités de stage, d’évaluation et de titularisation des professeurs agrégés stagiaires',
    article,
    nor: 'MENH1411677A',
    url: 'http://www.legifrance.gouv.fr/affichTexte.do?cidTexte=JORFTEXT000029401576',
    nature: 'officielle',
  };
}

/**
 * SNE-OC: in the renewed year the stagiaire is inspected. SECONDARY: a union page.
 *
 * @category Workflow
 */
export const SNE_OC_RENOUVELLEMENT: SourceRef = {
  texte: 'SNE-OC, « PES : renouvellement, prolongation »',
  url: 'https://www.sne-oc.com/pes-renouvellement-prolongation',
  nature: 'secondaire',
};

/**
 * A section of the Réunion guide of the année de stage 2022-2023 (EAFC).
 *
 * @param article - e.g. `§ 4.4`.
 * @returns the reference.
 * @category Workflow
 */
export function guideReunion(article: string): SourceRef {
  return {
    texte: 'Académie de La Réunion, Guide de l’année de stage 2022-2023 (EAFC)',
    article,
    nature: 'academique',
  };
}

/**
 * Circulaire du 13 juillet 2022 on the organisation of the année de stage 2022-2023.
 *
 * @category Workflow
 */
export const CIRCULAIRE_2022: SourceRef = {
  texte: 'Circulaire du 13 juillet 2022, modalités d’organisation de l’année de stage 2022-2023',
  nor: 'MENH2218500C',
  url: 'https://www.education.gouv.fr/bo/22/Hebdo29/MENH2218500C.htm',
  nature: 'officielle',
};

/**
 * Note de service n° 2015-055 du 17 mars 2015 (evaluation and titularisation).
 *
 * @category Workflow
 */
export const NS_2015_055: SourceRef = {
  texte: 'Note de service n° 2015-055 du 17 mars 2015, modalités d’évaluation du stage et de titularisation',
  nor: 'MENH1506379N',
  nature: 'officielle',
};

/**
 * An article of the décret n° 85-899 du 21 août 1985 (déconcentration of the management of the personnels).
 *
 * @param article - e.g. `art. 3`.
 * @category Workflow
 */
export function decret85899(article: string): SourceRef {
  return {
    texte:
      'Décret n° 85-899 du 21 août 1985 relatif à la déconcentration de certaines opérations de gestion du personnel relevant du ministère de l’éducation nationale',
    article,
    nature: 'officielle',
  };
}

/**
 * The arrêté du 9 août 2004 (NOR MENP0401751A) delegating powers to the recteurs.
 *
 * @category Workflow
 */
export const ARRETE_DELEGATION_2004: SourceRef = {
  texte:
    'Arrêté du 9 août 2004 portant délégation permanente de pouvoirs aux recteurs d’académie en matière de gestion des personnels enseignants, d’éducation, d’information et d’orientation de l’enseignement du second degré',
  article: 'art. 1er, I, 23°',
  nor: 'MENP0401751A',
  nature: 'officielle',
};
