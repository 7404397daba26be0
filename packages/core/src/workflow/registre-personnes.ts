/**
 * Handlers of the audit entries of the register of persons: rectification (RGPD art. 16) and erasure
 * (art. 17) of the stagiaire's personal data. The values never reach the workflow: the service writes them to
 * the register; these handlers only decide the audit event.
 *
 * @packageDocumentation
 */
import { err, ok } from 'neverthrow';
import { CHAMPS_PERSONNELS } from '../dossier/donnees-personnelles.js';
import { etatsFinaux } from '../dossier/state.js';
import { refusal, refusalReason } from '../errors.js';
import type { CommandOf } from './commands.js';
import type { Entrees, TransitionResult } from './contexte-decision.js';
import { rgpd } from './sources-rgpd.js';

/**
 * The commands of the register of persons (handled here).
 *
 * @category Workflow
 */
export const typesRegistrePersonnes = ['identite.rectifier', 'identite.effacer'] as const;

/**
 * A command of the register of persons.
 *
 * @category Workflow
 */
export type CommandeRegistrePersonnes = CommandOf<(typeof typesRegistrePersonnes)[number]>;

/**
 * Decides the audit event of a rectification or an erasure.
 *
 * @param command - `identite.rectifier` (the fields, each once, in a stable order) or `identite.effacer`.
 * @param entrees - the dossier and the event header.
 * @returns `identite.rectifiee` naming the fields, or `identite.effacee` with its ground; a refusal for an
 * erasure on the ground « données plus nécessaires » while the dossier is not closed.
 * @remarks Règlement (UE) 2016/679, art. 16 and 17; art. 17 § 3 b): no erasure while the data are needed to
 * comply with a legal obligation — here, until the stage is closed by a final act, the dossier the decision
 * rests on (décret n° 94-874; arrêté du 22 août 2014, art. 7: the stagiaire's access to his file).
 * @category Workflow
 */
export function decideRegistrePersonnes(
  command: CommandeRegistrePersonnes,
  { state, entete }: Entrees,
): TransitionResult {
  if (command.type === 'identite.rectifier') {
    const champs = CHAMPS_PERSONNELS.filter((champ) => command.champs.includes(champ));
    return ok([{ type: 'identite.rectifiee', ...entete, champs, motif: command.motif }]);
  }
  if (command.fondement === 'donnees-plus-necessaires' && !etatsFinaux.includes(state.etat)) {
    return err(
      refusal([
        refusalReason(
          'identite.conservation',
          `Les données personnelles restent nécessaires tant que le stage n’est pas clos (dossier « ${state.etat} ») : effacement impossible à ce titre.`,
          rgpd.article17Paragraphe3,
        ),
      ]),
    );
  }
  return ok([{ type: 'identite.effacee', ...entete, motif: command.motif, fondement: command.fondement }]);
}
