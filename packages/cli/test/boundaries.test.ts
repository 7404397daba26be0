// The command's internal boundaries, read from the import statements of its sources.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = new URL('../src/', import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** The relative imports of a file, resolved against the `src` folder. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found = [...text.matchAll(/from '(\.{1,2}\/[^']+)'/g)].map((m) => m[1] ?? '');
  return found.map((spec) => relative(src, join(file, '..', spec)));
}

// What the demo may borrow from the command: the unit of work and rules registry over core's service, the
// export writer, the output helpers, the failure type, the store type and the --at reader.
const DEMO_MAY_IMPORT = [
  /^workflow\/(session|rules|evaluate|issues)\.js$/,
  /^exports\//,
  /^output\/(labels|style|table|progress)\.js$/,
  /^failure\.js$/,
  /^store\/open-store\.js$/,
  /^args\/instant\.js$/,
  // The default wording of the jury list's service, as the configuration gives it.
  /^config\/types\.js$/,
];

describe('the demo’s boundary', () => {
  const files = sources(src);

  it('is reached only through src/demo/index.ts', () => {
    const outside = files.filter((f) => !relative(src, f).startsWith('demo/'));
    const wrong = outside.flatMap((f) =>
      importsOf(f)
        .filter((i) => i.startsWith('demo/') && i !== 'demo/index.js')
        .map((i) => `${relative(src, f)} → ${i}`),
    );
    expect(wrong).toEqual([]);
  });

  it('borrows from the command only what it declares', () => {
    const demo = files.filter((f) => relative(src, f).startsWith('demo/'));
    expect(demo.length).toBeGreaterThan(5);
    const wrong = demo.flatMap((f) =>
      importsOf(f)
        .filter((i) => !i.startsWith('demo/') && !DEMO_MAY_IMPORT.some((re) => re.test(i)))
        .map((i) => `${relative(src, f)} → ${i}`),
    );
    expect(wrong).toEqual([]);
  });
});

describe('the public surface', () => {
  it('exports what runs the command, nothing of its internals', async () => {
    const api = await import('../src/index.js');
    expect(Object.keys(api).sort()).toEqual(['CLI_VERSION', 'EXIT', 'nodeIo', 'runCli']);
  });

  it('records commands with no hand-written append glue', () => {
    const glue = files().filter((f) => /expectedSequence|\.append(Batch)?\(/.test(readFileSync(f, 'utf8')));
    expect(glue.map((f) => relative(src, f))).toEqual([]);
  });
});

function files(): string[] {
  return sources(src);
}
