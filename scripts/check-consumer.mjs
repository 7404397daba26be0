#!/usr/bin/env node
/**
 * The consumer test (`npm run test:consumer`, after `npm run build`): the packages as an integrator gets them.
 *
 * 1. `npm pack` every published package of packages/* into a temporary folder outside the monorepo;
 * 2. one `npm install` of all the tarballs (and of what an integrator adds: @types/node, fast-check for
 *    `@tremplin/core/testing`) in a fresh project there, third-party dependencies from the registry;
 * 3. a strict TypeScript ESM file (`module`/`moduleResolution: nodenext`, `strict`, `skipLibCheck: false`)
 *    imports every public entry point and uses a few real APIs; the monorepo's `tsc` compiles it, Node runs it;
 * 4. a CommonJS file `require`s every entry point and runs the same APIs (except the entries of a package
 *    built on vitest, which refuses `require()`: storage-testkit is for ESM test files).
 *
 * Exits 1 on the first failing step, with its output; removes the temporary folder unless given
 * `--keep`.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** The published packages: name, folder, and the import specifiers of their entry points. */
function publishedPackages() {
  const dirs = readdirSync(join(root, 'packages'), { withFileTypes: true }).filter((e) => e.isDirectory());
  const packages = [];
  for (const { name: dir } of dirs) {
    const file = join(root, 'packages', dir, 'package.json');
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(readFileSync(file, 'utf8'));
    if (pkg.private) continue;
    const entries = Object.keys(pkg.exports ?? { '.': null })
      .filter((key) => !key.includes('*') && !key.endsWith('.json'))
      .map((key) => (key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`));
    // vitest refuses require(): a package built on it (storage-testkit) loads from ESM only.
    const esmOnly = pkg.peerDependencies?.vitest !== undefined;
    packages.push({ name: pkg.name, dir, entries, esmOnly, targets: exportTargets(pkg) });
  }
  return packages;
}

/** Every file `exports`, `main` and `types` point to (a tarball missing one is unusable). */
function exportTargets(pkg) {
  const targets = new Set([pkg.main, pkg.module, pkg.types].filter(Boolean));
  const walk = (value) => {
    if (typeof value === 'string') {
      if (!value.includes('*')) targets.add(value);
    } else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) walk(v);
  };
  walk(pkg.exports);
  return [...targets].map((target) => target.replace(/^\.\//, ''));
}

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;

/**
 * better-sqlite3 is a native module: its install script downloads a binary or compiles SQLite (minutes on
 * a loaded machine). The install skips scripts; the monorepo's binary is copied when it is the same
 * version (same Node, same machine), else the module is rebuilt.
 */
function provideBetterSqlite(project) {
  const ours = join(root, 'node_modules', 'better-sqlite3');
  const theirs = join(project, 'node_modules', 'better-sqlite3');
  if (!existsSync(theirs)) return undefined;
  const version = (dir) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
  const binary = join('build', 'Release', 'better_sqlite3.node');
  if (existsSync(join(ours, binary)) && version(ours) === version(theirs)) {
    mkdirSync(join(theirs, 'build', 'Release'), { recursive: true });
    cpSync(join(ours, binary), join(theirs, binary));
    return undefined;
  }
  return run('npm rebuild better-sqlite3', npm, ['rebuild', 'better-sqlite3'], project);
}

function fail(step, detail) {
  console.error(`✗ Test consommateur — échec à l’étape « ${step} »`);
  if (detail) console.error(detail.trim());
  return 1;
}

function run(step, command, args, cwd) {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status === 0) return undefined;
  return [r.error?.message, r.stdout, r.stderr].filter(Boolean).join('\n') || `${step}: code ${r.status}`;
}

/** The hand-written part of the ESM check: real calls, typed strictly. */
const ESM_USAGE = `
import { packLyon } from '@tremplin/academie-lyon';
import { packReunion } from '@tremplin/academie-reunion';
import { createRulesRegistry, createTremplin, describeError, type DossierEvent } from '@tremplin/core';
import type { PdfLayout } from '@tremplin/export-pdf';
import { createMemoryStore } from '@tremplin/storage-memory';
import { createSqliteStore, type SqliteStoreOptions } from '@tremplin/storage-sqlite';

const rules = createRulesRegistry({ packs: [packReunion, packLyon] });
if (rules.isErr()) throw new Error(describeError(rules.error));
const tremplin = createTremplin({ store: createMemoryStore<DossierEvent>(), rules: rules.value });
const evaluation = await tremplin.evaluate('ABSENT-1', '2022-12-05T08:00:00+04:00');
if (evaluation.isOk()) throw new Error('un dossier absent ne devrait pas être évalué');
const options: SqliteStoreOptions = { file: ':memory:' };
const sqlite = createSqliteStore<DossierEvent>(options);
if (sqlite.isErr()) throw new Error(describeError(sqlite.error));
await sqlite.value.close();
/** The PDF layer's escape hatch is typed without @types/pdfkit. */
type Dessin = PdfLayout['doc'];
const largeur = (doc: Dessin): number => doc.widthOfString('Tremplin');
void largeur;
`;

const CJS_USAGE = `
const { packReunion } = require('@tremplin/academie-reunion');
const { createRulesRegistry, createTremplin, describeError } = require('@tremplin/core');
const { createMemoryStore } = require('@tremplin/storage-memory');
const { createSqliteStore } = require('@tremplin/storage-sqlite');
(async () => {
  const rules = createRulesRegistry({ packs: [packReunion] });
  if (rules.isErr()) throw new Error(describeError(rules.error));
  const tremplin = createTremplin({ store: createMemoryStore(), rules: rules.value });
  const evaluation = await tremplin.evaluate('ABSENT-1', '2022-12-05T08:00:00+04:00');
  if (evaluation.isOk()) throw new Error('un dossier absent ne devrait pas être évalué');
  const sqlite = createSqliteStore({ file: ':memory:' });
  if (sqlite.isErr()) throw new Error(describeError(sqlite.error));
  await sqlite.value.close();
  console.log('CommonJS : ' + entries.length + ' entrées chargées, API appelées.');
})().catch((error) => { console.error(error); process.exit(1); });
`;

function writeProject(dir, packages, tarballs) {
  const dependencies = {
    '@types/node': readDevVersion('@types/node'),
    'fast-check': readDevVersion('fast-check'),
  };
  const overrides = {};
  for (const { name } of packages) {
    dependencies[name] = `file:${tarballs[name]}`;
    overrides[name] = `$${name}`;
  }
  const pkg = { name: 'tremplin-consumer-check', private: true, type: 'module', dependencies, overrides };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  const compilerOptions = {
    target: 'es2022',
    module: 'nodenext',
    moduleResolution: 'nodenext',
    strict: true,
    skipLibCheck: false,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    outDir: 'dist',
    rootDir: 'src',
  };
  writeFileSync(
    join(dir, 'tsconfig.json'),
    `${JSON.stringify({ compilerOptions, include: ['src'] }, null, 2)}\n`,
  );
  mkdirSync(join(dir, 'src'));
  const specifiers = packages.flatMap((p) => p.entries);
  const imports = specifiers.map((s, i) => `import * as entree${i} from '${s}';`).join('\n');
  const table = specifiers.map((s, i) => `  ['${s}', entree${i}],`).join('\n');
  writeFileSync(
    join(dir, 'src', 'index.ts'),
    `${imports}
${ESM_USAGE}
const entries: ReadonlyArray<readonly [string, object]> = [
${table}
];
for (const [specifier, module] of entries) {
  if (Object.keys(module).length === 0) throw new Error(\`\${specifier} n’exporte rien\`);
}
console.log(\`ESM : \${entries.length} entrées importées, API appelées.\`);
`,
  );
  const required = packages.filter((p) => !p.esmOnly).flatMap((p) => p.entries);
  const requires = required.map((s) => `  ['${s}', require('${s}')],`).join('\n');
  writeFileSync(
    join(dir, 'check.cjs'),
    `'use strict';
const entries = [
${requires}
];
for (const [specifier, module] of entries) {
  if (Object.keys(module).length === 0) throw new Error(specifier + ' n’exporte rien en CommonJS');
}
${CJS_USAGE}`,
  );
}

function readDevVersion(name) {
  const installed = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8'));
  return installed.version;
}

function main() {
  const packages = publishedPackages();
  const missing = packages.filter((p) => !existsSync(join(root, 'packages', p.dir, 'dist')));
  if (missing.length > 0) {
    return fail(
      'build',
      `dist/ absent pour ${missing.map((p) => p.name).join(', ')} : lancez d’abord npm run build.`,
    );
  }
  const work = mkdtempSync(join(tmpdir(), 'tremplin-consumer-'));
  try {
    const tarballDir = join(work, 'tarballs');
    mkdirSync(tarballDir);
    const workspaces = packages.flatMap((p) => ['-w', p.name]);
    const packArgs = ['pack', '--json', '--pack-destination', tarballDir, ...workspaces];
    const packed = spawnSync(npm, packArgs, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (packed.status !== 0) return fail('npm pack', `${packed.stdout}\n${packed.stderr}`);
    const tarballs = {};
    const problems = [];
    for (const entry of JSON.parse(packed.stdout)) {
      tarballs[entry.name] = join(tarballDir, entry.filename);
      const files = new Set(entry.files.map((f) => f.path));
      const published = packages.find((p) => p.name === entry.name);
      for (const required of ['LICENSE', 'README.md', 'package.json', ...(published?.targets ?? [])]) {
        if (!files.has(required)) problems.push(`${entry.name} : ${required} absent de l’archive`);
      }
    }
    if (problems.length > 0) {
      return fail(
        'contenu des archives',
        `${problems.join('\n')}\n(dist/ incomplet ? relancez npm run build)`,
      );
    }
    console.log(`${packages.length} archives empaquetées (${elapsed()})`);
    const project = join(work, 'projet');
    mkdirSync(project);
    writeProject(project, packages, tarballs);
    const installArgs = [
      'install',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      '--ignore-scripts',
      '--loglevel=error',
    ];
    const installed = run('npm install', npm, installArgs, project) ?? provideBetterSqlite(project);
    if (installed) return fail('npm install des archives', installed);
    console.log(`Archives installées dans ${project} (${elapsed()})`);
    const compiled = run('tsc', process.execPath, [tsc, '-p', 'tsconfig.json'], project);
    if (compiled) return fail('compilation TypeScript stricte (skipLibCheck: false, nodenext)', compiled);
    console.log(`Compilation stricte réussie (${elapsed()})`);
    for (const [step, file] of [
      ['exécution ESM', join('dist', 'index.js')],
      ['exécution CommonJS', 'check.cjs'],
    ]) {
      const r = spawnSync(process.execPath, [file], { cwd: project, encoding: 'utf8' });
      if (r.status !== 0) return fail(step, `${r.stdout}\n${r.stderr}`);
      process.stdout.write(r.stdout);
    }
    console.log(
      `✓ Test consommateur : ${packages.length} paquets empaquetés, installés hors du dépôt, compilés et exécutés (${elapsed()}).`,
    );
    return 0;
  } finally {
    if (process.argv.includes('--keep')) console.log(`Projet conservé : ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

process.exitCode = main();
