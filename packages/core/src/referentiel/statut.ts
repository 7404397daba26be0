/**
 * What a document prints about where a grid, a scale or a level comes from: nothing when it was read in an
 * official text, else a French mark (the académie's own wording when its pack gives one).
 *
 * @packageDocumentation
 */
import type { Echelle, Grille, NiveauEchelle, StatutDonnee } from './types.js';

/**
 * The académie's own wording for the mark printed under a grid, a scale or a level that was not read in an
 * official text (the value of the `evaluation.mentionsStatut` parameter). A missing entry keeps the default.
 *
 * @category Référentiel
 */
export interface MentionsStatut {
  /** Printed under a grid that is not `verified`, instead of the default sentence. */
  readonly grille?: string;
  /** Printed under a scale that is not `verified`. */
  readonly echelle?: string;
  /** Printed next to a level that is not `verified`; `{niveau}` is replaced by the level's label. */
  readonly niveau?: string;
}

/**
 * The mark to print for a grid, a scale or a level.
 *
 * @category Référentiel
 */
export interface MentionStatut {
  readonly statut: StatutDonnee;
  /** The French sentence to print, or `null` for data read in an official text (`verified`). */
  readonly texte: string | null;
  /** `pack` when the sentence is the académie's own wording, `defaut` when it is Tremplin's. */
  readonly redaction: 'pack' | 'defaut' | null;
}

const VERIFIEE: Omit<MentionStatut, 'statut'> = { texte: null, redaction: null };

function mention(statut: StatutDonnee, duPack: string | undefined, parDefaut: () => string): MentionStatut {
  if (statut === 'verified') return { statut, ...VERIFIEE };
  if (duPack !== undefined) return { statut, texte: duPack, redaction: 'pack' };
  return { statut, texte: parDefaut(), redaction: 'defaut' };
}

/**
 * The mark a document prints under a grid: none for a grid read in an official text; for a reconstituted
 * grid, « Grille non vérifiée : reconstituée d'après … ; à confirmer par l'académie. »; for the académie's own
 * grid, a sentence saying so. The pack's wording (`mentions.grille`) replaces the default.
 *
 * @param grille - the grid the fiche rests on.
 * @param mentions - the pack's wording (`evaluation.mentionsStatut`), if any.
 * @returns the status and the sentence to print.
 * @remarks Arrêté du 22 août 2014 (NOR MENH1411675A), art. 5 and 7: each avis rests on « une grille
 * d'évaluation », which the stagiaire may see; a grid that is not the official one must say so.
 * @example
 * ```ts
 * const g = getGrille('ns-2015-055-cpe');
 * g && getMentionGrille(g).texte;
 * // « Grille non vérifiée : reconstituée d'après les titres des compétences du référentiel … ; à confirmer par l'académie. »
 * ```
 * @category Référentiel
 */
export function getMentionGrille(grille: Grille, mentions: MentionsStatut = {}): MentionStatut {
  return mention(grille.statut, mentions.grille, () =>
    grille.statut === 'academie'
      ? `Grille établie par l'académie${grille.origine === undefined ? '' : ` (${grille.origine})`} ; ce n'est pas une grille nationale publiée.`
      : `Grille non vérifiée : reconstituée ${grille.origine ?? 'par Tremplin'} ; à confirmer par l'académie.`,
  );
}

/**
 * The mark a document prints under a rating scale (see `getMentionGrille`).
 *
 * @param echelle - the scale.
 * @param mentions - the pack's wording (`evaluation.mentionsStatut`), if any.
 * @returns the status and the sentence to print.
 * @remarks The scales of the official grids are UNVERIFIED (reference evaluation-titularisation § 8.4).
 * @category Référentiel
 */
export function getMentionEchelle(echelle: Echelle, mentions: MentionsStatut = {}): MentionStatut {
  return mention(echelle.statut, mentions.echelle, () =>
    echelle.statut === 'academie'
      ? `Échelle établie par l'académie${echelle.origine === undefined ? '' : ` (${echelle.origine})`}.`
      : `Échelle non vérifiée : reprise ${echelle.origine ?? 'par Tremplin'} ; à confirmer par l'académie.`,
  );
}

/**
 * The mark a document prints next to a level of a scale (see `getMentionGrille`). A `{niveau}` in the pack's
 * wording is replaced by the level's label.
 *
 * @param echelle - the level's scale (its `origine` is the level's).
 * @param niveau - the level.
 * @param mentions - the pack's wording (`evaluation.mentionsStatut`), if any.
 * @returns the status and the sentence to print.
 * @remarks The names and number of the official levels are UNVERIFIED (NS 2015-055 fiche 14 was not retrieved).
 * @category Référentiel
 */
export function getMentionNiveau(
  echelle: Echelle,
  niveau: NiveauEchelle,
  mentions: MentionsStatut = {},
): MentionStatut {
  const duPack = mentions.niveau?.replaceAll('{niveau}', niveau.label);
  return mention(niveau.statut, duPack, () =>
    niveau.statut === 'academie'
      ? `Niveau « ${niveau.label} » établi par l'académie.`
      : `Niveau « ${niveau.label} » non vérifié : repris ${echelle.origine ?? 'par Tremplin'} ; à confirmer par l'académie.`,
  );
}
