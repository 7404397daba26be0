/**
 * Decides the commands of the chain of decisions: the handler chooses the target state, the transition table's
 * row for that edge names the guards, and the guards give every reason to refuse, each with its source.
 *
 * @packageDocumentation
 */
import { err, ok } from 'neverthrow';
import { refusal, refusalOf, refusalReason } from '../errors.js';
import type { CommandOf } from './commands.js';
import type { Entrees, TransitionResult } from './contexte-decision.js';
import { runGardes } from './gardes/index.js';
import { handlers } from './handlers/index.js';
import type { CommandeDecision, Handler, TypeDecision } from './handlers/types.js';
import { findLigne, listEtatsAtteignables, transitionTable } from './transition-table.js';

export { type CommandeDecision, typesDecision } from './handlers/types.js';

/**
 * Decides a command of the chain of decisions.
 *
 * @param command - the command.
 * @param e - state, context, today's date, event header.
 * @returns the events, or every reason to refuse.
 * @category Workflow
 */
export function decideDecision(command: CommandeDecision, e: Entrees): TransitionResult {
  const handler = handlers[command.type] as Handler<TypeDecision>;
  const c = command as CommandOf<TypeDecision>;
  const vers = handler.cible(c, e);
  const ligne = findLigne(e.state.etat, command.type, vers);
  if (ligne === null) {
    const possibles = listEtatsAtteignables(e.state.etat, command.type).join(', ');
    const autres = [
      ...new Set(
        transitionTable
          .filter((l) => l.de === e.state.etat && l.vers !== l.de && l.commande !== command.type)
          .map((l) => l.commande),
      ),
    ];
    const suite = autres.length > 0 ? ` ; autres actes possibles : ${autres.join(', ')}` : '';
    return err(
      refusal([
        refusalReason(
          'etat.issue-impossible',
          `Depuis un dossier « ${e.state.etat} », « ${command.type} » ne mène pas à « ${vers} » (possible : ${possibles}${suite}).`,
        ),
      ]),
    );
  }
  const refus = refusalOf(runGardes(ligne.gardes, c, e));
  return refus === null ? ok(handler.emettre(c, e)) : err(refus);
}
