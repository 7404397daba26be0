/**
 * The workflow's transition function: `(state, command, context) → Result<events, refusal>`. Pure: no clock,
 * no I/O, no mutation.
 *
 * @packageDocumentation
 */
import { err, ok } from 'neverthrow';
import { match, P } from 'ts-pattern';
import { getAuteur } from '../dossier/acteurs.js';
import { omitDonneesPersonnellesIdentite } from '../dossier/legacy-personnes.js';
import type { DossierState } from '../dossier/state.js';
import { issue, refusal, refusalReason, type ValidationError, validationError } from '../errors.js';
import type { Command } from './commands.js';
import type { RuledContext, WorkflowContext } from './context.js';
import type { EnTete, TransitionResult } from './contexte-decision.js';
import { decideDecision, typesDecision } from './decisions.js';
import { decideEnregistrement, typesEnregistrement } from './enregistrements.js';
import { checkDatesDansStage, checkInstantCommande } from './fenetre-stage.js';
import { getLocalDateInTimeZone, parseInstantMillis } from './horloge.js';
import { checkPermission } from './permissions.js';
import { decideRegistrePersonnes, typesRegistrePersonnes } from './registre-personnes.js';
import { checkEntreeTransition } from './transition-entree.js';
import { isCommandeAcceptee, listEtatsAcceptant } from './transition-table.js';

const enregistrements: ReadonlySet<string> = new Set(typesEnregistrement);

function isEnregistrement(type: string): type is (typeof typesEnregistrement)[number] {
  return enregistrements.has(type);
}

function invalid(code: string, message: string, field: string): { erreur: ValidationError } {
  return { erreur: validationError(message, [issue(code, message, [field])]) };
}

function withRules(context: WorkflowContext): RuledContext | { erreur: ValidationError } {
  const rules = context.rules ?? context.regles;
  if (rules === undefined) {
    return invalid(
      'contexte.rules-manquantes',
      'Le contexte de la commande ne donne pas les règles du workflow (champ « rules »).',
      'rules',
    );
  }
  return { ...context, rules };
}

function jourLocal(ctx: RuledContext): { jour: string } | { erreur: ValidationError } {
  const millis = parseInstantMillis(ctx.now);
  if (millis === null) {
    return invalid(
      'instant.invalide',
      `Instant invalide : « ${ctx.now} » (attendu ISO 8601 avec décalage, p. ex. 2023-03-02T10:00:00+04:00).`,
      'now',
    );
  }
  const jour = getLocalDateInTimeZone(millis, ctx.rules.fuseauHoraire.valeur);
  if (jour === null) {
    return invalid('fuseau.invalide', `Fuseau horaire inconnu : ${ctx.rules.fuseauHoraire.valeur}.`, 'rules');
  }
  return { jour };
}

/**
 * Decides a command on a dossier: checks the actor's permission, that the dossier's state accepts the command
 * (transition table), and the conditions the texts set; returns the events to append or every reason not to.
 *
 * @param state - the dossier's current state, or null when the dossier does not exist yet (`dossier.ouvrir`).
 * @param command - the command; any value is checked against `commandSchema` first (an unknown type, a date
 * that does not exist, an unsafe id get a `ValidationError`).
 * @param context - the actor, the instant `now` and the rules.
 * @returns `Ok(events)` to append in order, or `Err` with a `Refusal` (every reason, with its code and text),
 * a `PermissionDenied`, or a `ValidationError` (malformed input, an invalid or implausible `now`, or a
 * positionnement that does not fit the grid). A visit or a leave outside the stage's window and a `now` before
 * the dossier's last event (`context.dernierInstant`) are refused. Never throws, whatever the input.
 * @example
 * ```ts
 * const r = transition(state, { type: 'jury.saisir', date: '2023-05-31' }, {
 *   acteur: { role: 'rectorat', id: 'dpe-1', academie: 'reunion' },
 *   now: '2023-05-31T09:00:00+04:00',
 *   rules: nationalWorkflowRules,
 * });
 * if (r.isErr() && r.error.kind === 'refusal') console.log(r.error.reasons.map((x) => x.message));
 * ```
 * @category Workflow
 */
