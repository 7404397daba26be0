// Personal data never leak: a cohort whose stagiaires carry marker NUMENs, birth dates and e-mails goes through
// every command of the CLI (registry.ts), with --json and without, and every exporter; stdout, stderr, every
// file written and the append-only log (the raw SQLite tables but the register of persons) are searched for
// the markers: none is found. Then `status --sensitive` shows them, so the search can fail.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../src/commands/registry.js';
import { DOSSIER_HEADER, dossierRow, RECTORAT } from './fixtures.js';
import { doc, type RunResult, run } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'tremplin-markers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const DB = join(dir, 'cohorte.sqlite');
const db = ['--db', DB];

/** The markers of stagiaire i (1–3): a NUMEN of 13 characters, a birth date, an e-mail. */
function marqueurs(i: number) {
  return {
    numen: `99MARQ000${i}ZZZ`,
    dateNaissance: `1983-07-1${i}`,
    dateFr: `1${i}/07/1983`,
    courriel: `marqueur-${i}@exemple.invalid`,
  };
}
const TOUS = [1, 2, 3].flatMap((i) => Object.values(marqueurs(i)));
// A rectification brings new values: they must stay out too.
const RECTIFIE = 'marqueur-9@exemple.invalid';
const INVALIDE = 'pas-un-numen';
const CHERCHES = [...TOUS, RECTIFIE, INVALIDE, '99MARQ', 'marqueur-', '@exemple.invalid'];

const outputs: Array<{ what: string; text: string }> = [];

async function cli(args: readonly string[], what = args.slice(0, 2).join(' ')): Promise<RunResult> {
  const r = await run(args, { cwd: dir });
  outputs.push({ what: `${what} (stdout)`, text: r.stdout }, { what: `${what} (stderr)`, text: r.stderr });
  return r;
}

/** Every command with and without --json. */
async function both(args: readonly string[]): Promise<RunResult[]> {
  return [await cli(args), await cli([...args, '--json'], `${args.slice(0, 2).join(' ')} --json`)];
}

