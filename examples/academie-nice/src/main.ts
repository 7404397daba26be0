/**
 * `npm start -- [instant]`: the deadlines and alerts of a Nice stagiaire at an instant under the pack, with the
 * layer and source of each due date — what the pack changed, and what it inherited. The dossier is opened and
 * the stagiaire nominated through the service, with the pack in its rules registry.
 *
 * @packageDocumentation
 */
import {
  type Command,
  createRulesRegistry,
  createTremplin,
  type DossierEvaluation,
  type DossierEvent,
  describeError,
} from '@tremplin/core';
import { createMemoryStore } from '@tremplin/storage-memory';
import { packNice } from './pack.js';

const instant = process.argv[2] ?? '2022-10-24T08:00:00+02:00';
const DOSSIER = 'NICE-2022-0042';
const rectorat = { role: 'rectorat', id: 'dpe-06', academie: 'nice' } as const;

const ouverture: Command = {
  type: 'dossier.ouvrir',
  dossierId: DOSSIER,
  identite: {
    stagiaire: {
      id: 'stg-06-42',
      nom: 'Giordano',
      prenom: 'Lucas',
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
};
const commandes: [Command, string][] = [
  [ouverture, '2022-07-15T10:00:00+02:00'],
  [{ type: 'nomination.prononcer' }, '2022-09-01T08:00:00+02:00'],
];

function print(evaluation: DossierEvaluation): void {
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

async function main(): Promise<string | undefined> {
  // The national rules, then what Nice changes: the registry layers them per school year.
  const rules = createRulesRegistry({ packs: [packNice] });
  if (rules.isErr()) return describeError(rules.error);
  const tremplin = createTremplin({ store: createMemoryStore<DossierEvent>(), rules: rules.value });
  for (const [commande, at] of commandes) {
    const r = await tremplin.execute(DOSSIER, commande, { acteur: rectorat, at });
    if (r.isErr()) return describeError(r.error);
  }
  const evaluation = await tremplin.evaluate(DOSSIER, instant);
  if (evaluation.isErr()) return describeError(evaluation.error);
  print(evaluation.value);
  return undefined;
}

const echec = await main();
if (echec !== undefined) {
  console.error(`Échec : ${echec}`);
  process.exitCode = 1;
}
