/**
 * Validation of a positionnement (an assessor's rating of a stagiaire on the competencies of a grid):
 * its shape with zod, then its coherence with the corps, the grid and the scale. Every problem is listed.
 *
 * @packageDocumentation
 */

import { err, ok, type Result } from 'neverthrow';
import { z } from 'zod';
import { type Issue, issue, type ValidationError, validationError } from '../errors.js';
import { isCompetenceCode } from './competences.js';
import { getNiveau } from './echelles.js';
import { listCompetencesEvaluees } from './grilles.js';
import type {
  CompetenceCode,
  Grille,
  Positionnement,
  PositionnementContext,
  PositionnementEntry,
} from './types.js';
import { issuesFromZod } from './zod-issues.js';

/**
 * The shape of one rating before the contextual checks: any strings.
 *
 * @category Référentiel
 */
export interface PositionnementEntryInput {
  readonly competence: string;
  readonly niveau: string;
  readonly commentaire?: string | undefined;
}

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

const entrySchema = z.strictObject({
  competence: z.string().min(1),
  niveau: z.string().min(1),
  commentaire: z.string().optional(),
});

/**
 * The shape of a positionnement (zod, strict: unknown keys are errors). It checks types only; the coherence
 * with the corps, grid and scale is checked by `validatePositionnement`.
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
  'competence.doublon',
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

/**
 * Validates a positionnement against a corps, a grid and a scale. Never throws: every problem is an `Issue`
 * with a stable code and the path of the offending value.
 *
 * - shape (zod): `schema.*` codes (`schema.invalid_type`, `schema.unrecognized_keys`, …);
 * - `positionnement.grille-differente` / `positionnement.echelle-differente`: ids other than the context's;
 * - `grille.corps-non-couvert`: the grid is not meant for the corps;
 * - `competence.inconnue`: not a code of the référentiel 2013 (path `entries.i.competence`);
 * - `competence.hors-grille`: a real code the grid does not evaluate, e.g. P1 for a documentaliste in 2015;
 * - `competence.doublon`: the competency was already rated in an earlier entry;
 * - `niveau.hors-echelle`: the level is not a level of the scale (path `entries.i.niveau`).
 *
 * Well-formed entries are checked even when other parts of the input are malformed, so one call reports all.
 * Entries may cover only part of the grid (see `listCompetencesNonPositionnees`).
 *
 * @param input - untrusted data (JSON, a form).
 * @param ctx - the stagiaire's corps, the grid and the scale in use.
 * @returns the typed positionnement, or a `ValidationError` listing every problem.
 * @remarks Arrêté du 22 août 2014 (NOR MENH1411675A), art. 5: the avis rest on a grille d'évaluation;
 * NS 2015-055: the grid « présente les compétences professionnelles du référentiel métier ».
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

  const evaluees = new Set<string>(listCompetencesEvaluees(grille));
  const premiereOccurrence = new Map<string, number>();
  const entries: PositionnementEntry[] = [];
  for (const [entry, index] of listEntreesLisibles(input)) {
    const { competence, niveau } = entry;
    const chemin = ['entries', index];
    let valide = true;
    if (!isCompetenceCode(competence)) {
      valide = false;
      issues.push(
        positionnementIssue(
          'competence.inconnue',
          `« ${competence} » n'est pas une compétence du référentiel 2013.`,
          [...chemin, 'competence'],
        ),
      );
    } else if (!evaluees.has(competence)) {
      valide = false;
      issues.push(
        positionnementIssue(
          'competence.hors-grille',
          `La grille ${grille.id} n'évalue pas la compétence ${competence}.`,
          [...chemin, 'competence'],
        ),
      );
    }
    const premiere = premiereOccurrence.get(competence);
    if (premiere === undefined) {
      premiereOccurrence.set(competence, index);
    } else {
      valide = false;
      issues.push(
        positionnementIssue(
          'competence.doublon',
          `La compétence ${competence} est déjà positionnée (entrée ${premiere}).`,
          [...chemin, 'competence'],
        ),
      );
    }
    if (getNiveau(echelle, niveau) === undefined) {
      valide = false;
      issues.push(
        positionnementIssue(
          'niveau.hors-echelle',
          `« ${niveau} » n'est pas un niveau de l'échelle ${echelle.id} (${echelle.niveaux.map((n) => n.code).join(', ')}).`,
          [...chemin, 'niveau'],
        ),
      );
    }
    if (valide && isCompetenceCode(competence)) {
      entries.push({
        competence,
        niveau,
        ...(entry.commentaire === undefined ? {} : { commentaire: entry.commentaire }),
      });
    }
  }

  if (issues.length > 0 || !parsed.success) {
    return err(validationError(`Positionnement invalide : ${issues.length} problème(s).`, issues));
  }
  return ok({ grilleId: grille.id, echelleId: echelle.id, entries });
}

/**
 * The competencies of a grid a positionnement does not rate yet.
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
  const notees = new Set<string>(positionnement.entries.map((e) => e.competence));
  return listCompetencesEvaluees(grille).filter((c) => !notees.has(c));
}
