/**
 * The texts the national rules rest on, cited next to each value of the national pack.
 *
 * @packageDocumentation
 */
import type { SourceRef } from '../errors.js';

const DECRET_94_874 = {
  texte:
    'Décret n° 94-874 du 7 octobre 1994 fixant les dispositions communes applicables aux stagiaires de l’État',
  nor: 'FPPA9400088D',
  url: 'https://www.legifrance.gouv.fr/loda/id/JORFTEXT000000366828',
  nature: 'officielle',
} as const;

/**
 * Décret n° 94-874, art. 7: licenciement only after half of the normal stage.
 *
 * @category Règles
 */
export const SOURCE_DECRET_94_874_ART_7: SourceRef = { ...DECRET_94_874, article: 'art. 7' };
/**
 * Décret n° 94-874, art. 22: maternité, adoption, paternité: titularisation at the statutory end.
 *
 * @category Règles
 */
export const SOURCE_DECRET_94_874_ART_22: SourceRef = { ...DECRET_94_874, article: 'art. 22' };
/**
 * Décret n° 94-874, art. 26: paid leave counts as stage time for one tenth of the stage only.
 *
 * @category Règles
 */
export const SOURCE_DECRET_94_874_ART_26: SourceRef = { ...DECRET_94_874, article: 'art. 26' };

/**
 * The service-public.fr fiche F1895, which counts the tenth of art. 26 as 36 days and gives worked examples. It
 * was read in a copy on a mairie's site, not on service-public.fr: SECONDARY, never the only ground of a rule
 * (décret n° 94-874 art. 26 comes first).
 *
 * @category Règles
 */
export const SOURCE_SERVICE_PUBLIC_F1895: SourceRef = {
  texte:
    'Service-public.fr, fiche F1895 « Fonctionnaire stagiaire », lue dans une copie sur le site d’une mairie',
  url: 'https://mairieventouse.fr/rubriques/demarches-administratives/?xml=F1895',
  nature: 'secondaire',
};

const ARRETE_2014 = {
  texte:
    'Arrêté du 22 août 2014 fixant les modalités de stage, d’évaluation et de titularisation de certains personnels enseignants et d’éducation de l’enseignement du second degré stagiaires',
  nor: 'MENH1411675A',
  nature: 'officielle',
} as const;

/**
 * Arrêté du 22 août 2014, art. 4: the jury académique.
 *
 * @category Règles
 */
export const SOURCE_ARRETE_2014_ART_4: SourceRef = { ...ARRETE_2014, article: 'art. 4' };
/**
 * Arrêté du 22 août 2014, art. 5: the three avis.
 *
 * @category Règles
 */
export const SOURCE_ARRETE_2014_ART_5: SourceRef = {
  ...ARRETE_2014,
  article: 'art. 5',
  url: 'https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000029402756',
};
/**
 * Arrêté du 22 août 2014, art. 6: the entretien with the jury.
 *
 * @category Règles
 */
export const SOURCE_ARRETE_2014_ART_6: SourceRef = { ...ARRETE_2014, article: 'art. 6' };

/**
 * Circulaire du 13 juillet 2022 on the organisation of the stage year 2022-2023.
 *
 * @category Règles
 */
export const SOURCE_CIRCULAIRE_2022: SourceRef = {
  texte:
    'Circulaire du 13-7-2022, modalités d’organisation de l’année de stage 2022-2023 (BOENJ n° 29 du 21-7-2022)',
  nor: 'MENH2218500C',
  url: 'https://www.education.gouv.fr/bo/22/Hebdo29/MENH2218500C.htm',
  nature: 'officielle',
};

/**
 * SNES FAQ: full-time MEEF stagiaires have 10 to 20 training days (SECONDARY: a union's reading of the 2022
 * circulaire, whose wording on training days was not read).
 *
 * @category Règles
 */
export const SOURCE_SNES_FAQ_FORMATION: SourceRef = {
  texte: 'SNES-FSU, FAQ « stagiaire à temps plein ou à mi-temps » (10 à 20 jours de formation)',
  url: 'https://snes.edu/faq/comment-savoir-si-je-serai-stagiaire-a-temps-plein-ou-a-mi-temps',
  nature: 'secondaire',
};

/**
 * A SNES académique page (rentrée 2022, académie not identified, read on a mirror host) giving the usual
 * milestones: December, April, May. SECONDARY.
 *
 * @category Règles
 */
export const SOURCE_SNES_ACADEMIQUE_2022: SourceRef = {
  texte:
    'Page SNES académique « Rentrée 2022 stagiaires : évaluation, validation, mutations » (académie non identifiée)',
  url: 'https://779560.uk36p.group/Rentree-2022_stg-Evaluation-Validation-Mutations.html',
  nature: 'secondaire',
};

/**
 * Juries sit in June, avis gathered April–June (SNES Lyon). SECONDARY.
 *
 * @category Règles
 */
export const SOURCE_SNES_LYON: SourceRef = {
  texte: 'SNES-FSU Lyon, « De quoi dépend ma titularisation ? »',
  url: 'https://lyon.snes.edu/De-quoi-depend-ma-titularisation.html',
  nature: 'secondaire',
};

/**
 * « 1 ou 2 rapports intermédiaires, selon l'académie » (press guide). SECONDARY.
 *
 * @category Règles
 */
export const SOURCE_VOCATION_ENSEIGNANT: SourceRef = {
  texte:
    'Vocation enseignant, « l’évaluation du stagiaire » (1 ou 2 rapports intermédiaires, selon l’académie)',
  url: 'https://vocationenseignant.fr/?p=4119',
  nature: 'secondaire',
};

/**
 * SNES national FAQ on the procédure d'alerte (practices vary by académie). SECONDARY.
 *
 * @category Règles
 */
export const SOURCE_SNES_PROCEDURE_ALERTE: SourceRef = {
  texte: 'SNES-FSU, « La procédure d’alerte »',
  url: 'https://www.snes.edu/La-procedure-d-alerte-35729.html',
  nature: 'secondaire',
};

/**
 * The choices of the Tremplin maintainers where no text gives a value: each is an assumption to confirm.
 *
 * @category Règles
 */
export const SOURCE_HYPOTHESE_TREMPLIN: SourceRef = {
  texte: 'Hypothèse par défaut de Tremplin (aucun texte ne fixe cette valeur ; à confirmer par l’académie)',
  nature: 'hypothese',
};
