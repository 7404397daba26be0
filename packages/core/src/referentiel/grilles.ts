/**
 * Lookups on the evaluation grids: what a grid evaluates, which grids are valid for a corps and a school
 * year, and which one an académie uses.
 *
 * @packageDocumentation
 */

import { err, ok, type Result } from 'neverthrow';
import {
  type Issue,
  issue,
  type NotFoundError,
  notFound,
  type ValidationError,
  validationError,
} from '../errors.js';
import { guardResult, invalidInput, isRecord } from '../schemas/entree.js';
import { coversAnneeScolaire, getDebutAnneeScolaire, parseAnneeScolaire } from './annee-scolaire.js';
import { listCompetencesDuCorps } from './competences.js';
import { referentiel2013 } from './data/2013.js';
import { grillesNationales } from './data/grilles.js';
import type {
  BlocGrille,
  ChoixGrille,
  Competence,
  CompetenceCode,
  Grille,
  ItemGrille,
  Profil,
} from './types.js';

const ordre: ReadonlyMap<string, number> = new Map(referentiel2013.competences.map((c, i) => [c.code, i]));

/**
 * The competencies a grid evaluates (its scope), each once, in the référentiel's order. This is NOT what the
 * référentiel gives the corps (see `listCompetencesDuCorps`).
 *
 * @param grille - an evaluation grid.
 * @returns the codes found in the grid's blocks.
 * @remarks NS 2015-055: the enseignant grid evaluates no CC8; grille n°12 (documentalistes) has no P1–P5.
 * @example
 * ```ts
 * const g = getGrille('ns-2015-055-documentalistes');
 * g && listCompetencesEvaluees(g).includes('P1'); // false
 * ```
 * @category Référentiel
 */
export function listCompetencesEvaluees(grille: Grille): readonly CompetenceCode[] {
  const codes = new Set(grille.blocs.flatMap((b) => b.competences));
  return [...codes].sort((a, b) => (ordre.get(a) ?? 0) - (ordre.get(b) ?? 0));
}

/**
 * The competencies the référentiel gives a corps but a grid does not evaluate.
 *
 * @param corps - the stagiaire's corps.
 * @param grille - the grid used for that corps.
 * @returns the competencies left out, in the référentiel's order (documentalistes, 2015: CC8 and P1–P5).
 * @category Référentiel
 */
export function listCompetencesNonEvaluees(corps: Profil, grille: Grille): readonly Competence[] {
  const evaluees = new Set<string>(listCompetencesEvaluees(grille));
  return listCompetencesDuCorps(corps).filter((c) => !evaluees.has(c.code));
}

/**
 * The block of a grid that evaluates a competency.
 *
 * @param grille - an evaluation grid.
 * @param code - a competency code.
 * @returns the first block listing the code, or `undefined` when the grid does not evaluate it.
 * @category Référentiel
 */
export function getBlocDeCompetence(grille: Grille, code: CompetenceCode): BlocGrille | undefined {
  return grille.blocs.find((b) => b.competences.includes(code));
}

/**
 * Finds an item of a grid by its id, with its block.
 *
 * @param grille - an evaluation grid.
 * @param id - an item id such as `B4.3` (block 4, item 3).
 * @returns the item and its block, or `undefined`.
 * @remarks NS n° 2015-055: the grid presents the competencies « ainsi que leur déclinaison » in items.
 * @category Référentiel
 */
export function getItemGrille(
  grille: Grille,
  id: string,
): { readonly item: ItemGrille; readonly bloc: BlocGrille } | undefined {
  for (const bloc of grille.blocs) {
    const item = bloc.items.find((i) => i.id === id);
    if (item !== undefined) return { item, bloc };
  }
  return undefined;
}

/**
 * Finds a grid by id.
 *
 * @param id - a grid id such as `ns-2015-055-enseignants`.
 * @param grilles - the grids to search; the national ones by default.
 * @returns the grid, or `undefined`.
 * @category Référentiel
 */
export function getGrille(id: string, grilles: readonly Grille[] = grillesNationales): Grille | undefined {
  return grilles.find((g) => g.id === id);
}

/**
 * The grids that may be used for a corps in a school year. Several can be valid at once (2022-2023: NS
 * 2015-055 and NS du 21-6-2023).
 *
 * @param corps - the stagiaire's corps.
 * @param anneeScolaire - a school year `YYYY-YYYY+1`; a malformed year matches nothing.
 * @param grilles - the grids to choose from; the national ones by default (an académie may add its own).
 * @returns the valid grids, the most recent first.
 * @example
 * ```ts
 * listGrillesValides('certifie', '2022-2023').map((g) => g.id);
 * // ['ns-2023-enseignants', 'ns-2015-055-enseignants']
 * ```
 * @category Référentiel
 */
