/**
 * A stagiaire of the académie de La Réunion, opened in July 2022 and nominated on 1 September, written to the
 * store through the workflow — what the rectorat's import would have done.
 *
 * @packageDocumentation
 */
import {
  type Acteur,
  type Command,
  type DossierEvent,
  type DossierState,
  dossierSummary,
  foldDossier,
  type Store,
  type TremplinError,
  transition,
} from '@tremplin/core';
import { err, ok, type Result } from 'neverthrow';
import type { RulesFor } from './rules.js';

/** The rectorat of La Réunion, as the seed's actor. */
export const RECTORAT_REUNION: Acteur = { role: 'rectorat', id: 'dpe-974', academie: 'reunion' };

/**
 * The command opening a certifié de mathématiques' dossier in a Saint-Denis collège, with his tuteur, chef
 * d'établissement and inspecteur.
 *
 * @param dossierId - the dossier's identifier.
 * @returns the `dossier.ouvrir` command.
 */
export function ouvertureReunion(dossierId: string): Command {
  return {
    type: 'dossier.ouvrir',
    dossierId,
    identite: {
      stagiaire: {
        id: 'stg-974-1',
        nom: 'Hoarau',
        prenom: 'Léa',
        numen: null,
        dateNaissance: null,
        courriel: null,
      },
      academie: 'reunion',
      anneeScolaire: '2022-2023',
      corps: 'certifie',
      discipline: 'mathematiques',
      uai: '9740001H',
      quotite: 'temps-plein',
      categorie: 'master-meef',
      master: 'detenu',
      stageRenouvele: false,
      dateNominationPrevue: '2022-09-01',
    },
    acteurs: {
      tuteurs: [{ id: 'tut-974-12', nom: 'Grondin', prenom: 'Paul' }],
      chefEtablissement: { id: 'chef-974-3', nom: 'Payet', prenom: 'Sophie' },
      inspecteur: { id: 'ipr-974-5', nom: 'Rivière', prenom: 'Jean' },
      formateursInspe: [],
      directeurInspe: null,
    },
  };
}

/**
 * Opens and nominates a dossier.
 *
 * @param store - the store.
 * @param rules - the rules lookup.
 * @param dossierId - the dossier's identifier.
 * @returns the dossier's state, or the first error.
 */
export async function seedDossier(
  store: Store<DossierEvent>,
  rules: RulesFor,
  dossierId: string,
): Promise<Result<DossierState, TremplinError>> {
  const compiled = rules('reunion', '2022-2023');
  if (compiled.isErr()) return err(compiled.error);
  const steps: [Command, string][] = [
    [ouvertureReunion(dossierId), '2022-07-15T10:00:00+04:00'],
    [{ type: 'nomination.prononcer' }, '2022-09-01T08:00:00+04:00'],
  ];
  let state: DossierState | null = null;
  for (const [command, now] of steps) {
    const decided = transition(state, command, {
      acteur: RECTORAT_REUNION,
      now,
      regles: compiled.value.workflow,
    });
    if (decided.isErr()) return err(decided.error);
    const base: number = state?.sequence ?? 0;
    const after = foldDossier(
      decided.value.map((event, i) => ({ sequence: base + i + 1, event })),
      state,
    );
    if (after.isErr()) return err(after.error);
    const appended = await store.append({
      dossierId,
      expectedSequence: base,
      idempotencyKey: `seed:${command.type}`,
      recordedAt: now,
      events: decided.value,
      index: dossierSummary(after.value),
    });
    if (appended.isErr()) return err(appended.error);
    state = after.value;
  }
  return state === null ? err({ kind: 'not-found', message: 'Rien à écrire.', id: dossierId }) : ok(state);
}
