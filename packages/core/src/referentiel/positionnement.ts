/**
 * Validation of a positionnement (an assessor's rating of a stagiaire on the competencies of a grid):
 * its shape with zod, then its coherence with the corps, the grid and the scale. Every problem is listed.
 *
 * @packageDocumentation
 */

import { err, ok, type Result } from 'neverthrow';
import { z } from 'zod';
import { type Issue, issue, type ValidationError, validationError } from '../errors.js';
import { guardResult, invalidInput, isRecord } from '../schemas/entree.js';
import { isCompetenceCode } from './competences.js';
import { getNiveau } from './echelles.js';
import { getBlocDeCompetence, getItemGrille, listCompetencesEvaluees } from './grilles.js';
import type {
  CompetenceCode,
  Echelle,
  Grille,
  Positionnement,
  PositionnementContext,
  PositionnementEntry,
} from './types.js';
import { issuesFromZod } from './zod-issues.js';

/**
 * The shape of one rating before the contextual checks: an item id (`B4.3`) or a competency code, any strings.
 *
 * @category Référentiel
 */
export type PositionnementEntryInput =
  | {
      readonly competence: string;
      readonly niveau: string;
      readonly commentaire?: string | undefined;
    }
  | {
      readonly item: string;
      readonly niveau: string;
      readonly commentaire?: string | undefined;
    };

/**
 * The shape of a positionnement before the contextual checks.
 *
 * @category Référentiel
 */
export interface PositionnementInput {
  readonly grilleId: string;
  readonly echelleId: string;
  readonly entries: readonly PositionnementEntryInput[];
}

const entrySchema = z.union([
  z.strictObject({
    competence: z.string().min(1),
    niveau: z.string().min(1),
    commentaire: z.string().optional(),
  }),
  z.strictObject({
    item: z.string().min(1),
    niveau: z.string().min(1),
    commentaire: z.string().optional(),
  }),
]);

/**
 * The shape of a positionnement (zod, strict: unknown keys are errors). Each entry names an item of the grid
 * (`item: 'B4.3'`) or a competency (`competence: 'CC1'`). It checks types only; the coherence with the corps,
 * grid and scale is checked by `validatePositionnement`.
 *
 * @example
 * ```ts
 * positionnementSchema.safeParse({ grilleId: 'g', echelleId: 'e', entries: [] }).success; // true
 * ```
 * @category Référentiel
 */
export const positionnementSchema: z.ZodType<PositionnementInput> = z.strictObject({
  grilleId: z.string().min(1),
  echelleId: z.string().min(1),
  entries: z.array(entrySchema),
});

/**
 * The stable codes of the issues `validatePositionnement` reports, besides zod's `schema.*` codes.
 *
 * @category Référentiel
 */
export const POSITIONNEMENT_ISSUE_CODES = [
  'positionnement.grille-differente',
  'positionnement.echelle-differente',
  'grille.corps-non-couvert',
  'competence.inconnue',
  'competence.hors-grille',
  'competence.par-items',
  'competence.doublon',
  'item.inconnu',
  'item.doublon',
  'niveau.hors-echelle',
] as const;

/**
 * One of the stable codes of `POSITIONNEMENT_ISSUE_CODES`.
 *
 * @category Référentiel
 */
export type PositionnementIssueCode = (typeof POSITIONNEMENT_ISSUE_CODES)[number];

function positionnementIssue(
  code: PositionnementIssueCode,
  message: string,
  path: ReadonlyArray<string | number>,
): Issue {
  return issue(code, message, path);
}

/** The entries that are well-formed, with their index, even when the whole input is not. */
function listEntreesLisibles(input: unknown): Array<[PositionnementEntryInput, number]> {
  if (typeof input !== 'object' || input === null || !('entries' in input) || !Array.isArray(input.entries)) {
    return [];
  }
  const lisibles: Array<[PositionnementEntryInput, number]> = [];
  input.entries.forEach((entry: unknown, index: number) => {
    const parsed = entrySchema.safeParse(entry);
    if (parsed.success) lisibles.push([parsed.data, index]);
  });
  return lisibles;
}

function champTexte(input: unknown, cle: 'grilleId' | 'echelleId'): string | undefined {
  if (typeof input !== 'object' || input === null || !(cle in input)) return undefined;
  const valeur: unknown = (input as Record<string, unknown>)[cle];
  return typeof valeur === 'string' ? valeur : undefined;
}

