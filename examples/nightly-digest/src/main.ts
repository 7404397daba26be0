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
import { createRulesRegistry, createTremplin, type DossierEvent, describeError } from '@tremplin/core';
import { createSqliteStore } from '@tremplin/storage-sqlite';
import { seedCohort } from './cohort.js';
import { runNightlyDigest } from './digest.js';
import { packAcademieExemple } from './pack.js';

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'stage.sqlite' },
    at: { type: 'string' },
    out: { type: 'string', default: 'digests' },
    seed: { type: 'string' },
  },
});

/** Runs the job; returns the reason it failed, in French. */
async function main(): Promise<string | undefined> {
  const rules = createRulesRegistry({ packs: [packAcademieExemple] });
  if (rules.isErr()) return describeError(rules.error);
  const store = createSqliteStore<DossierEvent>({ file: values.db });
  if (store.isErr()) return describeError(store.error);
  const tremplin = createTremplin({ store: store.value, rules: rules.value });
  if (values.seed !== undefined) {
    const seeded = await seedCohort(tremplin, Number(values.seed));
    if (seeded.isErr()) return describeError(seeded.error);
  }
  const report = await runNightlyDigest({
    tremplin,
    filter: { academie: 'reunion', etat: ['en-stage', 'devant-jury'] },
    at: values.at ?? new Date().toISOString(),
    outDir: values.out,
  });
  await store.value.close();
  if (report.isErr()) return describeError(report.error);
  const r = report.value;
  console.log(
    `${r.instant} : ${r.dossiers} dossiers, ${r.alerts} alertes, ${r.digests.length} destinataires.`,
  );
  for (const d of r.digests)
    console.log(`  ${d.textFile.padEnd(28)} ${String(d.alerts).padStart(3)} alerte(s)  ${d.name}`);
  for (const u of r.unaddressed)
    console.log(`  sans destinataire : ${u.code} (${u.role}) sur ${u.dossierId}`);
  for (const s of r.skipped) console.log(`  non évalué : ${s.dossierId} — ${s.error.message}`);
  return undefined;
}

const echec = await main();
if (echec !== undefined) {
  console.error(`Échec : ${echec}`);
  process.exitCode = 1;
}
