/**
 * The sources of the Lyon pack.
 *
 * @packageDocumentation
 */
import type { SourceRef } from '@tremplin/core';

/**
 * SNES-FSU Lyon, « De quoi dépend ma titularisation ? » (undated, recent): tuteur reports in December and
 * April, the chef's « bilan intermédiaire courant décembre », the three avis from April to June on COMPAS,
 * agrégés and renewed stagiaires always inspected. SECONDARY: a union page describing the académie's practice.
 */
export const SOURCE_SNES_LYON: SourceRef = {
  texte: 'SNES-FSU Lyon, « De quoi dépend ma titularisation ? »',
  url: 'https://lyon.snes.edu/De-quoi-depend-ma-titularisation.html',
  nature: 'secondaire',
};
