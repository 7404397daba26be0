// The nightly job end to end: a Réunion cohort written through the service to a SQLite file, read back by the
// job (one dossier at a time), one digest (text + CSV) per person, checked against the core's own evaluation of the same dossiers.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createRulesRegistry,
  createTremplin,
  type DossierEvent,
  type DossierState,
  evaluateCohort,
  type Tremplin,
} from '@tremplin/core';
import { listPersonnesDuRole } from '@tremplin/export-spreadsheet';
import { createSqliteStore, type SqliteStore } from '@tremplin/storage-sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCohort } from '../src/cohort.js';
import { runNightlyDigest } from '../src/digest.js';
import { packAcademieExemple } from '../src/pack.js';

const AT = '2022-12-05T06:00:00+04:00';
const dir = mkdtempSync(join(tmpdir(), 'tremplin-digest-'));
let store: SqliteStore<DossierEvent>;
let tremplin: Tremplin;
let states: DossierState[];

beforeAll(async () => {
  store = createSqliteStore<DossierEvent>({ file: join(dir, 'stage.sqlite') })._unsafeUnwrap();
  const rules = createRulesRegistry({ packs: [packAcademieExemple] })._unsafeUnwrap();
  tremplin = createTremplin({ store, rules });
  states = (await seedCohort(tremplin, 8))._unsafeUnwrap();
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const run = (outDir: string, filter = {}) =>
  runNightlyDigest({ tremplin, filter: { academie: 'reunion', ...filter }, at: AT, outDir });

describe('the nightly digest', () => {
  it('writes one text and one CSV per person an alert is addressed to', async () => {
    const out = join(dir, 'run-1');
    const report = (await run(out))._unsafeUnwrap();
    expect(report).toMatchObject({ instant: '2022-12-05T06:00:00.000+04:00', dossiers: 8, skipped: [] });
    // 4 tuteurs, 2 chefs d'établissement, 2 inspecteurs, 8 stagiaires.
    const byRole = new Map<string, number>();
    for (const d of report.digests) byRole.set(d.role, (byRole.get(d.role) ?? 0) + 1);
    expect(Object.fromEntries(byRole)).toEqual({
      'chef-etablissement': 2,
      inspecteur: 2,
      stagiaire: 8,
      tuteur: 4,
    });
    expect(readdirSync(out).sort()).toEqual(report.digests.flatMap((d) => [d.csvFile, d.textFile]).sort());
  });

  it('gives each person exactly the alerts addressed to his role on his dossiers (checked against the core)', async () => {
    const out = join(dir, 'run-2');
    const report = (await run(out))._unsafeUnwrap();
    const evaluations = evaluateCohort(states, AT, packAcademieExemple)._unsafeUnwrap().evaluations;
    for (const digest of report.digests) {
      const expected = evaluations.flatMap((e) => {
        const state = states.find((s) => s.dossierId === e.dossierId) as DossierState;
        const holds = listPersonnesDuRole(state, digest.role).some((p) => p.id === digest.personId);
        return holds
          ? e.alerts.filter((a) => a.recipients.includes(digest.role)).map((a) => `${e.dossierId} ${a.key}`)
          : [];
      });
      expect(digest.alerts, digest.textFile).toBe(expected.length);
      const csv = readFileSync(join(out, digest.csvFile), 'utf8').trim().split('\r\n');
      expect(csv.length - 1, digest.csvFile).toBe(expected.length);
      const rows = csv.slice(1).map((line) => {
        const cells = line.split(';');
        return `${cells.at(-2)} ${cells.at(-1)}`;
      });
      expect(rows.sort()).toEqual(expected.sort());
    }
  });

  it('tells a tuteur who never visits, and not one who visits weekly', async () => {
    const out = join(dir, 'run-3');
    await run(out);
    const absent = readFileSync(join(out, 'tuteur-tut-974-2.txt'), 'utf8');
    expect(absent).toMatch(/^Bonjour Marie Fontaine,/);
    expect(absent).toContain('Visites du tuteur dans les classes du stagiaire');
    expect(absent).toContain('dossier REU-2022-0002');
    expect(absent).toContain('dossier REU-2022-0006');
    expect(absent).not.toContain('REU-2022-0001');
    const present = readFileSync(join(out, 'tuteur-tut-974-1.txt'), 'utf8');
    expect(present).not.toContain('Visites du tuteur dans les classes du stagiaire');
    // Nobody filed the « fin novembre » bilan: every tuteur is told.
    expect(present).toContain('Bilan intermédiaire du tuteur');
    expect(present).toContain('(échéance : 2022-11-30)');
  });

  it('reports the alerts nobody can receive instead of dropping them', async () => {
    const report = (await run(join(dir, 'run-4')))._unsafeUnwrap();
    // No INSPÉ trainer is designated in this cohort.
    expect(report.unaddressed.length).toBeGreaterThan(0);
    for (const u of report.unaddressed) expect(u).toMatchObject({ role: 'formateur-inspe' });
  });

  it('is deterministic: the same data at the same instant give the same bytes', async () => {
    await run(join(dir, 'a'));
    await run(join(dir, 'b'));
    const files = readdirSync(join(dir, 'a')).sort();
    expect(readdirSync(join(dir, 'b')).sort()).toEqual(files);
    for (const f of files)
      expect(readFileSync(join(dir, 'b', f)), f).toEqual(readFileSync(join(dir, 'a', f)));
  });

  it('reads only the selected dossiers', async () => {
    const report = (await run(join(dir, 'run-5'), { uai: '9740001H' }))._unsafeUnwrap();
    expect(report.dossiers).toBe(3);
    expect(report.digests.filter((d) => d.role === 'chef-etablissement').map((d) => d.personId)).toEqual([
      'chef-974-1',
    ]);
  });

  it('reads the cohort as one stream, folding dossier by dossier, never loading them one by one', async () => {
    const calls: string[] = [];
    const watched = new Proxy(store, {
      get(target, name, receiver) {
        const value = Reflect.get(target, name, receiver);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          calls.push(String(name));
          return value.apply(target, args);
        };
      },
    });
    const rules = createRulesRegistry({ packs: [packAcademieExemple] })._unsafeUnwrap();
    const report = await runNightlyDigest({
      tremplin: createTremplin({ store: watched, rules }),
      filter: { academie: 'reunion' },
      at: AT,
      outDir: join(dir, 'run-6'),
    });
    expect(report.isOk() && report.value.dossiers).toBe(8);
    expect(calls).toEqual(['streamCohort']);
  });
});
