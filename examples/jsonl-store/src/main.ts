/**
 * `npm start -- <journal.jsonl>`: opens a stagiaire's dossier in a journal file through the service (or finds
 * it there from a previous run), records one more tuteur visit, and prints what the journal holds.
 *
 * @packageDocumentation
 */
import {
  type Acteur,
  type Command,
  createRulesRegistry,
  createTremplin,
  type DossierEvent,
  describeError,
  type Tremplin,
} from '@tremplin/core';
import { openJsonlStore } from './jsonl-store.js';

const file = process.argv[2] ?? 'tremplin-journal.jsonl';
const DOSSIER = 'REU-2022-0001';
const rectorat: Acteur = { role: 'rectorat', id: 'dpe-974', academie: 'reunion' };
const tuteur: Acteur = { role: 'tuteur', id: 'tut-974-12' };

const ouverture: Command = {
  type: 'dossier.ouvrir',
  dossierId: DOSSIER,
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
    chefEtablissement: null,
    inspecteur: null,
    formateursInspe: [],
    directeurInspe: null,
  },
};

/** The next weekly visit: the dossier is opened and nominated first if the journal does not hold it yet. */
async function recordVisit(tremplin: Tremplin): Promise<string | undefined> {
  const steps: [Command, Acteur, string][] = [
    [ouverture, rectorat, '2022-07-15T10:00:00+04:00'],
    [{ type: 'nomination.prononcer' }, rectorat, '2022-09-01T08:00:00+04:00'],
  ];
  // Same command, same instant, same key: on a later run these are replays, nothing is written.
  for (const [command, acteur, at] of steps) {
    const r = await tremplin.execute(DOSSIER, command, { acteur, at });
    if (r.isErr()) return describeError(r.error);
  }
  const before = await tremplin.load(DOSSIER);
  if (before.isErr()) return describeError(before.error);
  const visits = before.value.visites.length;
  // One visit per school week, from Monday 12 September 2022.
  const day = new Date(Date.UTC(2022, 8, 12 + 7 * visits)).toISOString().slice(0, 10);
  const visite: Command = {
    type: 'visite.realiser',
    visiteId: `v${visits + 1}`,
    nature: 'visite-formative',
    date: day,
    pointsAppui: [],
    competencesATravailler: [],
    conseils: ['Ritualiser l’entrée en classe.'],
    axesDeTravail: [],
  };
  const r = await tremplin.execute(DOSSIER, visite, { acteur: tuteur, at: `${day}T16:00:00+04:00` });
  if (r.isErr()) return describeError(r.error);
  const { state } = r.value;
  console.log(
    `${file} : dossier ${DOSSIER} « ${state.etat} », ${state.visites.length} visite(s), séquence ${state.sequence}.`,
  );
  return undefined;
}

async function main(): Promise<string | undefined> {
  const store = await openJsonlStore<DossierEvent>({ file });
  if (store.isErr()) return describeError(store.error);
  if (store.value.recoveredBytes > 0)
    console.log(`Ligne incomplète retirée : ${store.value.recoveredBytes} octets.`);
  // The national rules with the calendars shipped in core: La Réunion's zone, Indian/Reunion, comes with them.
  const rules = createRulesRegistry();
  if (rules.isErr()) return describeError(rules.error);
  const failed = await recordVisit(createTremplin({ store: store.value, rules: rules.value }));
  const closed = await store.value.close();
  if (failed !== undefined) return failed;
  return closed.isErr() ? describeError(closed.error) : undefined;
}

const echec = await main();
if (echec !== undefined) {
  console.error(`Échec : ${echec}`);
  process.exitCode = 1;
}
