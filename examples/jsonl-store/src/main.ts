/**
 * `npm start -- <journal.jsonl>`: opens a stagiaire's dossier in a journal file through the workflow (or finds
 * it there from a previous run), records one more tuteur visit, and prints what the journal holds.
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
  reglesNationales,
  transition,
  type WorkflowRules,
} from '@tremplin/core';
import { openJsonlStore } from './jsonl-store.js';

const file = process.argv[2] ?? 'tremplin-journal.jsonl';
const DOSSIER = 'REU-2022-0001';
const regles: WorkflowRules = {
  ...reglesNationales,
  fuseauHoraire: { ...reglesNationales.fuseauHoraire, valeur: 'Indian/Reunion' },
};
const rectorat: Acteur = { role: 'rectorat', id: 'dpe-974', academie: 'reunion' };
const tuteur: Acteur = { role: 'tuteur', id: 'tut-974-12' };

const store = (await openJsonlStore<DossierEvent>({ file })).match(
  (s) => s,
  (e) => {
    console.error(e.message);
    process.exit(1);
  },
);
if (store.recoveredBytes > 0) console.log(`Ligne incomplète retirée : ${store.recoveredBytes} octets.`);

/** Decides a command on the dossier's current state and appends its events. */
async function record(command: Command, acteur: Acteur, now: string, key: string): Promise<DossierState> {
  const loaded = await store.load(DOSSIER);
  const events = loaded.isOk() ? loaded.value.events : [];
  const before = events.length === 0 ? null : foldDossier(events)._unsafeUnwrap();
  const decided = transition(before, command, { acteur, now, regles });
  if (decided.isErr()) throw new Error(`${command.type} refusée : ${JSON.stringify(decided.error)}`);
  const base = before?.sequence ?? 0;
  const after = foldDossier(
    decided.value.map((event, i) => ({ sequence: base + i + 1, event })),
    before,
  )._unsafeUnwrap();
  const appended = await store.append({
    dossierId: DOSSIER,
    expectedSequence: base,
    idempotencyKey: key,
    recordedAt: now,
    events: decided.value,
    index: dossierSummary(after),
  });
  if (appended.isErr()) throw new Error(appended.error.message);
  return after;
}

const existing = await store.load(DOSSIER);
if (existing.isErr()) {
  await record(
    {
      type: 'dossier.ouvrir',
      dossierId: DOSSIER,
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
        chefEtablissement: null,
        inspecteur: null,
        formateursInspe: [],
        directeurInspe: null,
      },
    },
    rectorat,
    '2022-07-15T10:00:00+04:00',
    'ouverture',
  );
  await record({ type: 'nomination.prononcer' }, rectorat, '2022-09-01T08:00:00+04:00', 'nomination');
}
const visits = (await store.load(DOSSIER))
  ._unsafeUnwrap()
  .events.filter((e) => e.event.type === 'visite.realisee').length;
// One visit per school week, from Monday 12 September 2022.
const day = new Date(Date.UTC(2022, 8, 12 + 7 * visits)).toISOString().slice(0, 10);
const state = await record(
  {
    type: 'visite.realiser',
    visiteId: `v${visits + 1}`,
    nature: 'visite-formative',
    date: day,
    pointsAppui: [],
    competencesATravailler: [],
    conseils: ['Ritualiser l’entrée en classe.'],
    axesDeTravail: [],
  },
  tuteur,
  `${day}T16:00:00+04:00`,
  `visite-${visits + 1}`,
);
console.log(
  `${file} : dossier ${DOSSIER} « ${state.etat} », ${state.visites.length} visite(s), séquence ${state.sequence}.`,
);
(await store.close())._unsafeUnwrap();
