import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SQLITE_SCHEMA_VERSION } from '@tremplin/storage-sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOSSIER_HEADER, dossierRow, RECTORAT } from './fixtures.js';
import { doc, type RunResult, run, tempDir } from './helpers.js';

let dir: string;
let cleanup: () => void;
beforeAll(() => {
  ({ dir, cleanup } = tempDir());
});
afterAll(() => cleanup());

describe('tremplin: usage, help and exit codes', () => {
  it('prints the help on stderr and exits 2 without a command; help exits 0', async () => {
    const none = await run([], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Commandes :');
    expect(none.stdout).toBe('');
    const help = await run(['help'], { cwd: dir });
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Codes de sortie/);
    const sub = await run(['help', 'import'], { cwd: dir });
    expect(sub.code).toBe(0);
    expect(sub.stdout).toContain('--skip-invalid');
    expect((await run(['record', '--help'], { cwd: dir })).stdout).toContain('--as');
  });

  it('prints its version', async () => {
    const r = await run(['--version'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('refuses an unknown command or option with exit 2 and says what to do', async () => {
    const unknown = await run(['statuss'], { cwd: dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Commande inconnue « statuss »/);
    expect(unknown.stderr).toMatch(/→ Commandes : init/);
    const option = await run(['status', '--academy', 'reunion', '--json'], { cwd: dir });
    expect(option.code).toBe(2);
    expect(doc(option)).toMatchObject({ ok: false, error: { kind: 'usage', exitCode: 2 } });
    expect(doc(option).error.message).toContain('--academy');
  });

  it('exits 3 with the command to type when the database does not exist, and creates none', async () => {
    const r = await run(['status', '--db', 'absente.sqlite', '--json'], { cwd: dir });
    expect(r.code).toBe(3);
    const d = doc(r);
    expect(d.error.kind).toBe('file');
    expect(d.error.nextStep).toContain('tremplin init --db');
    const again = await run(['status', '--db', 'absente.sqlite'], { cwd: dir });
    expect(again.code).toBe(3);
  });

  it('exits 3 on a file that is not a Tremplin database', async () => {
    writeFileSync(join(dir, 'texte.sqlite'), 'not a database at all, just text '.repeat(200));
    const r = await run(['status', '--db', 'texte.sqlite', '--json'], { cwd: dir });
    expect(r.code).toBe(3);
    expect(doc(r).error.kind).toBe('store');
  });

  it('init creates the database once, then reports it up to date; TREMPLIN_DB names it too', async () => {
    const first = await run(['init', '--json'], { cwd: dir, env: { TREMPLIN_DB: 'via-env.sqlite' } });
    expect(first.code).toBe(0);
    expect(doc(first).result).toMatchObject({
      kind: 'sqlite',
      created: true,
      schemaVersion: SQLITE_SCHEMA_VERSION,
    });
    expect(doc(first).result.db).toBe(join(dir, 'via-env.sqlite'));
    const second = await run(['init', '--db', 'via-env.sqlite'], { cwd: dir });
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('déjà à jour');
    const status = await run(['status', '--json'], { cwd: dir, env: { TREMPLIN_DB: 'via-env.sqlite' } });
    expect(doc(status).result).toMatchObject({ count: 0, dossiers: [] });
  });

  it('colours only a terminal that allows it: FORCE_COLOR on, NO_COLOR off, never in JSON', async () => {
    await run(['init', '--db', 'c.sqlite'], { cwd: dir });
    const forced = await run(['status', '--db', 'c.sqlite'], { cwd: dir, env: { FORCE_COLOR: '1' } });
    expect(forced.stdout).toContain('\u001b[');
    const off = await run(['status', '--db', 'c.sqlite'], {
      cwd: dir,
      env: { FORCE_COLOR: '1', NO_COLOR: '1' },
    });
    expect(off.stdout).not.toContain('\u001b[');
    const flagged = await run(['status', '--db', 'c.sqlite', '--no-color'], {
      cwd: dir,
      env: { FORCE_COLOR: '1' },
    });
    expect(flagged.stdout).not.toContain('\u001b[');
    const json = await run(['status', '--db', 'c.sqlite', '--json'], { cwd: dir, env: { FORCE_COLOR: '1' } });
    expect(json.stdout).not.toContain('\u001b[');
    expect(doc(json).ok).toBe(true);
  });

  it('prints the JSON Schemas of the input formats, generated from the core', async () => {
    const r = await run(['schema', 'dossiers', '--json'], { cwd: dir });
    expect(r.code).toBe(0);
    const schema = doc(r).result;
    expect(schema.$schema).toMatch(/json-schema.org/);
    expect(schema.type).toBe('array');
    expect(schema.items.required).toEqual(expect.arrayContaining(['dossierId', 'identite', 'acteurs']));
    expect(JSON.stringify(schema)).toContain('master-meef');
    const command = doc(await run(['schema', 'command', '--json'], { cwd: dir })).result;
    expect(JSON.stringify(command)).toContain('visite.realiser');
    // Every input of the library, as the core publishes it (same document as @tremplin/core/schemas/*.json).
    const pack = doc(await run(['schema', 'rule-pack', '--json'], { cwd: dir })).result;
    expect(pack.$id).toBe('urn:tremplin:schema:rule-pack');
    expect(pack.additionalProperties).toBe(false);
    expect(doc(await run(['schema', 'positionnement', '--json'], { cwd: dir })).result.required).toEqual([
      'grilleId',
      'echelleId',
      'entries',
    ]);
    const refused = await run(['schema', 'nope'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('rule-pack');
  });
});

/** The « → » lines of a human run's stderr. */
function arrows(r: RunResult): string[] {
  return r.stderr.split('\n').filter((l) => l.startsWith('→'));
}

describe('tremplin: every failure ends with one « → » line (nextStep in --json)', () => {
  const db = () => ['--db', join(dir, 'fleches.sqlite')];
  const cases: readonly (readonly [string, () => string[], number, RegExp])[] = [
    [
      'a database that does not exist',
      () => ['status', '--db', join(dir, 'nulle-part.sqlite')],
      3,
      /tremplin init --db/,
    ],
    ['an unknown dossier', () => ['status', 'D-999', ...db()], 1, /tremplin status/],
    [
      'a refused command (not at this step)',
      () => [
        'record',
        'D-001',
        '{"type":"jury.saisir","date":"2022-09-05"}',
        '--as',
        RECTORAT,
        '--at',
        '2022-09-05',
        ...db(),
      ],
      1,
      /tremplin status D-001/,
    ],
    [
      'an invalid command',
      () => [
        'record',
        'D-001',
        '{"type":"visite.planifier","visiteId":"v1","nature":"nulle","datePrevue":"2022-10-04"}',
        '--as',
        'tuteur:t-001',
        '--at',
        '2022-09-05',
        ...db(),
      ],
      1,
      /« nature ».*tremplin help record visite\.planifier/,
    ],
    [
      'a permission denied',
      () => [
        'record',
        'D-001',
        '{"type":"nomination.prononcer"}',
        '--as',
        'tuteur:t-002',
        '--at',
        '2022-09-05',
        ...db(),
      ],
      1,
      /--as/,
    ],
    ['a usage error', () => ['status', 'a', 'b', ...db()], 2, /tremplin status/],
  ];

  beforeAll(async () => {
    expect((await run(['init', ...db()], { cwd: dir })).code).toBe(0);
    writeFileSync(join(dir, 'fleches.csv'), [DOSSIER_HEADER, dossierRow(1)].join('\n'));
    const imported = await run(
      ['import', 'dossiers', 'fleches.csv', '--as', RECTORAT, '--at', '2022-07-01', ...db()],
      {
        cwd: dir,
      },
    );
    expect(imported.code).toBe(0);
  });

  it.each(cases)('%s', async (_name, args, code, expected) => {
    const human = await run(args(), { cwd: dir });
    expect(human.code).toBe(code);
    const lines = arrows(human);
    expect(lines).toHaveLength(1);
    expect(human.stderr.trimEnd().split('\n').at(-1)).toBe(lines[0]);
    expect(lines[0]).toMatch(expected);
    const json = await run([...args(), '--json'], { cwd: dir });
    expect(json.code).toBe(code);
    expect(doc(json).error.nextStep).toBe(lines[0]?.slice(2));
  });
});