function filesUnder(root: string): string[] {
  return readdirSync(root).flatMap((name) => {
    const path = join(root, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The database as text, every table but the register of persons (which holds the values by design). */
function logText(): string {
  const raw = new Database(DB, { readonly: true });
  try {
    const tables = raw
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'tremplin_personnes'")
      .pluck()
      .all() as string[];
    return tables.map((t) => JSON.stringify(raw.prepare(`SELECT * FROM "${t}"`).all())).join('\n');
  } finally {
    raw.close();
  }
}

function found(text: string): string[] {
  return CHERCHES.filter((m) => text.includes(m));
}

beforeAll(async () => {
  expect((await cli(['init', ...db])).code).toBe(0);
  const header = `${DOSSIER_HEADER};dateNaissance;courriel`;
  const rows = [1, 2, 3].map((i) => {
    const m = marqueurs(i);
    return `${dossierRow(i, { numen: m.numen })};${m.dateNaissance};${m.courriel}`;
  });
  writeFileSync(join(dir, 'dossiers.csv'), [header, ...rows].join('\n'));
  // A row whose separators are wrong: its error must not echo the row (NUMEN included).
  writeFileSync(join(dir, 'fautif.csv'), [header, `${rows[0]?.replaceAll(';', ',')}`].join('\n'));
  const imported = await cli([
    'import',
    'dossiers',
    join(dir, 'dossiers.csv'),
    '--as',
    RECTORAT,
    '--at',
    '2022-07-01',
    ...db,
  ]);
  expect(imported.code).toBe(0);
}, 240_000);

describe('personal data markers', () => {
  it('every command and every exporter: no marker in any output, file or log', async () => {
    const at = ['--at', '2022-12-05T10:00:00+04:00'];
    await both(['import', 'dossiers', join(dir, 'fautif.csv'), '--as', RECTORAT, ...db]);
    for (const i of [1, 2, 3]) {
      const nommer = [
        'record',
        `D-00${i}`,
        '{"type":"nomination.prononcer"}',
        '--as',
        RECTORAT,
        '--at',
        '2022-09-01',
        ...db,
      ];
      expect((await cli(nommer)).code).toBe(0);
    }
    await both([
      'record',
      'D-001',
      '{"type":"nomination.prononcer"}',
      '--as',
      RECTORAT,
      '--at',
      '2022-09-01',
      ...db,
    ]);
    const rectifier = [
      'identite',
      'rectifier',
      'D-002',
      '--courriel',
      RECTIFIE,
      '--motif',
      'Demande du stagiaire',
      '--as',
      RECTORAT,
      '--at',
      '2022-09-02',
      ...db,
    ];
    expect((await cli(rectifier)).code).toBe(0);
    await both([
      'identite',
      'rectifier',
      'D-003',
      '--numen',
      INVALIDE,
      '--motif',
      'Essai',
      '--as',
      RECTORAT,
      ...db,
    ]);
    await both(['status', ...db]);
    await both(['status', 'D-001', ...db]);
    await both(['status', 'D-002', ...db, ...at]);
    await both(['deadlines', ...db, ...at]);
    await both(['deadlines', 'D-001', ...db, ...at]);
    await both(['alerts', ...db, ...at]);
    await both(['explain', 'D-001', 'jury', ...db, ...at]);
    await both(['schema', 'dossiers']);
    await both(['referentiel', 'grilles']);
    await both(['calendrier', 'list', ...db]);
    await both(['verify', ...db]);
    await both(['init', ...db]);
    await both(['export', 'tout', '--out', join(dir, 'exports'), ...db, ...at]);
    await both(['export', 'tout', 'D-002', '--out', join(dir, 'exports-d2'), ...db, ...at]);
    const names = new Set(COMMANDS.map((c) => c.name));
    const ran = new Set(outputs.map((o) => o.what.split(' ')[0]));
    expect([...names].filter((n) => !ran.has(n) && n !== 'demo')).toEqual([]);

    const leaks = [
      ...outputs.flatMap((o) => found(o.text).map((m) => `${o.what}: ${m}`)),
      ...filesUnder(dir)
        .filter((f) => !f.endsWith('.sqlite') && !f.includes('.sqlite-') && !f.endsWith('.csv'))
        .flatMap((f) => found(readFileSync(f).toString('latin1')).map((m) => `${f}: ${m}`)),
      ...found(logText()).map((m) => `journal SQLite: ${m}`),
    ];
    expect(leaks).toEqual([]);
    expect(filesUnder(join(dir, 'exports')).length).toBeGreaterThan(5);
  }, 600_000);

  it('the demo: its generated e-mails stay in its register, out of its outputs and exports', async () => {
    const folder = join(dir, 'demo');
    const r = await cli(['demo', '--stagiaires', '12', '--out', folder, '--json'], 'demo --json');
    expect(r.code).toBe(0);
    const texts = [
      r.stdout,
      r.stderr,
      ...filesUnder(folder)
        .filter((f) => !f.includes('.sqlite') && !f.endsWith('.db') && !f.includes('.db-'))
        .map((f) => readFileSync(f).toString('latin1')),
    ];
    expect(texts.filter((t) => t.includes('@ac-reunion.example'))).toEqual([]);
  }, 600_000);

  it('status --sensitive reads the register and shows the values (so the search above can fail)', async () => {
    const shown = doc(await cli(['status', 'D-001', '--sensitive', '--json', ...db])).result;
    expect(shown.donneesPersonnelles).toMatchObject({
      numen: marqueurs(1).numen,
      courriel: marqueurs(1).courriel,
    });
    const human = await cli(['status', 'D-002', '--sensitive', ...db]);
    expect(human.stdout).toContain(RECTIFIE);
    expect(found(logText())).toEqual([]);
  }, 120_000);

  it('erasure removes the record and leaves an audit entry without values', async () => {
    const effacer = [
      'identite',
      'effacer',
      'D-001',
      '--fondement',
      'traitement-illicite',
      '--motif',
      'Test',
      '--as',
      RECTORAT,
      '--at',
      '2022-12-06',
      ...db,
    ];
    expect((await cli(effacer)).code).toBe(0);
    const shown = doc(await cli(['status', 'D-001', '--sensitive', '--json', ...db])).result;
    expect(shown.donneesPersonnelles).toBeNull();
    const raw = new Database(DB, { readonly: true });
    const types = raw.prepare("SELECT type FROM tremplin_events WHERE dossier_id = 'D-001'").pluck().all();
    raw.close();
    expect(types).toContain('identite.effacee');
  }, 120_000);
});