export function listGrillesValides(
  corps: Profil,
  anneeScolaire: string,
  grilles: readonly Grille[] = grillesNationales,
): readonly Grille[] {
  return grilles
    .filter((g) => g.corps.includes(corps) && coversAnneeScolaire(g.validite, anneeScolaire))
    .sort(
      (a, b) => (getDebutAnneeScolaire(b.validite.from) ?? 0) - (getDebutAnneeScolaire(a.validite.from) ?? 0),
    );
}

/**
 * The grid an académie uses for a corps in a school year.
 *
 * With `choix.grilleId`, that grid is returned if it exists, covers the corps and is valid that year. Without a
 * choice, the formally applicable grid is returned: among the valid grids, the one no other valid grid
 * replaces (`remplace`). For 2022-2023 that is the NS du 21-6-2023 grid; an académie that ran the year on NS
 * 2015-055 says so with `{ grilleId: 'ns-2015-055-enseignants' }`.
 *
 * @param corps - the stagiaire's corps.
 * @param anneeScolaire - a school year `YYYY-YYYY+1`.
 * @param choix - the académie's choice for this corps (from its rule pack), if any.
 * @param grilles - the grids to choose from; the national ones by default.
 * @returns the grid, a `NotFoundError` (unknown `grilleId`, or no grid valid that year), or a `ValidationError`
 * with codes `annee-scolaire.invalide`, `grille.corps-non-couvert`, `grille.hors-validite`, `grille.choix-requis`.
 * @remarks NS du 21-6-2023 (NOR MENH2311821N) « se substitue » to NS 2015-055 « à compter de l'année
 * 2022-2023 ».
 * @example
 * ```ts
 * selectGrille('certifie', '2022-2023', { grilleId: 'ns-2015-055-enseignants' }); // Ok(2015 grid)
 * selectGrille('cpe', '2013-2014'); // Err(not-found)
 * ```
 * @category Référentiel
 */
export function selectGrille(
  corps: Profil,
  anneeScolaire: string,
  choix?: ChoixGrille,
  grilles: readonly Grille[] = grillesNationales,
): Result<Grille, NotFoundError | ValidationError> {
  if (typeof corps !== 'string' || (choix !== undefined && !isRecord(choix)) || !Array.isArray(grilles)) {
    return err(
      invalidInput('selectGrille', 'un corps, une année scolaire, un choix { grilleId? } et des grilles', []),
    );
  }
  return guardResult('selectGrille', () => selectGrilleChecked(corps, anneeScolaire, choix, grilles));
}

function selectGrilleChecked(
  corps: Profil,
  anneeScolaire: string,
  choix: ChoixGrille | undefined,
  grilles: readonly Grille[],
): Result<Grille, NotFoundError | ValidationError> {
  const annee = parseAnneeScolaire(anneeScolaire);
  if (annee.isErr()) return err(annee.error);

  const grilleId = choix?.grilleId;
  if (grilleId !== undefined) {
    const grille = getGrille(grilleId, grilles);
    if (grille === undefined) {
      return err(notFound(grilleId, `Grille inconnue : ${grilleId}`));
    }
    const issues: Issue[] = [];
    if (!grille.corps.includes(corps)) {
      issues.push(
        issue(
          'grille.corps-non-couvert',
          `La grille ${grille.id} ne concerne pas le corps ${corps} (corps couverts : ${grille.corps.join(', ')}).`,
          ['choix', 'grilleId'],
        ),
      );
    }
    if (!coversAnneeScolaire(grille.validite, anneeScolaire)) {
      issues.push(
        issue(
          'grille.hors-validite',
          `La grille ${grille.id} n'est pas valide en ${anneeScolaire} (validité : ${grille.validite.from} → ${grille.validite.to ?? '…'}).`,
          ['choix', 'grilleId'],
        ),
      );
    }
    if (issues.length > 0) return err(validationError(`Choix de grille invalide : ${grille.id}`, issues));
    return ok(grille);
  }

  const valides = listGrillesValides(corps, anneeScolaire, grilles);
  const remplacees = new Set(valides.flatMap((g) => g.remplace ?? []));
  const candidates = valides.filter((g) => !remplacees.has(g.id));
  const [unique, ...autres] = candidates;
  if (unique === undefined) {
    return err(
      notFound(
        `${corps}/${anneeScolaire}`,
        `Aucune grille valide pour le corps ${corps} en ${anneeScolaire}.`,
      ),
    );
  }
  if (autres.length > 0) {
    return err(
      validationError(
        `Plusieurs grilles valides pour le corps ${corps} en ${anneeScolaire} : un choix est requis.`,
        [
          issue(
            'grille.choix-requis',
            `Grilles possibles : ${candidates.map((g) => g.id).join(', ')}. Indiquez choix.grilleId.`,
            ['choix', 'grilleId'],
          ),
        ],
      ),
    );
  }
  return ok(unique);
}
