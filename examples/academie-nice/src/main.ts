/**
 * `npm start -- [instant]`: the deadlines and alerts of a Nice stagiaire at an instant under the pack, with the
 * layer and source of each due date — what the pack changed, and what it inherited.
 *
 * @packageDocumentation
 */
import { type DossierEvent, evaluateCohort, foldDossier, type SequencedEvent } from '@tremplin/core';
import { packNice } from './pack.js';

const instant = process.argv[2] ?? '2022-10-24T08:00:00+02:00';
const rectorat = { role: 'rectorat', id: 'dpe-06' } as const;

const events: DossierEvent[] = [
  {
    type: 'dossier.ouvert',
    v: 1,
    le: '2022-07-15T10:00:00+02:00',
    auteur: rectorat,
    dossierId: 'NICE-2022-0042',
    identite: {
      stagiaire: {
        id: 'stg-06-42',
        nom: 'Giordano',
        prenom: 'Lucas',
        numen: null,
        dateNaissance: null,
        courriel: null,
      },
      academie: 'nice',
      anneeScolaire: '2022-2023',
      corps: 'certifie',
      discipline: 'histoire-geographie',
      uai: '0060030A',
      quotite: 'temps-plein',
      categorie: 'master-meef',
      master: 'detenu',
      stageRenouvele: false,
      dateNominationPrevue: '2022-09-01',
    },
    acteurs: {
      tuteurs: [{ id: 'tut-06-7', nom: 'Bianchi', prenom: 'Claire' }],
      chefEtablissement: { id: 'chef-06-1', nom: 'Rossi', prenom: 'Marc' },
      inspecteur: { id: 'ipr-06-3', nom: 'Ferrero', prenom: 'Anne' },
      formateursInspe: [{ id: 'inspe-06-9', nom: 'Leroy', prenom: 'Hugo' }],
      directeurInspe: null,
    },
  },
  {
    type: 'stagiaire.nomme',
    v: 1,
    le: '2022-09-01T08:00:00+02:00',
    auteur: rectorat,
    dateNomination: '2022-09-01',
    dateDebutStage: '2022-09-01',
    dateFinStatutaire: '2023-08-31',
  },
];

const sequenced: SequencedEvent[] = events.map((event, i) => ({ sequence: i + 1, event }));
const state = foldDossier(sequenced)._unsafeUnwrap();
const result = evaluateCohort([state], instant, packNice)._unsafeUnwrap();
const skipped = result.skipped[0];
if (skipped !== undefined) throw new Error(skipped.error.message);

for (const evaluation of result.evaluations) {
  console.log(`Dossier ${evaluation.dossierId} au ${evaluation.today} (${evaluation.instant})\n`);
  for (const d of evaluation.deadlines.filter((x) => !x.informative)) {
    const param = d.explanation.parameters[0];
    const origin = param === undefined ? '' : ` — ${param.layer} : ${param.source.texte}`;
    console.log(`  ${d.due}  ${d.status.padEnd(8)}  ${d.label}${origin}`);
  }
  console.log('');
  for (const a of evaluation.alerts)
    console.log(`  [${a.severity}] ${a.code} → ${a.recipients.join(', ')} : ${a.message}`);
}
