/**
 * The job's command line:
 *
 * ```sh
 * node dist/main.js --db stage.sqlite [--at 2022-12-05T06:00:00+04:00] [--out digests] [--seed 24]
 * ```
 *
 * `--seed N` first writes a demo cohort of N stagiaires into an empty database. `--at` defaults to the clock.
 *
 * @packageDocumentation
 */
import { parseArgs } from 'node:util';
import { packReunion } from '@tremplin/academie-reunion';
import {
  CALENDRIERS,
  compileRules,
  type DossierEvent,
  findCalendrier,
  packNational,
  type TremplinError,
} from '@tremplin/core';
import { createSqliteStore } from '@tremplin/storage-sqlite';
import { seedCohort } from './cohort.js';
import { runNightlyDigest } from './digest.js';

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'stage.sqlite' },
    at: { type: 'string' },
    out: { type: 'string', default: 'digests' },
    seed: { type: 'string' },
  },
});

const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};
const describe = (e: TremplinError): string =>
  e.kind === 'refusal' ? e.reasons.map((r) => r.message).join(' ; ') : e.message;

const store = createSqliteStore<DossierEvent>({ file: values.db }).match(
  (s) => s,
  (e) => fail(e.message),
);
if (values.seed !== undefined) {
  const calendrier = findCalendrier(CALENDRIERS, 'reunion', '2022-2023')._unsafeUnwrap();
  const compiled = compileRules({
    layers: [packNational, packReunion],
    anneeScolaire: '2022-2023',
    calendrier,
  });
  const regles = compiled.match(
    (c) => c.workflow,
    (e) => fail(e.message),
  );
  const seeded = await seedCohort(store, regles, Number(values.seed));
  if (seeded.isErr()) fail(describe(seeded.error));
}

const report = await runNightlyDigest({
  store,
  filter: { academie: 'reunion', etat: ['en-stage', 'devant-jury'] },
  at: values.at ?? new Date().toISOString(),
  rules: packReunion,
  outDir: values.out,
});
await store.close();
if (report.isErr()) fail(describe(report.error));
const r = report._unsafeUnwrap();
console.log(`${r.instant} : ${r.dossiers} dossiers, ${r.alerts} alertes, ${r.digests.length} destinataires.`);
for (const d of r.digests)
  console.log(`  ${d.textFile.padEnd(28)} ${String(d.alerts).padStart(3)} alerte(s)  ${d.name}`);
for (const u of r.unaddressed) console.log(`  sans destinataire : ${u.code} (${u.role}) sur ${u.dossierId}`);
for (const s of r.skipped) console.log(`  non évalué : ${s.dossierId} — ${s.error.message}`);
