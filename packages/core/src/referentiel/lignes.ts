/**
 * The rows a document prints for a grid: per block, its items (its competencies where it has none), with each
 * evaluator's rating side by side, blank where he left it blank. Positionnements recorded per competency before
 * grids had item ids get their competency rows.
 *
 * @packageDocumentation
 */
import { getCompetence } from './competences.js';
import type { BlocGrille, Grille, Positionnement, PositionnementEntry } from './types.js';

/**
 * One printed row of a grid: an item or a competency, and each positionnement's entry for it.
 *
 * @category Référentiel
 */
export interface LigneGrille {
  /** `item` for a grid item, `competence` for a competency. */
  readonly kind: 'item' | 'competence';
  /** The item's id (`B4.3`) or the competency's code (`CC1`). */
  readonly cible: string;
  /** The item's wording, or the competency's title in the référentiel. */
  readonly libelle: string;
  /** One cell per positionnement given, in the same order: its entry, or `null` when left blank. */
  readonly entrees: readonly (PositionnementEntry | null)[];
}

/**
 * A block of a grid with its printed rows.
 *
 * @category Référentiel
 */
export interface BlocLignes {
  readonly bloc: BlocGrille;
  readonly lignes: readonly LigneGrille[];
}

function entreesDe(
  positionnements: readonly Positionnement[],
  trouver: (e: PositionnementEntry) => boolean,
): (PositionnementEntry | null)[] {
  return positionnements.map((p) => p.entries.find(trouver) ?? null);
}

/**
 * The rows to print for a grid and the positionnements given on it (one per evaluator, kept side by side).
 *
 * A block with items gives one row per item; a block without items one row per competency. A competency of a
 * block with items also gets a row when a positionnement rates it directly (recorded before grids had item
 * ids), so that old positionnements still print. Blank cells are `null`: the document prints them blank.
 *
 * @param grille - the grid.
 * @param positionnements - the positionnements on that grid, in column order (none: the empty grid).
 * @returns the blocks with their rows, in the grid's order.
 * @remarks NS n° 2015-055: the grid « présente les compétences professionnelles du référentiel métier, ainsi que
 * leur déclinaison » in items; fiche 12: some items may not be rated.
 * @example
 * ```ts
 * const g = getGrille('ns-2015-055-enseignants');
 * g && listLignesGrille(g, [tuteur, chef])[3]?.lignes[2]?.cible; // 'B4.3'
 * ```
 * @category Référentiel
 */
export function listLignesGrille(
  grille: Grille,
  positionnements: readonly Positionnement[] = [],
): readonly BlocLignes[] {
  return grille.blocs.map((bloc) => {
    const items: LigneGrille[] = bloc.items.map((item) => ({
      kind: 'item',
      cible: item.id,
      libelle: item.texte,
      entrees: entreesDe(positionnements, (e) => e.item === item.id),
    }));
    const competences: LigneGrille[] = bloc.competences.flatMap((code) => {
      const entrees = entreesDe(positionnements, (e) => e.competence === code);
      if (bloc.items.length > 0 && entrees.every((e) => e === null)) return [];
      return [{ kind: 'competence', cible: code, libelle: getCompetence(code)?.titre ?? code, entrees }];
    });
    return { bloc, lignes: [...items, ...competences] };
  });
}
