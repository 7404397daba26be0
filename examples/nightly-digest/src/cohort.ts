/**
 * A small Réunion cohort written through the service, for the job to read: stagiaires in three EPLEs, with
 * four tuteurs, two chefs d'établissement and two inspecteurs; a third of the tuteurs visit every week.
 *
 * @packageDocumentation
 */
import type { Acteur, Command, DossierState, Tremplin, TremplinError } from '@tremplin/core';
import { err, ok, type Result } from 'neverthrow';

const RECTORAT: Acteur = { role: 'rectorat', id: 'dpe-974', academie: 'reunion' };
const EPLES = [
  { uai: '9740001H', chef: { id: 'chef-974-1', nom: 'Payet', prenom: 'Sophie' } },
  { uai: '9740019C', chef: { id: 'chef-974-2', nom: 'Técher', prenom: 'Alain' } },
  { uai: '9740045F', chef: { id: 'chef-974-2', nom: 'Técher', prenom: 'Alain' } },
] as const;
const TUTEURS = [
  { id: 'tut-974-1', nom: 'Grondin', prenom: 'Paul' },
  { id: 'tut-974-2', nom: 'Fontaine', prenom: 'Marie' },
  { id: 'tut-974-3', nom: 'Hoarau', prenom: 'Jean' },
  { id: 'tut-974-4', nom: 'Maillot', prenom: 'Inès' },
] as const;
const DISCIPLINES = [
  { discipline: 'mathematiques', inspecteur: { id: 'ipr-974-1', nom: 'Rivière', prenom: 'Luc' } },
  { discipline: 'lettres-modernes', inspecteur: { id: 'ipr-974-2', nom: 'Lebon', prenom: 'Anne' } },
] as const;
const NOMS = ['Boyer', 'Dijoux', 'Hoareau', 'Lauret', 'Nativel', 'Robert', 'Sautron', 'Turpin', 'Virapoullé'];
const PRENOMS = ['Léa', 'Noah', 'Chloé', 'Enzo', 'Manon', 'Hugo', 'Inès', 'Louis', 'Jade'];

/** Mondays of September to November 2022, from the 5th: a weekly visit. */
function mondays(): string[] {
  const days: string[] = [];
  for (let d = Date.UTC(2022, 8, 5); d <= Date.UTC(2022, 10, 28); d += 7 * 86_400_000) {
    days.push(new Date(d).toISOString().slice(0, 10));
  }
  return days;
}

/** The commands of stagiaire number `i`, with their actor and instant. */
function commandsOf(i: number): { dossierId: string; steps: [Command, Acteur, string][] } {
  const dossierId = `REU-2022-${String(i + 1).padStart(4, '0')}`;
  const eple = EPLES[i % EPLES.length] as (typeof EPLES)[number];
  const tuteur = TUTEURS[i % TUTEURS.length] as (typeof TUTEURS)[number];
  const { discipline, inspecteur } = DISCIPLINES[i % DISCIPLINES.length] as (typeof DISCIPLINES)[number];
  const steps: [Command, Acteur, string][] = [
    [
      {
        type: 'dossier.ouvrir',
        dossierId,
        identite: {
          stagiaire: {
            id: `stg-974-${i + 1}`,
            nom: NOMS[i % NOMS.length] as string,
            prenom: PRENOMS[(i * 4) % PRENOMS.length] as string,
          },
          academie: 'reunion',
          anneeScolaire: '2022-2023',
          corps: 'certifie',
          discipline,
          uai: eple.uai,
          quotite: 'temps-plein',
          categorie: 'master-meef',
          master: 'detenu',
          stageRenouvele: false,
          dateNominationPrevue: '2022-09-01',
        },
        acteurs: {
          tuteurs: [tuteur],
          chefEtablissement: eple.chef,
          inspecteur,
          formateursInspe: [],
          directeurInspe: null,
        },
      },
      RECTORAT,
      '2022-07-15T10:00:00+04:00',
    ],
    [{ type: 'nomination.prononcer' }, RECTORAT, '2022-09-01T08:00:00+04:00'],
  ];
  // Tuteurs 1 and 3 visit their stagiaire every Monday; tuteurs 2 and 4 never do.
  if (i % TUTEURS.length === 0 || i % TUTEURS.length === 2) {
    for (const [n, day] of mondays().entries()) {
      steps.push([
        {
          type: 'visite.realiser',
          visiteId: `v${n + 1}`,
          nature: 'visite-formative',
          date: day,
          pointsAppui: [],
          competencesATravailler: [],
          conseils: [],
          axesDeTravail: [],
        },
        { role: 'tuteur', id: tuteur.id },
        `${day}T16:00:00+04:00`,
      ]);
    }
  }
  return { dossierId, steps };
}

/**
 * Writes a cohort of `count` stagiaires through the service, in one unit of work: one transaction when the
 * store offers `appendBatch`, so a failed seed leaves the database empty.
 *
 * @param tremplin - the service over an empty store (the seed acts as the rectorat and the tuteurs, on the
 * operator's machine).
 * @param count - how many stagiaires.
 * @returns the dossiers' states, or the first error (nothing is written then).
 */
export async function seedCohort(
  tremplin: Tremplin,
  count: number,
): Promise<Result<DossierState[], TremplinError>> {
  const batch = tremplin.unitOfWork({ assumeNew: true });
  const states: DossierState[] = [];
  for (let i = 0; i < count; i++) {
    const { dossierId, steps } = commandsOf(i);
    let state: DossierState | null = null;
    for (const [command, acteur, at] of steps) {
      const executed = await batch.execute(dossierId, command, { acteur, at });
      if (executed.isErr()) return err(executed.error);
      state = executed.value.state;
    }
    if (state !== null) states.push(state);
  }
  const written = await batch.commit();
  return written.isErr() ? err(written.error) : ok(states);
}
