import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ExportFileSystem, nodeExportFileSystem, openExportFolder } from './export-folder.js';
import { distinctName, fileId } from './file-names.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tremplin-export-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function failing(code: string, when: 'write' | 'mkdir'): ExportFileSystem {
  return {
    ...nodeExportFileSystem,
    mkdir: async (path) => {
      if (when === 'mkdir') throw Object.assign(new Error(`${code}: mkdir ${path}`), { code });
      await nodeExportFileSystem.mkdir(path);
    },
    writeFile: async (path, data) => {
      // Half the file reaches the disk, then the disk gives up.
      writeFileSync(path, 'tronqué');
      if (when === 'write')
        throw Object.assign(new Error(`${code}: write ${path} ${String(data)}`), { code });
    },
  };
}

describe('the export folder', () => {
  it('writes text, bytes and streams through a temporary file, and counts the bytes', async () => {
    const folder = openExportFolder(join(dir, 'out'));
    const stream = (async function* () {
      yield new Uint8Array([1, 2, 3]);
      yield new Uint8Array([4]);
    })();
    expect((await folder.write('a/b.txt', 'été'))._unsafeUnwrap()).toEqual({ path: 'a/b.txt', bytes: 5 });
    expect((await folder.write('a/c.bin', stream))._unsafeUnwrap().bytes).toBe(4);
    expect(readFileSync(join(dir, 'out', 'a', 'b.txt'), 'utf8')).toBe('été');
    expect(readdirSync(join(dir, 'out', 'a')).sort()).toEqual(['b.txt', 'c.bin']);
  });

  it('never writes outside the folder: « .. », absolute parts, or a symbolic link leading out', async () => {
    const folder = openExportFolder(join(dir, 'out'));
    for (const path of ['../x.pdf', 'a/../../x.pdf', '/etc/x', 'a/./b', 'a\\..\\x', 'a//b']) {
      const r = await folder.write(path, 'x');
      expect(r._unsafeUnwrapErr()).toMatchObject({
        kind: 'file',
        message: expect.stringContaining('hors du dossier'),
      });
    }
    mkdirSync(join(dir, 'ailleurs'));
    mkdirSync(join(dir, 'out'), { recursive: true });
    symlinkSync(join(dir, 'ailleurs'), join(dir, 'out', 'lien'));
    const linked = await folder.write('lien/x.pdf', 'x');
    expect(linked._unsafeUnwrapErr().message).toContain('lien symbolique');
    expect(readdirSync(join(dir, 'ailleurs'))).toEqual([]);
    expect(existsSync(join(dir, 'x.pdf'))).toBe(false);
  });

  it('refuses a second document under a name already written in this export, whatever its case', async () => {
    const folder = openExportFolder(dir);
    expect((await folder.write('f/D-1.pdf', 'un')).isOk()).toBe(true);
    const again = await folder.write('f/d-1.pdf', 'deux');
    expect(again._unsafeUnwrapErr().message).toContain('porteraient ce nom');
    expect(readFileSync(join(dir, 'f', 'D-1.pdf'), 'utf8')).toBe('un');
  });

  it('reports ENOTDIR (a file where a folder is expected) with the path and the fix, not an exception', async () => {
    writeFileSync(join(dir, 'occupe'), 'un fichier');
    const r = await openExportFolder(join(dir, 'occupe')).write('fiches/x.pdf', 'x');
    const failure = r._unsafeUnwrapErr();
    expect(failure).toMatchObject({ kind: 'file', path: join(dir, 'occupe', 'fiches') });
    expect(failure.message).toMatch(/^Un fichier occupe la place d’un dossier \[(ENOTDIR|EEXIST)\]$/);
    expect(failure.hint).toContain('--out');
  });

  it.each([
    ['EFBIG', 'write', 'Fichier trop gros'],
    ['ENOSPC', 'write', 'Disque plein'],
    ['EACCES', 'write', 'Écriture refusée'],
    ['EACCES', 'mkdir', 'Écriture refusée'],
  ] as const)(
    'on %s (%s) leaves no file under its final name and says what to do',
    async (code, when, text) => {
      const r = await openExportFolder(dir, failing(code, when)).write('fiches/x.pdf', 'contenu');
      const failure = r._unsafeUnwrapErr();
      expect(failure.message).toContain(text);
      expect(failure.message).toContain(`[${code}]`);
      expect(failure.message).not.toMatch(/at |mkdir|write /);
      expect(failure.hint).toMatch(/--out/);
      expect(existsSync(join(dir, 'fiches', 'x.pdf'))).toBe(false);
      if (when === 'write') expect(readdirSync(join(dir, 'fiches'))).toEqual([]);
    },
  );
});

describe('identifiers in file names', () => {
  it('keeps plain identifiers and keeps apart those whose slug would collide', () => {
    expect(fileId('D-0042')).toBe('D-0042');
    expect(fileId('t.1')).toMatch(/^t-1-[0-9a-f]{8}$/);
    expect(fileId('t.1')).not.toBe(fileId('t-1'));
    expect(fileId('t.1')).not.toBe(fileId('t_1'));
    expect(fileId('../../x')).toMatch(/^x-[0-9a-f]{8}$/);
    expect(fileId('..')).toMatch(/^[0-9a-f]{8}$/);
    expect(distinctName('fiche-bilan-final-2022-2023-t-1.pdf', 't-1')).toBe(
      'fiche-bilan-final-2022-2023-t-1.pdf',
    );
    expect(distinctName('fiche-bilan-final-2022-2023-t-1.pdf', 't.1')).toMatch(
      /^fiche-bilan-final-2022-2023-t-1-[0-9a-f]{8}\.pdf$/,
    );
  });
});