/** The target of an entry: the item's block, or the competency's; issues for what does not fit the grid. */
function checkCible(
  entry: PositionnementEntryInput,
  chemin: ReadonlyArray<string | number>,
  grille: Grille,
  issues: Issue[],
): PositionnementEntry | null {
  const base = {
    niveau: entry.niveau,
    ...(entry.commentaire === undefined ? {} : { commentaire: entry.commentaire }),
  };
  if ('item' in entry) {
    if (getItemGrille(grille, entry.item) !== undefined) return { item: entry.item, ...base };
    issues.push(
      positionnementIssue('item.inconnu', `« ${entry.item} » n'est pas un item de la grille ${grille.id}.`, [
        ...chemin,
        'item',
      ]),
    );
    return null;
  }
  const { competence } = entry;
  if (!isCompetenceCode(competence)) {
    issues.push(
      positionnementIssue(
        'competence.inconnue',
        `« ${competence} » n'est pas une compétence du référentiel 2013.`,
        [...chemin, 'competence'],
      ),
    );
    return null;
  }
  const bloc = getBlocDeCompetence(grille, competence);
  if (bloc === undefined) {
    issues.push(
      positionnementIssue(
        'competence.hors-grille',
        `La grille ${grille.id} n'évalue pas la compétence ${competence}.`,
        [...chemin, 'competence'],
      ),
    );
    return null;
  }
  if (bloc.items.length > 0) {
    issues.push(
      positionnementIssue(
        'competence.par-items',
        `Le bloc ${bloc.numero} de la grille ${grille.id} se positionne par items (${bloc.items.map((i) => i.id).join(', ')}), pas par compétence (${competence}).`,
        [...chemin, 'competence'],
      ),
    );
    return null;
  }
  return { competence, ...base };
}

/** Checks the well-formed entries against the grid and scale; returns those that fit. */
function checkEntrees(
  lisibles: ReadonlyArray<[PositionnementEntryInput, number]>,
  grille: Grille,
  echelle: Echelle,
  issues: Issue[],
): PositionnementEntry[] {
  const premiereOccurrence = new Map<string, number>();
  const entries: PositionnementEntry[] = [];
  for (const [entry, index] of lisibles) {
    const chemin = ['entries', index];
    const cle = 'item' in entry ? 'item' : 'competence';
    const cible = 'item' in entry ? entry.item : entry.competence;
    let entree = checkCible(entry, chemin, grille, issues);
    const premiere = premiereOccurrence.get(cible);
    if (premiere === undefined) {
      premiereOccurrence.set(cible, index);
    } else {
      entree = null;
      issues.push(
        cle === 'item'
          ? positionnementIssue('item.doublon', `L'item ${cible} est déjà positionné (entrée ${premiere}).`, [
              ...chemin,
              cle,
            ])
          : positionnementIssue(
              'competence.doublon',
              `La compétence ${cible} est déjà positionnée (entrée ${premiere}).`,
              [...chemin, cle],
            ),
      );
    }
    if (getNiveau(echelle, entry.niveau) === undefined) {
      entree = null;
      issues.push(
        positionnementIssue(
          'niveau.hors-echelle',
          `« ${entry.niveau} » n'est pas un niveau de l'échelle ${echelle.id} (${echelle.niveaux.map((n) => n.code).join(', ')}).`,
          [...chemin, 'niveau'],
        ),
      );
    }
    if (entree !== null) entries.push(entree);
  }
  return entries;
}

/**
 * Validates a positionnement against a corps, a grid and a scale. Never throws: every problem is an `Issue`
 * with a stable code and the path of the offending value.
 *
 * - shape (zod): `schema.*` codes (`schema.invalid_type`, `schema.unrecognized_keys`, …);
 * - `positionnement.grille-differente` / `positionnement.echelle-differente`: ids other than the context's;
 * - `grille.corps-non-couvert`: the grid is not meant for the corps;
 * - `item.inconnu`: not the id of an item of the grid (path `entries.i.item`);
 * - `item.doublon`: the item was already rated in an earlier entry;
 * - `competence.inconnue`: not a code of the référentiel 2013 (path `entries.i.competence`);
 * - `competence.hors-grille`: a real code the grid does not evaluate, e.g. P1 for a documentaliste in 2015;
 * - `competence.par-items`: the competency's block has items: its items are rated, not the competency;
 * - `competence.doublon`: the competency was already rated in an earlier entry;
 * - `niveau.hors-echelle`: the level is not a level of the scale (path `entries.i.niveau`); a hors-notation
 *   level such as « non observé » is a level of the scale when the scale has it.
 *
 * Well-formed entries are checked even when other parts of the input are malformed, so one call reports all.
 * Entries may cover only part of the grid: an item without an entry is left blank (see
 * `listCiblesNonPositionnees`).
 *
 * @param input - untrusted data (JSON, a form).
 * @param ctx - the stagiaire's corps, the grid and the scale in use.
 * @returns the typed positionnement, or a `ValidationError` listing every problem.
 * @remarks Arrêté du 22 août 2014 (NOR MENH1411675A), art. 5: the avis rest on a grille d'évaluation;
 * NS 2015-055: the grid « présente les compétences professionnelles du référentiel métier, ainsi que leur
 * déclinaison »; fiche 12: « certains items peuvent ne pas l'être » (rated).
 * @example
 * ```ts
 * const grille = getGrille('ns-2015-055-documentalistes');
 * const echelle = getEchelle('tuteur-final');
 * if (grille && echelle) {
 *   const r = validatePositionnement(
 *     { grilleId: grille.id, echelleId: echelle.id, entries: [{ competence: 'P1', niveau: 'suffisant' }] },
 *     { corps: 'documentaliste', grille, echelle },
 *   );
 *   // r.isErr() and r.error.issues[0].code === 'competence.hors-grille'
 * }
 * ```
 * @category Référentiel
 */
