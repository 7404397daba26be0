import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { thinnerThanKnown } from './calendrier-summary.js';
import { parseDatasetCsv } from './dataset-rows.js';
import { findConfigFile } from './find-config.js';
import { decodeCalendrierText } from './load-calendriers.js';
import { loadProjectConfig } from './load-config.js';
import { pickPackExport } from './load-packs.js';
import {
  academiePhrase,
  explainSetAside,
  missingCalendriersOfRows,
  setAsideWarnings,
} from './missing-calendrier.js';
import { parseConfigText } from './read-config-file.js';

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'tremplin-config-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function project(name: string, files: Record<string, string>): string {
  const dir = join(root, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const TOUSSAINT_LYON =
  'Vacances de la Toussaint;-;2025-10-17T22:00:00+00:00;2025-11-02T23:00:00+00:00;Lyon;Zone A;2025-2026';

describe('finding the configuration file', () => {
  it('walks up from the working directory and stops at the directory holding .git', () => {
    const dir = project('walk', { 'tremplin.config.yaml': 'db: x.sqlite\n', 'a/b/.keep': '' });
    expect(findConfigFile(join(dir, 'a', 'b'), {}, undefined)._unsafeUnwrap()).toBe(
      join(dir, 'tremplin.config.yaml'),
    );
    const repo = project('repo', { '.git/HEAD': '', 'sub/.keep': '' });
    expect(findConfigFile(join(repo, 'sub'), {}, undefined)._unsafeUnwrap()).toBeNull();
  });

  it('prefers --config, then TREMPLIN_CONFIG, and refuses a named file that is missing', () => {
    const dir = project('explicit', { 'autre.json': '{}', 'tremplin.config.json': '{}' });
    expect(findConfigFile(dir, { TREMPLIN_CONFIG: 'autre.json' }, undefined)._unsafeUnwrap()).toBe(
      join(dir, 'autre.json'),
    );
    expect(
      findConfigFile(dir, { TREMPLIN_CONFIG: 'autre.json' }, 'tremplin.config.json')._unsafeUnwrap(),
    ).toBe(join(dir, 'tremplin.config.json'));
    const missing = findConfigFile(dir, {}, 'absent.json')._unsafeUnwrapErr();
    expect(missing.message).toContain('Fichier de configuration introuvable');
    expect(missing.message).toContain('--config');
  });

  it('refuses two configuration files in one directory', () => {
    const dir = project('two', { 'tremplin.config.json': '{}', 'tremplin.config.yml': '' });
    expect(findConfigFile(dir, {}, undefined)._unsafeUnwrapErr().message).toContain('Plusieurs fichiers');
  });
});

describe('validating the configuration', () => {
  it('names the file and the key path of every problem, unknown keys included', () => {
    const e = parseConfigText(
      JSON.stringify({
        calendrier: [],
        libelles: { etablissements: { '0690001': 'X' } },
        personnes: { conservation: { annees: 0 } },
      }),
      '/p/tremplin.config.json',
    )._unsafeUnwrapErr();
    expect(e.message).toContain('/p/tremplin.config.json');
    expect(e.message).toContain('clé(s) inconnue(s) : calendrier');
    expect(e.message).toContain('libelles.etablissements.0690001');
    expect(e.message).toContain('personnes.conservation.annees : au moins 1 an');
  });

  it('reads YAML and says when the syntax is wrong', () => {
    expect(parseConfigText('documents:\n  serviceJury: DPE 2\n', 'c.yaml')._unsafeUnwrap()).toEqual({
      documents: { serviceJury: 'DPE 2' },
    });
    expect(parseConfigText('{ "packs": [', 'c.json')._unsafeUnwrapErr().message).toContain('illisible');
  });

  it('builds the project: labels, documents, database, calendars added to the shipped ones', async () => {
    const dir = project('full', {
      'tremplin.config.json': JSON.stringify({
        calendriers: ['cal/lyon.csv'],
        db: 'base/lyon.sqlite',
        libelles: {
          etablissements: { '0690026D': 'Lycée du Parc' },
          disciplines: { maths: 'Mathématiques' },
        },
        documents: { academie: 'Académie de Lyon' },
        personnes: { conservation: { annees: 5 } },
      }),
      'cal/lyon.csv': `description;population;start_date;end_date;location;zones;annee_scolaire\n${TOUSSAINT_LYON}\n`,
    });
    const config = (await loadProjectConfig({ cwd: dir, env: {}, option: undefined }))._unsafeUnwrap();
    expect(config.file).toBe(join(dir, 'tremplin.config.json'));
    expect(config.db).toBe(join(dir, 'base', 'lyon.sqlite'));
    expect(config.libelles.etablissements['0690026D']).toEqual({ nom: 'Lycée du Parc' });
    expect(config.documents).toEqual({
      academie: 'Académie de Lyon',
      serviceJury: expect.stringContaining('Rectorat'),
    });
    expect(config.personnes).toEqual({ conservationAnnees: 5 });
    const lyon = config.rules.calendriers.find(
      (c) => c.academie === 'Lyon' && c.anneeScolaire === '2025-2026',
    );
    expect(lyon?.vacances).toHaveLength(1);
    expect(config.rules.packs.map((p) => p.academie).sort()).toEqual(['lyon', 'reunion']);
  });

  it('uses exactly the packs named, and says which pack cannot be found', async () => {
    const none = project('no-packs', { 'tremplin.config.json': '{"packs": []}' });
    const config = (await loadProjectConfig({ cwd: none, env: {}, option: undefined }))._unsafeUnwrap();
    expect(config.rules.packs).toEqual([]);
    const missing = project('bad-pack', { 'tremplin.config.json': '{"packs": ["@academie/inexistante"]}' });
    const e = (await loadProjectConfig({ cwd: missing, env: {}, option: undefined }))._unsafeUnwrapErr();
    expect(e).toMatchObject({
      kind: 'file',
      message: expect.stringContaining('« @academie/inexistante » : paquet introuvable'),
    });
  });

  it('without a file: the shipped packs and calendars', async () => {
    const dir = project('empty', { '.git/HEAD': '' });
    const config = (await loadProjectConfig({ cwd: dir, env: {}, option: undefined }))._unsafeUnwrap();
    expect(config.file).toBeNull();
    expect(config.rules.rulesFor('reunion', '2022-2023').isOk()).toBe(true);
  });
});

describe('reading the dataset', () => {
  it('accepts the field names and the labels, with or without BOM', () => {
    const names = parseDatasetCsv(
      `description;population;start_date;end_date;location;zones;annee_scolaire\n${TOUSSAINT_LYON}`,
    )._unsafeUnwrap();
    const labels = parseDatasetCsv(
      `\uFEFFDescription;Population;Date de début;Date de fin;Académies;Zones;annee_scolaire\n${TOUSSAINT_LYON}`,
    )._unsafeUnwrap();
    expect(labels).toEqual(names);
    expect(names[0]).toMatchObject({ location: 'Lyon', start_date: '2025-10-17T22:00:00+00:00' });
  });

  it('warns when a calendar read is thinner than the one it replaces', () => {
    const [lyon] = decodeCalendrierText(
      `description;population;start_date;end_date;location;zones;annee_scolaire\n${TOUSSAINT_LYON}`,
      'x.csv',
    )._unsafeUnwrap();
    if (lyon === undefined) throw new Error('no calendar');
    const full = { ...lyon, vacances: [...lyon.vacances, ...lyon.vacances] };
    expect(thinnerThanKnown([lyon], [full])).toEqual([
      expect.stringContaining('Lyon 2025-2026 : 1 période(s) lue(s) contre 2'),
    ]);
    expect(thinnerThanKnown([full], [lyon])).toEqual([]);
  });

  it('says which columns are missing', () => {
    expect(parseDatasetCsv('Description;Zones\nx;Zone A')._unsafeUnwrapErr()).toContain('colonnes absentes');
  });

  it('decodes the dates on a Paris wall clock and reports bad rows with their line', () => {
    const ok = decodeCalendrierText(
      `description;population;start_date;end_date;location;zones;annee_scolaire\n${TOUSSAINT_LYON}`,
      'x.csv',
    )._unsafeUnwrap();
    expect(ok[0]?.vacances[0]).toMatchObject({ finDesCours: '2025-10-18', reprise: '2025-11-03' });
    const bad = decodeCalendrierText(
      JSON.stringify([{ description: 'Vacances', population: '-', start_date: 'hier' }]),
      'x.json',
    )._unsafeUnwrapErr();
    expect(bad.message).toContain('ligne 1');
  });
});

describe('choosing a pack among a module’s exports', () => {
  const pack = { id: 'academie-x', layer: 'academie', parameters: {} };
  it('takes the only pack, or the one named after #', () => {
    expect(pickPackExport({ packX: pack, VERSION: '1' }, 'x', undefined, '/x')._unsafeUnwrap()).toBe(pack);
    expect(pickPackExport({ a: pack, b: { ...pack, id: 'b' } }, 'x', 'b', '/x')._unsafeUnwrap().id).toBe('b');
    expect(
      pickPackExport({ a: pack, b: { ...pack, id: 'b' } }, 'x', undefined, '/x')._unsafeUnwrapErr().hint,
    ).toContain('x#a');
  });
});

describe('a missing calendar', () => {
  it('names the académie as French does', () => {
    expect(academiePhrase('lyon')).toBe('l’académie de Lyon');
    expect(academiePhrase('Amiens')).toBe('l’académie d’Amiens');
    expect(academiePhrase('reunion')).toBe('l’académie de La Réunion');
  });

  it('reports an import refused only for it as the missing calendar, not as rows to correct', () => {
    const rows = {
      kind: 'rows' as const,
      message: '1 ligne refusée',
      file: 'lyon.csv',
      rows: [
        {
          line: 2,
          dossierId: 'D-1',
          issues: [
            {
              code: 'calendrier.absent',
              message: 'Aucun calendrier scolaire pour l’académie de Lyon en 2026-2027.',
              path: [],
            },
          ],
        },
      ],
    };
    expect(missingCalendriersOfRows(rows)).toMatchObject({ kind: 'not-found', id: 'Lyon/2026-2027' });
    const mixed = {
      ...rows,
      rows: [...rows.rows, { line: 3, dossierId: null, issues: [{ code: 'x', message: 'y', path: [] }] }],
    };
    expect(missingCalendriersOfRows(mixed)).toBe(mixed);
  });

  it('explains the dossiers an evaluation set aside for it, and warns', () => {
    const skipped = explainSetAside([
      { dossierId: 'D-1', error: { kind: 'not-found', id: 'lyon/2026-2027', message: 'Aucun calendrier.' } },
      { dossierId: 'D-2', error: { kind: 'validation', message: 'journal illisible', issues: [] } },
    ] as const);
    expect(skipped[0]).toMatchObject({ raison: 'calendrier-absent', anneeScolaire: '2026-2027' });
    expect(skipped[0]?.error.message).toBe('Aucun calendrier scolaire pour l’académie de Lyon en 2026-2027.');
    expect(skipped[1]).not.toHaveProperty('raison');
    expect(setAsideWarnings(skipped)).toEqual([
      '1 dossier(s) mis de côté, ni échéances ni alertes calculées : aucun calendrier scolaire pour l’académie de Lyon en 2026-2027.',
      expect.stringContaining('→ Ajoutez-le : tremplin calendrier import'),
    ]);
  });
});
