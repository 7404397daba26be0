import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOSSIER_HEADER, dossierRow, MINISTRE, RECTORAT } from './fixtures.js';
import { doc, run, tempDir } from './helpers.js';

let dir: string;
let cleanup: () => void;
const db = ['--db', 'record.sqlite'];
beforeAll(async () => {
  ({ dir, cleanup } = tempDir());
  await run(['init', ...db], { cwd: dir });
  writeFileSync(join(dir, 'd.csv'), [DOSSIER_HEADER, dossierRow(1, { numen: '07E1234567ABC' })].join('\n'));
  const r = await run(['import', 'dossiers', 'd.csv', '--as', RECTORAT, '--at', '2022-07-01', ...db], {
    cwd: dir,
  });
  expect(r.code).toBe(0);
});
afterAll(() => cleanup());

const record = (command: object | string, as: string, at: string, ...more: string[]) =>
  run(
    [
      'record',
      'D-001',
      typeof command === 'string' ? command : JSON.stringify(command),
      '--as',
      as,
      '--at',
      at,
      ...db,
      '--json',
      ...more,
    ],
    { cwd: dir },
  );

describe('tremplin record', () => {
  it('records a command as the actor given, at the instant given, in the académie’s zone', async () => {
    const r = await record({ type: 'nomination.prononcer' }, RECTORAT, '2022-09-01T08:00');
    expect(r.code).toBe(0);
    const out = doc(r).result;
    expect(out).toMatchObject({
      replayed: false,
      written: true,
      etat: 'en-stage',
      sequence: 2,
      recordedAt: '2022-09-01T08:00:00.000+04:00',
    });
    expect(out.events[0]).toMatchObject({
      type: 'stagiaire.nomme',
      dateDebutStage: '2022-09-01',
      auteur: { role: 'rectorat', id: 'dpe-1' },
    });
  });

  it('says the actor is declared by the operator (--as), not authenticated: in words, and in --json', async () => {
    const command = {
      type: 'visite.planifier',
      visiteId: 'v-decl',
      nature: 'visite-formative',
      datePrevue: '2022-09-26',
    };
    const json = await record(command, 'tuteur:t-001', '2022-09-06', '--dry-run');
    expect(json.code).toBe(0);
    expect(doc(json).result).toMatchObject({ acteur: { role: 'tuteur', id: 't-001' }, acteurDeclare: true });
    const human = await run(
      [
        'record',
        'D-001',
        JSON.stringify(command),
        '--as',
        'tuteur:t-001',
        '--at',
        '2022-09-06',
        '--dry-run',
        ...db,
      ],
      { cwd: dir },
    );
    expect(human.code).toBe(0);
    expect(human.stdout).toContain('Acteur tuteur:t-001 (déclaré par l’opérateur, non authentifié, --as)');
  });

  it('refuses an actor outside his scope with exit 1 and the reason', async () => {
    const r = await record(
      { type: 'visite.planifier', visiteId: 'v1', nature: 'visite-formative', datePrevue: '2022-09-20' },
      'tuteur:t-999',
      '2022-09-05',
    );
    expect(r.code).toBe(1);
    expect(doc(r).error).toMatchObject({
      kind: 'permission',
      exitCode: 1,
      reasons: [{ code: 'permission.perimetre' }],
    });
  });

  it('refuses what the texts forbid, citing them: no licenciement before half the stage', async () => {
    // The ministre's act (the default authority for a licenciement in the course of the stage).
    const r = await record(
      {
        type: 'decision.prononcer',
        decision: 'licenciement',
        fondement: 'insuffisance-professionnelle',
        date: '2022-12-01',
      },
      MINISTRE,
      '2022-12-01',
    );
    expect(r.code).toBe(1);
    const reason = doc(r).error.reasons[0];
    expect(reason.code).toBe('licenciement.avant-mi-stage');
    expect(reason.message).toContain('2023-03-02');
    expect(reason.source.texte).toMatch(/94-874/);
    const human = await run(
      [
        'record',
        'D-001',
        JSON.stringify({
          type: 'decision.prononcer',
          decision: 'licenciement',
          fondement: 'insuffisance-professionnelle',
          date: '2022-12-01',
        }),
        '--as',
        MINISTRE,
        '--at',
        '2022-12-01',
        ...db,
      ],
      { cwd: dir },
    );
    expect(human.stderr).toMatch(/Commande refusée : 1 raison\.\n\s+• Un licenciement/);
    expect(human.stderr).toMatch(/Source : Décret n° 94-874/);
  });

  it('records a command once per idempotency key, from a file or from stdin', async () => {
    const plan = {
      type: 'visite.planifier',
      visiteId: 'v1',
      nature: 'visite-formative',
      datePrevue: '2022-09-20',
    };
    writeFileSync(join(dir, 'plan.json'), JSON.stringify(plan));
    const first = await record('@plan.json', 'tuteur:t-001', '2022-09-05', '--key', 'plan-v1');
    expect(doc(first).result).toMatchObject({ replayed: false, sequence: 3 });
    const second = await run(
      [
        'record',
        'D-001',
        '-',
        '--as',
        'tuteur:t-001',
        '--at',
        '2022-09-06',
        '--key',
        'plan-v1',
        ...db,
        '--json',
      ],
      { cwd: dir, input: JSON.stringify(plan) },
    );
    expect(second.code).toBe(0);
    expect(doc(second).result).toMatchObject({ replayed: true, written: false, sequence: 3 });
    const third = await record(plan, 'tuteur:t-001', '2022-09-07');
    expect(third.code).toBe(1);
    expect(doc(third).error.reasons[0].code).toBe('visite.existe');
  });

  it('decides without writing in --dry-run', async () => {
    const r = await record(
      { type: 'visite.annuler', visiteId: 'v1', motif: 'Grève' },
      'tuteur:t-001',
      '2022-09-10',
      '--dry-run',
    );
    expect(doc(r).result).toMatchObject({ written: false, sequence: 4 });
    const status = doc(await run(['status', 'D-001', ...db, '--json'], { cwd: dir })).result;
    expect(status.overview.visites.planifiees).toBe(1);
    expect(status.state.sequence).toBe(3);
  });

  it('reports an invalid command with its fields, and usage errors with exit 2', async () => {
    const bad = await record(
      { type: 'visite.planifier', visiteId: 'v9', nature: 'visite-surprise' },
      'tuteur:t-001',
      '2022-09-05',
    );
    expect(bad.code).toBe(1);
    expect(doc(bad).error.issues.map((i: { path: string[] }) => i.path.join('.'))).toEqual(
      expect.arrayContaining(['nature', 'datePrevue']),
    );
    expect((await record('{"type":', 'tuteur:t-001', '2022-09-05')).code).toBe(1);
    expect((await record({ type: 'nomination.prononcer' }, 'rectorat:dpe', '2022-09-05')).code).toBe(2);
    expect((await record({ type: 'nomination.prononcer' }, RECTORAT, 'hier')).code).toBe(2);
    expect((await run(['record', 'D-001', ...db], { cwd: dir })).code).toBe(2);
    const unknown = await run(
      ['record', 'D-404', '{"type":"jury.saisir","date":"2023-05-01"}', '--as', RECTORAT, ...db, '--json'],
      { cwd: dir },
    );
    expect(unknown.code).toBe(1);
    expect(doc(unknown).error.kind).toBe('not-found');
  });

  it('takes a command as options generated from its schema: the same command as its JSON form', async () => {
    const options = [
      'visite.realiser',
      '--visite-id',
      'v-opt',
      '--nature',
      'visite-formative',
      '--date',
      '2022-09-27',
      '--conseils',
      'Varier les supports',
    ];
    const typed = await run(
      [
        'record',
        'D-001',
        ...options,
        '--as',
        'tuteur:t-001',
        '--at',
        '2022-09-28',
        '--dry-run',
        ...db,
        '--json',
      ],
      { cwd: dir },
    );
    expect(typed.code).toBe(0);
    const json = await record(
      {
        type: 'visite.realiser',
        visiteId: 'v-opt',
        nature: 'visite-formative',
        date: '2022-09-27',
        pointsAppui: [],
        competencesATravailler: [],
        conseils: ['Varier les supports'],
        axesDeTravail: [],
      },
      'tuteur:t-001',
      '2022-09-28',
      '--dry-run',
    );
    expect(doc(typed).result.events).toEqual(doc(json).result.events);
    expect(doc(typed).result.idempotencyKey).toBe(doc(json).result.idempotencyKey);

    const unknown = await run(
      ['record', 'D-001', 'visite.planifier', '--datee', '2022-10-04', '--as', 'tuteur:t-001', ...db],
      {
        cwd: dir,
      },
    );
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Option inconnue « --datee »');
    expect(unknown.stderr).toContain('--date-prevue');
    const invalid = await run(
      [
        'record',
        'D-001',
        'visite.planifier',
        '--visite-id',
        'v2',
        '--nature',
        'visite-surprise',
        '--as',
        'tuteur:t-001',
        ...db,
        '--json',
      ],
      { cwd: dir },
    );
    expect(invalid.code).toBe(1);
    expect(doc(invalid).error.issues.map((i: { path: string[] }) => i.path.join('.'))).toEqual(
      expect.arrayContaining(['--nature', '--date-prevue']),
    );
    const help = await run(['help', 'record', 'visite.realiser'], { cwd: dir });
    expect(help.stdout).toContain('--points-appui');
    expect(help.stdout).toContain('visite-conseil');
  });

  it('shows personal data in status only with --sensitive, read from the register of persons', async () => {
    const result = doc(await run(['status', 'D-001', ...db, '--json'], { cwd: dir })).result;
    expect(result.state.identite.stagiaire.nom).toBe('Payet1');
    expect(JSON.stringify(result)).not.toContain('07E1234567ABC');
    expect(result.donneesPersonnelles).toBeUndefined();
    const clear = doc(await run(['status', 'D-001', ...db, '--json', '--sensitive'], { cwd: dir })).result;
    expect(clear.donneesPersonnelles).toMatchObject({ numen: '07E1234567ABC', courriel: null });
  });
});
