/**
 * Short French texts the demo's assessors write: observations, advice, appréciations, motivations.
 *
 * @packageDocumentation
 */
import type { CompetenceCode, Profil } from '@tremplin/core';
import type { Prng } from './prng.js';

const ENSEIGNANTS: readonly CompetenceCode[] = [
  'CC1',
  'CC2',
  'CC3',
  'CC4',
  'CC6',
  'CC7',
  'CC10',
  'CC14',
  'P1',
  'P2',
  'P3',
  'P4',
  'P5',
];
const DOCUMENTALISTES: readonly CompetenceCode[] = ['CC1', 'CC3', 'CC7', 'CC10', 'D1', 'D2', 'D3', 'D4'];
const CPE: readonly CompetenceCode[] = ['CC1', 'CC6', 'CC10', 'CC11', 'C1', 'C2', 'C3', 'C4', 'C6', 'C8'];

/**
 * Competencies an observation may refer to, for a profil (`getProfil`: documentalistes apart from the other
 * certifiés).
 *
 * @param profil - the profil.
 * @returns codes of the référentiel.
 */
export function competencesObservees(profil: Profil): readonly CompetenceCode[] {
  if (profil === 'documentaliste') return DOCUMENTALISTES;
  if (profil === 'cpe') return CPE;
  return ENSEIGNANTS;
}

const APPUIS = [
  'Consignes claires, reformulées par les élèves.',
  'Bonne gestion du temps de la séance.',
  'Relation apaisée avec la classe, écoute des élèves.',
  'Objectifs de la séance annoncés et repris en fin d’heure.',
  'Supports variés et adaptés au niveau de la classe.',
  'Vigilance sur la sécurité et le respect des règles.',
];
const A_TRAVAILLER = [
  'Différencier davantage pour les élèves en difficulté.',
  'Faire une trace écrite plus structurée.',
  'Prévoir des moments d’évaluation formative.',
  'Mieux occuper l’espace de la classe.',
  'Anticiper les transitions entre les activités.',
  'Associer davantage les élèves à la correction.',
];
const CONSEILS = [
  'Observer une séance d’un collègue de l’équipe sur le même niveau.',
  'Préparer une fiche de déroulé minutée.',
  'Tenir un cahier de bord des incidents et de leur traitement.',
  'Construire une progression commune avec l’équipe disciplinaire.',
  'S’appuyer sur les ressources Éduscol du cycle.',
];
const AXES = [
  'Évaluation par compétences',
  'Gestion de l’hétérogénéité',
  'Autorité et posture',
  'Usage du numérique en classe',
  'Travail en équipe et liens avec les familles',
];

/** What a visitor writes after a visit. */
export interface CompteRendu {
  readonly pointsAppui: { competence: CompetenceCode | null; observation: string }[];
  readonly competencesATravailler: { competence: CompetenceCode | null; observation: string }[];
  readonly conseils: string[];
  readonly axesDeTravail: string[];
}

/**
 * An observation after a visit.
 *
 * @param rng - the generator.
 * @param profil - the stagiaire's profil (see `getProfil`).
 * @param qualite - how well the year goes.
 * @returns points d'appui, compétences à travailler, conseils, axes.
 */
export function compteRendu(rng: Prng, profil: Profil, qualite: number): CompteRendu {
  const codes = competencesObservees(profil);
  const nAppui = qualite > 0.5 ? rng.int(2, 3) : rng.int(0, 1);
  const nTravail = qualite > 0.7 ? rng.int(1, 2) : rng.int(2, 3);
  return {
    pointsAppui: rng
      .shuffle(APPUIS)
      .slice(0, nAppui)
      .map((observation) => ({ competence: rng.pick(codes), observation })),
    competencesATravailler: rng
      .shuffle(A_TRAVAILLER)
      .slice(0, nTravail)
      .map((observation) => ({ competence: rng.pick(codes), observation })),
    conseils: rng.shuffle(CONSEILS).slice(0, rng.int(1, 2)),
    axesDeTravail: [rng.pick(AXES)],
  };
}

/**
 * An assessor's appréciation on a bilan.
 *
 * @param qualite - how well the year goes.
 * @param finale - the final bilan.
 * @returns a sentence or two.
 */
export function appreciation(qualite: number, finale: boolean): string {
  if (qualite < 0.3) {
    return finale
      ? 'Malgré l’accompagnement renforcé, les compétences attendues ne sont pas atteintes : la conduite de classe et la conception des séances restent insuffisantes.'
      : 'Des difficultés importantes persistent dans la conduite de classe ; un accompagnement renforcé est nécessaire.';
  }
  if (qualite < 0.55) {
    return finale
      ? 'Des progrès nets depuis le protocole d’accompagnement ; les compétences sont atteintes à un niveau suffisant.'
      : 'Un début d’année difficile ; des progrès sont attendus sur la gestion de classe.';
  }
  return finale
    ? 'Année de stage réussie : les compétences professionnelles sont atteintes à un niveau suffisant, voire au-delà pour plusieurs.'
    : 'Stagiaire investi(e), en progrès réguliers ; poursuivre le travail engagé.';
}

/** The motivation of an avis défavorable. */
export const MOTIVATION_DEFAVORABLE =
  'Les compétences attendues à l’issue de l’année de stage ne sont pas atteintes (conduite de classe, conception et évaluation des apprentissages), malgré le protocole d’accompagnement renforcé.';
