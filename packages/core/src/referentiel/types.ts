/**
 * Types of the référentiel des compétences professionnelles (arrêté du 1er juillet 2013),
 * of the evaluation grids and of the rating scales.
 *
 * @packageDocumentation
 */
import type { SourceRef } from '../errors.js';

/** Codes of the 14 compétences communes (numbered 1–14 in the text; `CC` is the usage prefix). */
export type CompetenceCommuneCode =
  | 'CC1' | 'CC2' | 'CC3' | 'CC4' | 'CC5' | 'CC6' | 'CC7'
  | 'CC8' | 'CC9' | 'CC10' | 'CC11' | 'CC12' | 'CC13' | 'CC14';
/** Codes of the compétences communes à tous les professeurs. */
export type CompetenceProfesseurCode = 'P1' | 'P2' | 'P3' | 'P4' | 'P5';
/** Codes of the compétences spécifiques aux professeurs documentalistes. */
export type CompetenceDocumentalisteCode = 'D1' | 'D2' | 'D3' | 'D4';
/** Codes of the compétences spécifiques aux conseillers principaux d'éducation. */
export type CompetenceCpeCode = 'C1' | 'C2' | 'C3' | 'C4' | 'C5' | 'C6' | 'C7' | 'C8';
/** Any competency code of the référentiel 2013. */
export type CompetenceCode =
  | CompetenceCommuneCode
  | CompetenceProfesseurCode
  | CompetenceDocumentalisteCode
  | CompetenceCpeCode;

/** Corps d'accueil of a second-degree stagiaire. */
export type Corps = 'certifie' | 'agrege' | 'plp' | 'eps' | 'documentaliste' | 'cpe';

/** How sure we are of a piece of data taken from the texts. */
export type Confidence = 'verified' | 'secondary' | 'unverified';

/** A source with the confidence we have in it. */
export interface Sourced {
  readonly source: SourceRef;
  readonly confidence: Confidence;
}