export function validatePositionnement(
  input: unknown,
  ctx: PositionnementContext,
): Result<Positionnement, ValidationError> {
  if (!isRecord(ctx) || !isRecord(ctx.grille) || !isRecord(ctx.echelle)) {
    return err(invalidInput('validatePositionnement', 'un contexte { corps, grille, echelle }', ['ctx']));
  }
  return guardResult('validatePositionnement', () => validatePositionnementChecked(input, ctx));
}

function validatePositionnementChecked(
  input: unknown,
  ctx: PositionnementContext,
): Result<Positionnement, ValidationError> {
  const { corps, grille, echelle } = ctx;
  const issues: Issue[] = [];
  const parsed = positionnementSchema.safeParse(input);
  if (!parsed.success) issues.push(...issuesFromZod(parsed.error));

  const grilleId = champTexte(input, 'grilleId');
  if (grilleId !== undefined && grilleId !== grille.id) {
    issues.push(
      positionnementIssue(
        'positionnement.grille-differente',
        `Le positionnement porte sur la grille « ${grilleId} », le contexte sur « ${grille.id} ».`,
        ['grilleId'],
      ),
    );
  }
  const echelleId = champTexte(input, 'echelleId');
  if (echelleId !== undefined && echelleId !== echelle.id) {
    issues.push(
      positionnementIssue(
        'positionnement.echelle-differente',
        `Le positionnement utilise l'échelle « ${echelleId} », le contexte « ${echelle.id} ».`,
        ['echelleId'],
      ),
    );
  }
  if (!grille.corps.includes(corps)) {
    issues.push(
      positionnementIssue(
        'grille.corps-non-couvert',
        `La grille ${grille.id} ne concerne pas le corps ${corps}.`,
        ['grilleId'],
      ),
    );
  }

  const entries = checkEntrees(listEntreesLisibles(input), grille, echelle, issues);

  if (issues.length > 0 || !parsed.success) {
    return err(validationError(`Positionnement invalide : ${issues.length} problème(s).`, issues));
  }
  return ok({ grilleId: grille.id, echelleId: echelle.id, entries });
}

/**
 * What an entry rates: its item id (`B4.3`) or its competency code.
 *
 * @param entry - an entry of a positionnement.
 * @returns the item id or the competency code.
 * @remarks Positionnements recorded before grids had item ids rate competencies only; they stay valid.
 * @category Référentiel
 */
export function getCibleEntree(entry: PositionnementEntry): string {
  return entry.item ?? entry.competence;
}

/**
 * What a grid is rated on, in order: the items of the blocks that have some, the competencies of those that
 * have none (référentiel order inside a block).
 *
 * @param grille - an evaluation grid.
 * @returns item ids and competency codes.
 * @remarks NS n° 2015-055: the grid presents the competencies « ainsi que leur déclinaison » in items.
 * @example
 * ```ts
 * const g = getGrille('ns-2015-055-enseignants');
 * g && listCiblesGrille(g).slice(0, 2); // ['B1.1', 'B1.2']
 * ```
 * @category Référentiel
 */
export function listCiblesGrille(grille: Grille): readonly string[] {
  return grille.blocs.flatMap<string>((b) => (b.items.length > 0 ? b.items.map((i) => i.id) : b.competences));
}

/**
 * The items (or competencies, in blocks without items) of a grid a positionnement leaves blank. Blank is
 * allowed: NS 2015-055 fiche 12 says that some items may not be rated.
 *
 * @param positionnement - a positionnement on this grid.
 * @param grille - its grid.
 * @returns the blank targets, in the grid's order.
 * @category Référentiel
 */
export function listCiblesNonPositionnees(positionnement: Positionnement, grille: Grille): readonly string[] {
  const notees = new Set(positionnement.entries.map(getCibleEntree));
  return listCiblesGrille(grille).filter((c) => !notees.has(c));
}

/**
 * The competencies of a grid a positionnement has no per-competency entry for (see `listCiblesNonPositionnees`
 * for grids rated by items).
 *
 * @param positionnement - a validated positionnement.
 * @param grille - its grid.
 * @returns the grid's competencies without an entry, in the référentiel's order.
 * @category Référentiel
 */
export function listCompetencesNonPositionnees(
  positionnement: Positionnement,
  grille: Grille,
): readonly CompetenceCode[] {
  const notees = new Set<string>(positionnement.entries.flatMap((e) => e.competence ?? []));
  return listCompetencesEvaluees(grille).filter((c) => !notees.has(c));
}