export function transition(
  state: DossierState | null,
  command: Command,
  context: WorkflowContext,
): TransitionResult {
  const entree = checkEntreeTransition(state, command, context);
  if (entree.isErr()) return err(entree.error);
  try {
    return decide(entree.value.state, entree.value.command, entree.value.context);
  } catch {
    // The state passed the shape check but holds values no fold produces (a hand-built or altered state).
    const message =
      'L’état du dossier est incohérent : le replier à nouveau depuis son journal (foldDossier).';
    return err(validationError(message, [issue('etat.invalide', message, ['state'])]));
  }
}

function checkInstant(
  state: DossierState | null,
  command: Command,
  ctx: RuledContext,
  jour: string,
): TransitionResult | null {
  const millis = parseInstantMillis(ctx.now) ?? Number.NaN;
  const instant = checkInstantCommande(state, command, { millis, jour }, ctx);
  if (instant.issues.length > 0) {
    return err(validationError('L’instant de la commande est invraisemblable.', instant.issues));
  }
  const [premiere, ...autres] = instant.refus;
  return premiere === undefined ? null : err(refusal([premiere, ...autres]));
}

function decide(state: DossierState | null, command: Command, context: WorkflowContext): TransitionResult {
  const ruled = withRules(context);
  if ('erreur' in ruled) return err(ruled.erreur);
  const horloge = jourLocal(ruled);
  if ('erreur' in horloge) return err(horloge.erreur);
  const refusInstant = checkInstant(state, command, ruled, horloge.jour);
  if (refusInstant !== null) return refusInstant;
  const refusPermission = checkPermission(context.acteur, command, state);
  if (refusPermission !== null) return err(refusPermission);

  const etat = state?.etat ?? 'nouveau';
  if (!isCommandeAcceptee(etat, command.type)) {
    const ou = listEtatsAcceptant(command.type);
    return err(
      refusal([
        refusalReason(
          'etat.commande-impossible',
          `« ${command.type} » n’est pas possible sur un dossier « ${etat} » (possible : ${ou.length > 0 ? ou.join(', ') : 'jamais'}).`,
        ),
      ]),
    );
  }
  const entete: EnTete = { v: 1, le: context.now, auteur: getAuteur(context.acteur) };

  if (state === null) {
    // The table accepts only `dossier.ouvrir` from `nouveau`.
    if (command.type !== 'dossier.ouvrir')
      return err(refusal([refusalReason('dossier.inexistant', 'Le dossier n’existe pas.')]));
    return ok([
      {
        type: 'dossier.ouvert',
        ...entete,
        dossierId: command.dossierId,
        // The log never holds personal data (a caller that bypassed the schema may still pass some).
        identite: omitDonneesPersonnellesIdentite(command.identite),
        acteurs: command.acteurs,
      },
    ]);
  }
  const [horsStage, ...autresHorsStage] = checkDatesDansStage(state, command, ruled.rules);
  if (horsStage !== undefined) return err(refusal([horsStage, ...autresHorsStage]));
  const entrees = { state, ctx: ruled, jour: horloge.jour, entete };
  // Exhaustive: every command type is either a decision or a recording (the compiler checks both lists).
  return match(command)
    .returnType<TransitionResult>()
    .with({ type: P.when(isEnregistrement) }, (c) => decideEnregistrement(c, entrees))
    .with({ type: P.union(...typesDecision) }, (c) => decideDecision(c, entrees))
    .with({ type: P.union(...typesRegistrePersonnes) }, (c) => decideRegistrePersonnes(c, entrees))
    .with({ type: 'dossier.ouvrir' }, () =>
      err(refusal([refusalReason('dossier.deja-ouvert', 'Le dossier est déjà ouvert.')])),
    )
    .exhaustive();
}
