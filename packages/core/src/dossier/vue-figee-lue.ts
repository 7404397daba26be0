/**
 * The jury's frozen view checked when a dossier is read: an event that carries one (the jury's proposition, the
 * authority's act) must still match its hash, its own fields must be those the view froze, and the avis the
 * view froze must be those the log gives at that point. An avis or a decision edited in storage after the jury
 * is then reported, naming the dossier, instead of being read as if nothing happened.
 *
 * @packageDocumentation
 */
import { type Issue, issue, type ValidationError, validationError } from '../errors.js';
import { canonicalJson } from './empreinte.js';
import { verifyInstantane } from './instantane.js';
import type { InstantaneJury } from './instantane-schema.js';
import type { DossierState } from './state.js';

type Json = Record<string, unknown>;

function isObjet(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The fields of an avis the jury read and that no version of Tremplin has reshaped. */
const CHAMPS_AVIS = ['role', 'auteurId', 'sens', 'motivation', 'date'] as const;

function findAvisModifie(vue: Json, state: DossierState | null): string | null {
  if (!Array.isArray(vue.avis)) return null;
  const liste: readonly unknown[] = Array.isArray(state?.avis) ? state.avis : [];
  const lus = new Map(liste.filter(isObjet).map((a) => [a.avisId, a]));
  for (const fige of vue.avis) {
    if (!isObjet(fige) || typeof fige.avisId !== 'string') continue;
    const lu = lus.get(fige.avisId);
    if (lu === undefined) return fige.avisId;
    const change = CHAMPS_AVIS.some(
      (champ) =>
        Object.hasOwn(fige, champ) && canonicalJson(fige[champ]) !== canonicalJson(lu[champ] ?? null),
    );
    if (change) return fige.avisId;
  }
  return null;
}

function findChampActeModifie(vue: Json, event: Json): string | null {
  if (!isObjet(vue.acte)) return null;
  // Only the fields the event holds are compared: a 0.1 log recorded the jury's deliberation as the decision
  // itself, under a view frozen with the proposition's fields (`constat`, `jury`) that its event does not have.
  for (const [champ, valeur] of Object.entries(vue.acte)) {
    if (!Object.hasOwn(event, champ)) continue;
    if (canonicalJson(event[champ] ?? null) !== canonicalJson(valeur ?? null)) return champ;
  }
  return null;
}

function invalide(code: string, message: string, sequence: number): ValidationError {
  const found: Issue = issue(code, message, [sequence]);
  return validationError(message, [found]);
}

/**
 * Checks the frozen view an event carries against the event and the dossier as read.
 *
 * @param state - the dossier just before the event (the state the view was frozen from).
 * @param event - the stored event (any event: those without a frozen view pass).
 * @param dossierId - the dossier, named in the message.
 * @param sequence - the event's sequence.
 * @returns null when the view holds, or a {@link ValidationError} with code `vue-figee.alteree` (the view no
 * longer matches its hash), `vue-figee.acte-modifie` (a field of the proposition or the decision differs from
 * the one frozen) or `vue-figee.avis-modifie` (an avis the jury read is no longer the one in the log).
 * @remarks Arrêté du 22 août 2014 (NOR MENH1411675A), art. 7 and 9: the decision must be reproducible on appeal
 * from the dossier the jury read.
 * @category Dossier
 */
export function checkVueFigeeLue(
  state: DossierState | null,
  event: unknown,
  dossierId: string,
  sequence: number,
): ValidationError | null {
  if (!isObjet(event) || !isObjet(event.instantane) || !isObjet(event.instantane.vue)) return null;
  const instantane = event.instantane as unknown as InstantaneJury;
  const lieu = `du dossier ${dossierId} à la séquence ${sequence}`;
  if (!isObjet(instantane.regles) || !verifyInstantane(instantane)) {
    return invalide(
      'vue-figee.alteree',
      `La vue figée ${lieu} ne correspond plus à son empreinte : elle a été modifiée après l’acte. Restaurer le journal depuis une sauvegarde.`,
      sequence,
    );
  }
  const champ = findChampActeModifie(instantane.vue, event);
  if (champ !== null) {
    return invalide(
      'vue-figee.acte-modifie',
      `Le champ « ${champ} » de l’acte ${lieu} diffère de celui que la vue figée a enregistré : l’acte a été modifié après coup. Restaurer le journal depuis une sauvegarde.`,
      sequence,
    );
  }
  const avis = findAvisModifie(instantane.vue, state);
  if (avis !== null) {
    return invalide(
      'vue-figee.avis-modifie',
      `L’avis « ${avis} » lu par le jury ne correspond plus à celui du journal (vue figée ${lieu}) : il a été modifié après le jury. Restaurer le journal depuis une sauvegarde.`,
      sequence,
    );
  }
  return null;
}
