import { packReunion } from '@tremplin/academie-reunion';
import {
  CALENDRIERS,
  type Command,
  compileRules,
  type DossierEvent,
  type DossierState,
  dossierSummary,
  evaluateDossier,
  findCalendrier,
  foldDossier,
  packNational,
  transition,
} from '@tremplin/core';
import { createMemoryStore } from '@tremplin/storage-memory';

// 1. Les règles : le national, puis ce que l’académie de La Réunion change, pour 2022-2023.
const calendrier = findCalendrier(CALENDRIERS, 'reunion', '2022-2023')._unsafeUnwrap();
const regles = compileRules({
  layers: [packNational, packReunion],
  anneeScolaire: '2022-2023',
  calendrier,
})._unsafeUnwrap();

// 2. Un store : en mémoire ici ; createSqliteStore({ file }) pour garder les données.
const store = createMemoryStore<DossierEvent>();
const rectorat = { role: 'rectorat', id: 'dpe-974', academie: 'reunion' } as const;
let etat: DossierState | null = null;

// 3. Une commande : le workflow décide (ou refuse, avec ses raisons), le store garde les événements.
async function enregistrer(commande: Command, le: string): Promise<void> {
  const decision = transition(etat, commande, { acteur: rectorat, now: le, regles: regles.workflow });
  if (decision.isErr()) throw new Error(JSON.stringify(decision.error));
  const avant = etat?.sequence ?? 0;
  const apres = foldDossier(
    decision.value.map((event, i) => ({ sequence: avant + i + 1, event })),
    etat,
  )._unsafeUnwrap();
  const ajout = await store.append({
    dossierId: apres.dossierId,
    expectedSequence: avant,
    idempotencyKey: `${commande.type}@${le}`,
    recordedAt: le,
    events: decision.value,
    index: dossierSummary(apres),
  });
  if (ajout.isErr()) throw new Error(ajout.error.message);
  etat = apres;
}

await enregistrer(
  {
    type: 'dossier.ouvrir',
    dossierId: 'REU-2022-0001',
    identite: {
      stagiaire: {
        id: 'stg-1',
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
      tuteurs: [{ id: 'tut-1', nom: 'Grondin', prenom: 'Paul' }],
      chefEtablissement: { id: 'chef-1', nom: 'Payet', prenom: 'Sophie' },
      inspecteur: null,
      formateursInspe: [],
      directeurInspe: null,
    },
  },
  '2022-07-15T10:00:00+04:00',
);
await enregistrer({ type: 'nomination.prononcer' }, '2022-09-01T08:00:00+04:00');

// 4. Les échéances et les alertes du dossier à un instant, dans le fuseau de l’académie.
const dossier = foldDossier((await store.load('REU-2022-0001'))._unsafeUnwrap().events)._unsafeUnwrap();
const { deadlines, alerts } = evaluateDossier(dossier, '2022-12-05T08:00:00+04:00', regles)._unsafeUnwrap();
for (const e of deadlines.filter((d) => !d.informative)) console.log(`${e.due} ${e.status} ${e.label}`);
for (const a of alerts) console.log(`${a.code} → ${a.recipients.join(', ')} : ${a.message}`);
