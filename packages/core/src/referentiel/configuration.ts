/**
 * Zod schemas and validators for the référentiel data an académie may supply itself: its own rating scales
 * (the official ones are UNVERIFIED) and its own grids. Strict: an unknown key is an error.
 *
 * @packageDocumentation
 */

import { err, ok, type Result } from 'neverthrow';
import { z } from 'zod';
import { type Issue, issue, type ValidationError, validationError } from '../errors.js';
import { getDebutAnneeScolaire } from './annee-scolaire.js';
import { competenceCodeSchema } from './codes.js';
import { listCompetencesDuCorps } from './competences.js';
import type { Echelle, Grille } from './types.js';
import { issuesFromZod } from './zod-issues.js';

const texte = z.string().min(1);

const sourceRefSchema = z.strictObject({
  texte,
  article: texte.exactOptional(),
  nor: texte.exactOptional(),
  url: texte.exactOptional(),
});

const confidenceSchema = z.enum(['verified', 'secondary', 'unverified']);
const corpsSchema = z.enum(['certifie', 'agrege', 'plp', 'eps', 'documentaliste', 'cpe']);
/** An académie's grid, scale or level is `academie` unless it says otherwise. */
const statutSchema = z.enum(['verified', 'academie', 'assumption']).default('academie');

const niveauSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('notation'),
    code: texte,
    label: texte,
    rang: z.int().positive(),
    description: texte.exactOptional(),
    statut: statutSchema,
  }),
  z.strictObject({
    kind: z.literal('hors-notation'),
    code: texte,
    label: texte,
    description: texte.exactOptional(),
    statut: statutSchema,
  }),
]);

/**
 * The shape of a rating scale (zod, strict). `validateEchelle` adds the coherence checks.
 *
 * @category Référentiel
 */
export const echelleSchema: z.ZodType<Echelle> = z.strictObject({
  id: texte,
  label: texte,
  usage: z.enum(['bilan-intermediaire', 'bilan-final', 'degres-acquisition', 'acquisition', 'avis']),
  niveaux: z.array(niveauSchema).min(1),
  attendu: texte.exactOptional(),
  assumption: z.boolean(),
  statut: statutSchema,
  origine: texte.exactOptional(),
  note: texte.exactOptional(),
  source: sourceRefSchema,
  confidence: confidenceSchema,
});

/**
 * The shape of an evaluation grid (zod, strict). `validateGrille` adds the coherence checks.
 *
 * @category Référentiel
 */
export const grilleSchema: z.ZodType<Grille> = z.strictObject({
  id: texte,
  label: texte,
  corps: z.array(corpsSchema).min(1),
  validite: z.strictObject({ from: texte, to: texte.exactOptional() }),
  blocs: z
    .array(
      z.strictObject({
        numero: z.int().positive(),
        titre: texte,
        competences: z.array(competenceCodeSchema).min(1),
        items: z.array(
          z.strictObject({
            id: z.string().regex(/^B\d+\.\d+$/, 'identifiant d’item « B<bloc>.<rang> »'),
            rang: z.int().positive(),
            texte,
          }),
        ),
        confidence: confidenceSchema,
        note: texte.exactOptional(),
      }),
    )
    .min(1),
  remplace: z.array(texte).exactOptional(),
  fiche: texte.exactOptional(),
  assumption: z.boolean(),
  statut: statutSchema,
  origine: texte.exactOptional(),
  notes: z.array(texte),
  source: sourceRefSchema,
  confidence: confidenceSchema,
});

function invalide(quoi: string, issues: Issue[]): ValidationError {
  return validationError(`${quoi} invalide : ${issues.length} problème(s).`, issues);
}

/**
 * Validates a rating scale an académie supplies: shape, then level codes unique (`echelle.niveau-doublon`),
 * ranks unique (`echelle.rang-doublon`), at least one rating (`echelle.sans-notation`), `attendu` naming a rating
 * level (`echelle.attendu-invalide`).
 *
 * @param input - untrusted data.
 * @returns the scale, or a `ValidationError` listing every problem.
 * @category Référentiel
 */
