import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_MARKER, prepareDemoFolder } from './demo-folder.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tremplin-demo-folder-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the demo’s folder', () => {
  it('refuses a folder holding an « exports » it did not create, and deletes nothing (demo --out .)', async () => {
    mkdirSync(join(dir, 'exports'));
    writeFileSync(join(dir, 'exports', 'mes-fichiers.xlsx'), 'à moi');
    const refused = await prepareDemoFolder(dir, true);
    expect(refused).toMatchObject({ kind: 'usage', message: expect.stringContaining('« exports »') });
    expect(readFileSync(join(dir, 'exports', 'mes-fichiers.xlsx'), 'utf8')).toBe('à moi');
    expect(existsSync(join(dir, DEMO_MARKER))).toBe(false);
  });

  it('replaces what an earlier demo wrote (its marker is there), and leaves the rest', async () => {
    expect(await prepareDemoFolder(dir, true)).toBeNull();
    mkdirSync(join(dir, 'exports'));
    writeFileSync(join(dir, 'exports', 'ancien.pdf'), 'x');
    writeFileSync(join(dir, 'resume.json'), '{}');
    writeFileSync(join(dir, 'tremplin-demo.sqlite'), '');
    writeFileSync(join(dir, 'notes.txt'), 'à moi');
    expect(await prepareDemoFolder(dir, true)).toBeNull();
    expect(existsSync(join(dir, 'exports'))).toBe(false);
    expect(existsSync(join(dir, 'resume.json'))).toBe(false);
    expect(existsSync(join(dir, 'tremplin-demo.sqlite'))).toBe(false);
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('à moi');
  });

  it('accepts an empty or unrelated folder, and says when it cannot write there', async () => {
    writeFileSync(join(dir, 'notes.txt'), 'à moi');
    expect(await prepareDemoFolder(dir, true)).toBeNull();
    writeFileSync(join(dir, 'fichier'), '');
    expect(await prepareDemoFolder(join(dir, 'fichier', 'demo'), true)).toMatchObject({ kind: 'file' });
  });
});
