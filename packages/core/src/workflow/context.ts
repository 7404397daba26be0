/**
 * What a decision needs besides the state and the command: the actor, the instant and the rules.
 *
 * @packageDocumentation
 */
import type { Acteur } from '../dossier/acteurs.js';
import type { Echelle, Grille } from '../referentiel/types.js';
import type { WorkflowRules } from './regles.js';

/**
 * The context of a command.
 *
 * @remarks Time is a parameter: the workflow never reads the clock. `now` is read as a calendar day in the
 * rules' time zone (`regles.fuseauHoraire`) for checks such as « a visit cannot be recorded before it happens ».
 */
export interface WorkflowContext {
  /** Who issues the command, with the scope of his role. */
  readonly acteur: Acteur;
  /** The instant of the command, ISO 8601 with an offset (`2023-03-02T10:00:00+04:00`). */
  readonly now: string;
  /** The rules in force for this dossier (national defaults or an académie's). */
  readonly regles: WorkflowRules;
  /** Grids and scales beyond the national ones (an académie's own), used to validate positionnements. */
  readonly referentiel?: { readonly grilles?: readonly Grille[]; readonly echelles?: readonly Echelle[] };
}
