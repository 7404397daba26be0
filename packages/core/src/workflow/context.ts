/**
 * What a decision needs besides the state and the command: the actor, the instant and the rules.
 *
 * @packageDocumentation
 */
import type { Acteur } from '../dossier/acteurs.js';
import type { Echelle, Grille } from '../referentiel/types.js';
import type { WorkflowRules } from './rules.js';

/**
 * The context of a command.
 *
 * @remarks Time is a parameter: the workflow never reads the clock. `now` is read as a calendar day in the
 * rules' time zone (`rules.fuseauHoraire`) for checks such as « a visit cannot be recorded before it happens ».
 * Give `rules`; `transition` answers a `ValidationError` (code `contexte.rules-manquantes`) when neither `rules`
 * nor the former `regles` is given.
 * @category Workflow
 */
export interface WorkflowContext {
  /** Who issues the command, with the scope of his role. */
  readonly acteur: Acteur;
  /** The instant of the command, ISO 8601 with an offset (`2023-03-02T10:00:00+04:00`). */
  readonly now: string;
  /** The rules in force for this dossier (national defaults or an académie's). Required from 0.3.0. */
  readonly rules?: WorkflowRules | undefined;
  /** @deprecated since 0.2.0 — use {@link WorkflowContext.rules}; removed in 0.3.0. */
  readonly regles?: WorkflowRules | undefined;
  /**
   * The instant of the dossier's last event (its `le`), when the caller has the log (the service does): a
   * command dated before it is refused (`instant.anterieur`), unless it is a dated correction.
   */
  readonly dernierInstant?: string | undefined;
  /** Grids and scales beyond the national ones (an académie's own), used to validate positionnements. */
  readonly referentiel?: { readonly grilles?: readonly Grille[]; readonly echelles?: readonly Echelle[] };
}

/**
 * A context whose rules were found (`rules ?? regles`): what the command handlers read.
 *
 * @category Workflow
 */
export interface RuledContext extends WorkflowContext {
  readonly rules: WorkflowRules;
}
