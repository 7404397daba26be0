/**
 * A stagiaire of the académie de La Réunion, opened in July 2022 and nominated on 1 September, written to the
 * store through the service — what the rectorat's import would have done.
 *
 * @packageDocumentation
 */
import type { Acteur, Command, DossierState, Tremplin, TremplinError } from '@tremplin/core';
import { err, type Result } from 'neverthrow';

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
 * Opens and nominates a dossier, in one batch written at once.
 *
 * @param tremplin - a service trusting its callers (the seed runs on the operator's machine, not for a client).
 * @param dossierId - the dossier's identifier.
 * @returns the dossier's state, or the first error.
 */
export async function seedDossier(
  tremplin: Tremplin,
  dossierId: string,
): Promise<Result<DossierState, TremplinError>> {
  const batch = tremplin.unitOfWork();
  const steps: [Command, string][] = [
    [ouvertureReunion(dossierId), '2022-07-15T10:00:00+04:00'],
    [{ type: 'nomination.prononcer' }, '2022-09-01T08:00:00+04:00'],
  ];
  for (const [command, at] of steps) {
    const executed = await batch.execute(dossierId, command, { acteur: RECTORAT_REUNION, at });
    if (executed.isErr()) return err(executed.error);
  }
  const written = await batch.commit();
  if (written.isErr()) return err(written.error);
  return tremplin.load(dossierId);
}
