import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOSSIER_HEADER, dossierRow, RECTORAT, uai974 } from './fixtures.js';
import { doc, run, tempDir } from './helpers.js';

let dir: string;
let cleanup: () => void;
beforeAll(async () => {
  ({ dir, cleanup } = tempDir());
});
afterAll(() => cleanup());

const write = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return name;
};

async function freshDb(name: string): Promise<string[]> {
  const r = await run(['init', '--db', name], { cwd: dir });
  expect(r.code).toBe(0);
  return ['--db', name];
}

async function count(db: string[]): Promise<number> {
  return doc(await run(['status', ...db, '--json'], { cwd: dir })).result.count as number;
}

describe('tremplin import dossiers', () => {
  it('imports a valid CSV in one go and lists the dossiers', async () => {
    const db = await freshDb('ok.sqlite');
    const file = write(
      'ok.csv',
      [DOSSIER_HEADER, dossierRow(1), dossierRow(2), dossierRow(3, { corps: 'cpe', discipline: 'cpe' })].join(
        '\n',
      ),
    );
    const r = await run(
      ['import', 'dossiers', file, '--as', RECTORAT, '--at', '2022-07-01', ...db, '--json'],
      { cwd: dir },
    );
    expect(r.code).toBe(0);
    expect(doc(r).result).toMatchObject({
      rows: 3,
      accepted: 3,
      events: 3,
      dossiers: 3,
      rejected: [],
      written: true,
      format: 'csv',
    });
    const status = doc(await run(['status', ...db, '--json'], { cwd: dir })).result;
    expect(status.count).toBe(3);
    expect(status.byEtat).toEqual({ ouvert: 3 });
    expect(status.dossiers.map((d: { uai: string }) => d.uai)).toEqual([uai974(1), uai974(2), uai974(3)]);
    const human = await run(['status', 'D-003', ...db], { cwd: dir });
    expect(human.stdout).toContain("Marie PAYET3 (conseiller principal d'éducation, cpe)");
  });

  it('reads an older CSV’s corps « documentaliste » as a certifié of the documentaliste fonction', async () => {
    const db = await freshDb('doc.sqlite');
    const file = write(
      'doc.csv',
      [DOSSIER_HEADER, dossierRow(1, { corps: 'documentaliste', discipline: 'documentation' })].join('\n'),
    );
    const r = await run(
      ['import', 'dossiers', file, '--as', RECTORAT, '--at', '2022-07-01', ...db, '--json'],
      { cwd: dir },
    );
    expect(r.code).toBe(0);
    const certifies = doc(await run(['status', ...db, '--corps', 'certifie', '--json'], { cwd: dir })).result;
    expect(certifies.count).toBe(1);
    const one = doc(await run(['status', 'D-001', ...db, '--json'], { cwd: dir })).result;
    expect(one.overview).toMatchObject({ corps: 'certifie', fonction: 'documentaliste' });
    const human = await run(['status', 'D-001', ...db], { cwd: dir });
    expect(human.stdout).toContain('(professeur documentaliste (corps des certifiés), documentation)');
  });

  it('reports every bad row with its line number and reason, and imports nothing', async () => {
    const db = await freshDb('bad.sqlite');
    const file = write(
      'bad.csv',
      [
        DOSSIER_HEADER,
        dossierRow(1),
        dossierRow(2, { uai: '9740002X' }),
        dossierRow(3),
        dossierRow(4, { categorie: 'stagiaire', tuteur: 't-4|Jean' }),
        dossierRow(1, { nom: 'Doublon' }),
        dossierRow(6, { academie: 'lyon' }),
      ].join('\r\n'),
    );
    const r = await run(
      ['import', 'dossiers', file, '--as', RECTORAT, '--at', '2022-07-01', ...db, '--json'],
      { cwd: dir },
    );
    expect(r.code).toBe(1);
    const e = doc(r).error;
    expect(e.kind).toBe('rows');
    expect(e.rows.map((x: { line: number }) => x.line)).toEqual([3, 5, 6, 7]);
    const codes = (line: number) =>
      e.rows
        .find((x: { line: number }) => x.line === line)
        .issues.map((i: { code: string; path: string[] }) => `${i.path.join('.')}:${i.code}`);
    expect(codes(3)).toEqual(['uai:schema.custom']);
    expect(codes(5)).toEqual(['tuteur:csv.personne', 'categorie:schema.invalid_value']);
    expect(codes(6)).toEqual(['dossierId:dossier.existe']);
    expect(codes(7)).toEqual([':permission.perimetre']);
    expect(await count(db)).toBe(0);

    const human = await run(['import', 'dossiers', file, '--as', RECTORAT, '--at', '2022-07-01', ...db], {
      cwd: dir,
    });
    expect(human.code).toBe(1);
    expect(human.stderr).toContain('4 ligne(s) refusée(s) sur 6 dans bad.csv : rien n’a été importé.');
    expect(human.stderr).toMatch(
      /ligne 3 \(D-002\)\n\s+• uai : La lettre clé du code UAI ne correspond pas à ses chiffres\./,
    );
    expect(human.stderr).toContain('--skip-invalid');
  });

  it('with --skip-invalid imports the valid rows and lists the others; --dry-run writes nothing', async () => {
    const db = await freshDb('skip.sqlite');
    const file = write(
      'skip.csv',
      [DOSSIER_HEADER, dossierRow(1), dossierRow(2, { quotite: 'plein' }), dossierRow(3)].join('\n'),
    );
    const dry = await run(
      [
        'import',
        'dossiers',
        file,
        '--as',
        RECTORAT,
        '--at',
        '2022-07-01',
        '--skip-invalid',
        '--dry-run',
        ...db,
        '--json',
      ],
      { cwd: dir },
    );
    expect(dry.code).toBe(0);
    expect(doc(dry).result).toMatchObject({ accepted: 2, written: false });
    expect(await count(db)).toBe(0);
    const r = await run(
      ['import', 'dossiers', file, '--as', RECTORAT, '--at', '2022-07-01', '--skip-invalid', ...db],
      {
        cwd: dir,
      },
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Importé : 2 ligne(s) sur 3');
    expect(r.stderr).toMatch(/ligne 3 \(D-002\) ignorée/);
    expect(await count(db)).toBe(2);
  });

  it('reads JSON arrays and JSON Lines with the line of each element', async () => {
    const db = await freshDb('json.sqlite');
    const good = {
      dossierId: 'J-1',
      identite: {
        stagiaire: {
          id: 'S-J1',
          nom: 'Grondin',
          prenom: 'Léa',
          numen: null,
          dateNaissance: null,
          courriel: null,
        },
        academie: 'reunion',
        anneeScolaire: '2022-2023',
        corps: 'plp',
        discipline: 'lettres-histoire',
        uai: uai974(10),
        quotite: 'mi-temps',
        categorie: 'autre-master',
        master: 'detenu',
        stageRenouvele: false,
        dateNominationPrevue: '2022-09-01',
      },
      acteurs: {
        tuteurs: [],
        chefEtablissement: null,
        inspecteur: null,
        formateursInspe: [],
        directeurInspe: null,
      },
    };
    const bad = { ...good, dossierId: 'J-2', identite: { ...good.identite, corps: 'professeur' }, extra: 1 };
    const arrayText = `[\n  ${JSON.stringify(good)},\n\n  ${JSON.stringify(bad, null, 2).replace(/\n/g, '\n  ')}\n]\n`;
    const r = await run(
      [
        'import',
        'dossiers',
        write('d.json', arrayText),
        '--as',
        RECTORAT,
        '--at',
        '2022-07-01',
        ...db,
        '--json',
      ],
      { cwd: dir },
    );
    expect(r.code).toBe(1);
    const rows = doc(r).error.rows;
    expect(rows).toHaveLength(1);
    expect(rows[0].line).toBe(4);
    expect(rows[0].issues.map((i: { path: unknown[] }) => i.path.join('.'))).toEqual(
      expect.arrayContaining(['identite.corps', '']),
    );
    const lines = [
      JSON.stringify({ ...good, dossierId: 'J-3' }),
      '',
      '{ pas du json',
      JSON.stringify({ ...good, dossierId: 'J-4' }),
    ].join('\n');
    const jl = await run(
      [
        'import',
        'dossiers',
        write('d.jsonl', lines),
        '--as',
        RECTORAT,
        '--at',
        '2022-07-01',
        ...db,
        '--json',
      ],
      {
        cwd: dir,
      },
    );
    expect(jl.code).toBe(1);
    expect(doc(jl).error.rows.map((x: { line: number }) => x.line)).toEqual([3]);
    const stdin = await run(
      [
        'import',
        'dossiers',
        '-',
        '--format',
        'json',
        '--as',
        RECTORAT,
        '--at',
        '2022-07-01',
        ...db,
        '--json',
      ],
      { cwd: dir, input: `[${JSON.stringify(good)}]` },
    );
    expect(doc(stdin).result.accepted).toBe(1);
    expect(await count(db)).toBe(1);
    // A record written for 0.1 with corps « documentaliste » opens a certifié of the documentaliste fonction.
    const ancien = { ...good, dossierId: 'J-5', identite: { ...good.identite, corps: 'documentaliste' } };
    const old = await run(
      [
        'import',
        'dossiers',
        '-',
        '--format',
        'json',
        '--as',
        RECTORAT,
        '--at',
        '2022-07-01',
        ...db,
        '--json',
      ],
      {
        cwd: dir,
        input: `[${JSON.stringify(ancien)}]`,
      },
    );
    expect(doc(old).result.accepted).toBe(1);
    const j5 = doc(await run(['status', 'J-5', ...db, '--json'], { cwd: dir })).result;
    expect(j5.overview).toMatchObject({ corps: 'certifie', fonction: 'documentaliste' });
  });

  it('refuses a file that cannot be read at all, naming the line', async () => {
    const db = await freshDb('broken.sqlite');
    const header = await run(
      [
        'import',
        'dossiers',
        write('h.csv', 'dossierId;nom;colonneInconnue\nD-1;x;y'),
        '--as',
        RECTORAT,
        ...db,
        '--json',
      ],
      { cwd: dir },
    );
    expect(header.code).toBe(1);
    const issues = doc(header).error.rows[0].issues.map((i: { code: string }) => i.code);
    expect(issues).toContain('csv.colonne-inconnue');
    expect(issues).toContain('csv.colonne-manquante');
    const quote = await run(
      [
        'import',
        'dossiers',
        write('q.csv', `${DOSSIER_HEADER}\n${dossierRow(1)}\n"D-2;open`),
        '--as',
        RECTORAT,
        ...db,
        '--json',
      ],
      { cwd: dir },
    );
    expect(doc(quote).error.rows[0].line).toBe(3);
    const json = await run(
      [
        'import',
        'dossiers',
        write('s.json', '[\n{"a":1},\n{"a":2,,}\n]'),
        '--as',
        RECTORAT,
        '--at',
        '2022-07-01',
        ...db,
        '--json',
      ],
      { cwd: dir },
    );
    expect(doc(json).error.rows[0].line).toBe(3);
    const missing = await run(
      ['import', 'dossiers', 'nulle-part.csv', '--as', RECTORAT, '--at', '2022-07-01', ...db],
      {
        cwd: dir,
      },
    );
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('Fichier introuvable');
  });

  it('requires an actor for dossiers and a known kind', async () => {
    const db = await freshDb('usage.sqlite');
    const noActor = await run(['import', 'dossiers', write('n.csv', DOSSIER_HEADER), ...db], { cwd: dir });
    expect(noActor.code).toBe(2);
    expect(noActor.stderr).toContain('--as');
    expect((await run(['import', 'stagiaires', 'n.csv', ...db], { cwd: dir })).code).toBe(2);
  });
});

describe('tremplin import events', () => {
  it('decides each row with the workflow, in order, and imports nothing when a row is refused', async () => {
    const db = await freshDb('events.sqlite');
    await run(
      [
        'import',
        'dossiers',
        write('e-d.csv', [DOSSIER_HEADER, dossierRow(1), dossierRow(2)].join('\n')),
        '--as',
        RECTORAT,
        '--at',
        '2022-07-01',
        ...db,
      ],
      { cwd: dir },
    );
    const header = 'dossierId,acteur,instant,cle,type,donnees';
    const visite = (d: string, t: string, id: string, day: string, at = day) =>
      `${d},tuteur:${t},${at}T17:00:00+04:00,${d}-${id},visite.realiser,"${JSON.stringify({ visiteId: id, nature: 'visite-formative', date: day, pointsAppui: [], competencesATravailler: [], conseils: ['Varier les supports'], axesDeTravail: [] }).replace(/"/g, '""')}"`;
    const rows = [
      header,
      `D-001,"${RECTORAT}",2022-09-01T08:00:00+04:00,n1,nomination.prononcer,`,
      `D-002,"${RECTORAT}",2022-09-01T08:00:00+04:00,n2,nomination.prononcer,`,
      visite('D-001', 't-001', 'v1', '2022-09-20'),
      visite('D-002', 't-001', 'v1', '2022-09-21'),
      visite('D-002', 't-002', 'v1', '2022-10-31', '2022-10-30'),
      `D-404,"${RECTORAT}",2022-09-01T08:00:00+04:00,,nomination.prononcer,`,
      'D-001,tuteur:t-001,2022-10-01T08:00:00+04:00,,visite.planifier,"{""visiteId"":""v2"",""nature"":""visite-formative""}"',
    ];
    const file = write('events.csv', rows.join('\n'));
    const r = await run(['import', 'events', file, ...db, '--json'], { cwd: dir });
    expect(r.code).toBe(1);
    const e = doc(r).error;
    expect(e.rows.map((x: { line: number }) => x.line)).toEqual([5, 6, 7, 8]);
    const first = (line: number) => e.rows.find((x: { line: number }) => x.line === line).issues[0];
    expect(first(5).code).toBe('permission.perimetre');
    expect(first(6).code).toBe('date.future');
    expect(first(7).code).toBe('dossier.inconnu');
    expect(first(8)).toMatchObject({ path: ['donnees.datePrevue'] });
    const states = doc(await run(['status', ...db, '--json'], { cwd: dir })).result.byEtat;
    expect(states).toEqual({ ouvert: 2 });

    const fixed = write(
      'events-ok.csv',
      [...rows.slice(0, 4), visite('D-002', 't-002', 'v1', '2022-10-20')].join('\n'),
    );
    const ok = await run(['import', 'events', fixed, ...db, '--json'], { cwd: dir });
    expect(ok.code).toBe(0);
    expect(doc(ok).result).toMatchObject({ accepted: 4, events: 4, replayed: 0, dossiers: 2 });
    const again = await run(['import', 'events', fixed, ...db, '--json'], { cwd: dir });
    expect(again.code).toBe(0);
    expect(doc(again).result).toMatchObject({ accepted: 4, events: 0, replayed: 4 });
    const d1 = doc(await run(['status', 'D-001', ...db, '--json'], { cwd: dir })).result;
    expect(d1.overview).toMatchObject({ etat: 'en-stage', visites: { realisees: 1, planifiees: 0 } });
  });
});
