/**
 * What `transition` checks of its input before deciding anything: it is a public entry point, so any value may
 * reach it (a host's JSON, a form, a fuzzer). The command is parsed by its zod schema, the acting `Acteur` by
 * his, the state must look like a folded dossier: garbage gets a typed {@link ValidationError}, never a throw.
 *
 * @packageDocumentation
 */
import { err, ok, type Result } from 'neverthrow';
import { type Acteur, acteurSchema } from '../dossier/acteurs.js';
import { showControlCharacters } from '../dossier/identifiants.js';
import type { DossierState } from '../dossier/state.js';
import { type Issue, issue, type ValidationError, validationError } from '../errors.js';
import { issuesFromZod } from '../referentiel/zod-issues.js';
import { type Command, commandSchema } from './commands.js';
import type { WorkflowContext } from './context.js';

/**
 * The input of `transition`, checked.
 *
 * @category Workflow
 */
export interface EntreeTransition {
  readonly state: DossierState | null;
  readonly command: Command;
  readonly context: WorkflowContext & { readonly acteur: Acteur };
}

function isObjet(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function checkState(state: unknown): Issue[] {
  if (state === null) return [];
  const forme =
    isObjet(state) &&
    typeof state.dossierId === 'string' &&
    typeof state.etat === 'string' &&
    Number.isInteger(state.sequence) &&
    isObjet(state.identite) &&
    isObjet(state.stage) &&
    isObjet(state.acteurs);
  return forme
    ? []
    : [
        issue(
          'etat.invalide',
          'L’état du dossier n’est pas un dossier replié (foldDossier) : null pour un dossier à ouvrir.',
          ['state'],
        ),
      ];
}

function checkContext(context: unknown): { issues: Issue[]; acteur: Acteur | null } {
  if (!isObjet(context)) {
    return {
      issues: [
        issue('contexte.invalide', 'Le contexte donne l’acteur, l’instant « now » et les règles.', []),
      ],
      acteur: null,
    };
  }
  const acteur = acteurSchema.safeParse(context.acteur);
  const issues = acteur.success ? [] : issuesFromZod(acteur.error, ['acteur']);
  if (typeof context.now !== 'string') {
    issues.push(
      issue('instant.invalide', 'L’instant « now » est une chaîne ISO 8601 avec décalage.', ['now']),
    );
  }
  return { issues, acteur: acteur.success ? acteur.data : null };
}

/**
 * Checks the input of `transition`: the state's shape, the command against `commandSchema` (so an unknown
 * type, a missing field, a date that does not exist such as `2023-02-30`, an unsafe id are refused), the actor
 * against `acteurSchema`.
 *
 * @param state - the state as given.
 * @param command - the command as given.
 * @param context - the context as given.
 * @returns the input typed, or a {@link ValidationError} listing every problem (codes `etat.invalide`,
 * `contexte.invalide`, `instant.invalide`, and those of the schemas, path prefixed by `command` or `acteur`).
 * @category Workflow
 */
export function checkEntreeTransition(
  state: unknown,
  command: unknown,
  context: unknown,
): Result<EntreeTransition, ValidationError> {
  const parsed = commandSchema.safeParse(command);
  const ctx = checkContext(context);
  const issues = [
    ...checkState(state),
    ...(parsed.success ? [] : issuesFromZod(parsed.error, ['command'])),
    ...ctx.issues,
  ];
  if (!parsed.success || ctx.acteur === null || issues.length > 0) {
    const type =
      isObjet(command) && typeof command.type === 'string'
        ? ` « ${showControlCharacters(command.type.slice(0, 60))} »`
        : '';
    return err(validationError(`La commande${type} est invalide.`, issues));
  }
  return ok({
    state: state as DossierState | null,
    command: parsed.data,
    context: { ...(context as WorkflowContext), acteur: ctx.acteur },
  });
}
