import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { doc, type RunResult, run, tempDir } from './helpers.js';

let dir: string;
let cleanup: () => void;
let first: RunResult;
let second: RunResult;
let other: RunResult;
const args = ['demo', '--stagiaires', '24', '--json'];

beforeAll(async () => {
  ({ dir, cleanup } = tempDir());
  first = await run([...args, '--out', 'a'], { cwd: dir });
  second = await run([...args, '--out', 'b'], { cwd: dir });
  other = await run([...args, '--out', 'c', '--seed', '2023'], { cwd: dir });
}, 180_000);
afterAll(() => cleanup());

describe('tremplin demo', () => {
  it('simulates the year through the workflow without an unexpected outcome', () => {
    expect(first.code).toBe(0);
    const r = doc(first).result;
    expect(r.commands.unexpected).toEqual([]);
    expect(r.cohort.stagiaires).toBe(24);
    expect(r.events).toBeGreaterThan(24 * 30);
    expect(r.refusalsByCode).toMatchObject({
      'piece-manquante.avis-inspecteur': expect.any(Number),
      'jury.entretien-requis': expect.any(Number),
    });
    expect(r.db).toBe(join(dir, 'a', 'tremplin-demo.sqlite'));
  });

  it('reaches every kind of decision the brief asks for', () => {
    const r = doc(first).result;
    expect(Object.keys(r.decisions).sort()).toEqual(
      [
        'demission',
        'licenciement',
        'prolongation-master',
        'reintegration',
        'renouvellement',
        'titularisation',
        'titularisation-apres-capa',
        'titularisation-sans-jury',
      ].sort(),
    );
    expect(r.decisions.titularisation).toBeGreaterThan(10);
    expect(r.decisions['titularisation-apres-capa']).toBeGreaterThanOrEqual(2);
    expect(r.cohort.parFonction.documentaliste).toBeGreaterThanOrEqual(1);
    expect(r.cohort.parCorps).not.toHaveProperty('documentaliste');
    // The chain: the jury proposes, the recteur (or the ministre) decides; agrégés go to the recteur and the CAPA.
    expect(r.commandsByType).toMatchObject({
      'jury.deliberer': expect.any(Number),
      'decision.prononcer': expect.any(Number),
      'ministre.saisir': 2,
      'recteur.saisir': expect.any(Number),
      'commission.rendre-avis': expect.any(Number),
    });
    const leave = r.prolongationsConges as {
      conges: string[];
      dateFinEffective: string;
      dateFinPourTitularisation: string;
      dateEffet: string;
    }[];
    expect(leave.length).toBe(3);
    const maternite = leave.find((p) => p.conges.some((c) => c.startsWith('maternite')));
    expect(maternite?.dateFinPourTitularisation).toBe('2023-08-31');
    expect(maternite?.dateEffet).toBe('2023-09-01');
    const maladie = leave.filter((p) => p.conges.some((c) => c.startsWith('maladie-ordinaire')));
    for (const p of maladie) expect(p.dateEffet > '2023-09-01').toBe(true);
  });

  it('counts the alerts raised by kind and month, from the Monday evaluations', () => {
    const r = doc(first).result;
    expect(r.months[0]).toBe('2022-09');
    expect(r.months.at(-1)).toBe('2023-07');
    expect(r.alertsRaised.BILAN_A_RENDRE['2022-11']).toBeGreaterThan(0);
    expect(r.alertsRaised.AVIS_A_RENDRE['2023-05']).toBeGreaterThan(0);
    expect(r.evaluations.mondays).toBe(44);
  });

  it('writes every kind of export and names the folder', () => {
    const r = doc(first).result;
    const paths: string[] = r.exports.files.map((f: { path: string }) => f.path);
    expect(r.exports.folder).toBe('a/exports');
    expect(
      paths.some((p) =>
        /^fiches-bilans\/intermediaire\/fiche-bilan-intermediaire-2022-2023-.*\.pdf$/.test(p),
      ),
    ).toBe(true);
    expect(paths.some((p) => /^fiches-bilans\/final\/.*\.pdf$/.test(p))).toBe(true);
    expect(paths.some((p) => /^listes-jury\/.*\.xlsx$/.test(p))).toBe(true);
    expect(paths.some((p) => /^listes-jury\/.*\.pdf$/.test(p))).toBe(true);
    // Agrégés: no jury, the CAPA's list; documentalistes on the certifiés' list (no list of their own).
    expect(paths).toContain('listes-jury/liste-capa-agrege-2022-2023.pdf');
    expect(paths.some((p) => p.includes('documentaliste'))).toBe(false);
    expect(paths.some((p) => /^calendriers\/etablissements\/.*\.ics$/.test(p))).toBe(true);
    expect(paths.some((p) => /^calendriers\/tuteurs\/.*\.ics$/.test(p))).toBe(true);
    expect(paths.some((p) => /^alertes\/.*2022-12-05\.xlsx$/.test(p))).toBe(true);
    expect(paths.some((p) => /^synthese\/.*\.xlsx$/.test(p))).toBe(true);
    expect(paths.some((p) => /^referentiel\/case-.*\.json$/.test(p))).toBe(true);
    const pdf = readFileSync(join(dir, 'a', 'exports', paths.find((p) => p.endsWith('.pdf')) ?? ''));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const ics = readFileSync(join(dir, 'a', 'exports', paths.find((p) => p.endsWith('.ics')) ?? ''), 'utf8');
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('Indian/Reunion');
  });

  it('gives the same report and the same bytes for the same seed, and another year for another seed', () => {
    const a = doc(first).result;
    const b = doc(second).result;
    const strip = (r: Record<string, unknown>) => ({
      ...r,
      db: undefined,
      exports: { ...(r.exports as object), folder: undefined },
    });
    expect(strip(b)).toEqual(strip(a));
    expect(a.exports.files.length).toBeGreaterThan(50);
    const c = doc(other).result;
    expect(c.seed).toBe(2023);
    expect(c.exports.files.map((f: { sha256: string }) => f.sha256)).not.toEqual(
      a.exports.files.map((f: { sha256: string }) => f.sha256),
    );
    expect(readFileSync(join(dir, 'a', 'resume.json'), 'utf8')).toContain('"seed": 974');
  });

  it('leaves a database the other commands read', async () => {
    const db = ['--db', join('a', 'tremplin-demo.sqlite')];
    const status = doc(await run(['status', ...db, '--json'], { cwd: dir })).result;
    expect(status.count).toBe(24);
    const alerts = doc(await run(['alerts', ...db, '--at', '2022-12-05', '--json'], { cwd: dir })).result;
    expect(alerts.instants.reunion).toBe('2022-12-05T00:00:00.000+04:00');
    expect(alerts.count).toBeGreaterThan(0);
  });

  it('refuses to write into a database that holds dossiers', async () => {
    const r = await run(
      ['demo', '--stagiaires', '12', '--out', 'd', '--db', join('a', 'tremplin-demo.sqlite')],
      { cwd: dir },
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('contient déjà des dossiers');
  });
});