export function validateEchelle(input: unknown): Result<Echelle, ValidationError> {
  const parsed = echelleSchema.safeParse(input);
  if (!parsed.success) return err(invalide('Échelle', issuesFromZod(parsed.error)));
  const echelle = parsed.data;
  const issues: Issue[] = [];
  const codes = new Set<string>();
  const rangs = new Set<number>();
  echelle.niveaux.forEach((niveau, index) => {
    if (codes.has(niveau.code)) {
      issues.push(
        issue('echelle.niveau-doublon', `Le code de niveau « ${niveau.code} » apparaît deux fois.`, [
          'niveaux',
          index,
          'code',
        ]),
      );
    }
    codes.add(niveau.code);
    if (niveau.kind === 'notation') {
      if (rangs.has(niveau.rang)) {
        issues.push(
          issue('echelle.rang-doublon', `Le rang ${niveau.rang} est donné à deux niveaux.`, [
            'niveaux',
            index,
            'rang',
          ]),
        );
      }
      rangs.add(niveau.rang);
    }
  });
  if (rangs.size === 0) {
    issues.push(issue('echelle.sans-notation', "L'échelle n'a aucun niveau de notation.", ['niveaux']));
  }
  if (echelle.attendu !== undefined) {
    const attendu = echelle.niveaux.find((n) => n.code === echelle.attendu);
    if (attendu === undefined || attendu.kind !== 'notation') {
      issues.push(
        issue(
          'echelle.attendu-invalide',
          `« ${echelle.attendu} » n'est pas un niveau de notation de l'échelle.`,
          ['attendu'],
        ),
      );
    }
  }
  return issues.length > 0 ? err(invalide('Échelle', issues)) : ok(echelle);
}

/**
 * Validates an evaluation grid an académie supplies: shape (unknown competency codes are `schema.invalid_value`),
 * then school years well formed and ordered (`grille.validite-invalide`), block numbers unique
 * (`grille.bloc-doublon`), no competency in two blocks (`competence.doublon`), every competency within the
 * référentiel scope of every corps the grid covers (`competence.hors-corps`), and each item's id `B<bloc>.<rang>`
 * matching its block and rank (`grille.item-id-invalide`). Without `statut`, the grid is the académie's.
 *
 * @param input - untrusted data.
 * @returns the grid, or a `ValidationError` listing every problem.
 * @category Référentiel
 */
export function validateGrille(input: unknown): Result<Grille, ValidationError> {
  const parsed = grilleSchema.safeParse(input);
  if (!parsed.success) return err(invalide('Grille', issuesFromZod(parsed.error)));
  const grille = parsed.data;
  const issues: Issue[] = [];

  const from = getDebutAnneeScolaire(grille.validite.from);
  const to = grille.validite.to === undefined ? undefined : getDebutAnneeScolaire(grille.validite.to);
  if (from === undefined) {
    issues.push(
      issue(
        'grille.validite-invalide',
        `« ${grille.validite.from} » n'est pas une année scolaire AAAA-AAAA+1.`,
        ['validite', 'from'],
      ),
    );
  }
  if (grille.validite.to !== undefined && (to === undefined || (from !== undefined && to < from))) {
    issues.push(
      issue(
        'grille.validite-invalide',
        `« ${grille.validite.to} » n'est pas une année scolaire AAAA-AAAA+1 postérieure ou égale au début.`,
        ['validite', 'to'],
      ),
    );
  }

  const numeros = new Set<number>();
  const vues = new Set<string>();
  grille.blocs.forEach((bloc, b) => {
    if (numeros.has(bloc.numero)) {
      issues.push(
        issue('grille.bloc-doublon', `Le numéro de bloc ${bloc.numero} apparaît deux fois.`, [
          'blocs',
          b,
          'numero',
        ]),
      );
    }
    numeros.add(bloc.numero);
    bloc.items.forEach((item, i) => {
      if (item.id !== `B${bloc.numero}.${item.rang}` || item.rang !== i + 1) {
        issues.push(
          issue(
            'grille.item-id-invalide',
            `L'item ${item.id} du bloc ${bloc.numero} doit s'appeler B${bloc.numero}.${i + 1} (rang ${i + 1}).`,
            ['blocs', b, 'items', i, 'id'],
          ),
        );
      }
    });
    bloc.competences.forEach((code, c) => {
      if (vues.has(code)) {
        issues.push(
          issue('competence.doublon', `La compétence ${code} figure dans plusieurs blocs.`, [
            'blocs',
            b,
            'competences',
            c,
          ]),
        );
      }
      vues.add(code);
      for (const corps of grille.corps) {
        if (!listCompetencesDuCorps(corps).some((competence) => competence.code === code)) {
          issues.push(
            issue(
              'competence.hors-corps',
              `Le référentiel ne donne pas la compétence ${code} au corps ${corps}.`,
              ['blocs', b, 'competences', c],
            ),
          );
        }
      }
    });
  });
  return issues.length > 0 ? err(invalide('Grille', issues)) : ok(grille);
}
