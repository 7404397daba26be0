#!/usr/bin/env node
/**
 * Checks what an integrator reads about every published package (run by `npm run lint`):
 * - `license`, `homepage`, `bugs` and `repository.url` equal the root package.json's, and
 *   `repository.directory` is the package's own folder;
 * - a LICENSE file identical to the root's (npm ships it whatever `files` says);
 * - no relative link in the package README (it is read on the registry, where `../../docs/…` is
 *   broken): links must be absolute URLs, and a link into this repository must name a file that exists.
 *
 * Exits 1 with one line per problem.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const readJson = (path) => JSON.parse(readFileSync(join(root, path), 'utf8'));
const rootPkg = readJson('package.json');
const rootLicence = readFileSync(join(root, 'LICENSE'), 'utf8');
/** Links into this repository (blob or raw) are checked against the working tree. */
const REPO_LINK =
  /^https:\/\/(?:github\.com\/tremplin-education\/tremplin\/blob|raw\.githubusercontent\.com\/tremplin-education\/tremplin)\/main\/([^#?]+)/;

const problems = [];

/** Markdown inline links and images, reference definitions, and HTML href/src attributes. */
function linkTargets(markdown) {
  const withoutCode = markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  const targets = [];
  for (const m of withoutCode.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) targets.push(m[1]);
  for (const m of withoutCode.matchAll(/^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)) targets.push(m[1]);
  for (const m of withoutCode.matchAll(/\b(?:href|src)\s*=\s*["']([^"']+)["']/g)) targets.push(m[1]);
  return targets;
}

function checkReadme(dir) {
  const path = join('packages', dir, 'README.md');
  if (!existsSync(join(root, path))) {
    problems.push(`${path}: README manquant`);
    return;
  }
  for (const target of linkTargets(readFileSync(join(root, path), 'utf8'))) {
    if (target.startsWith('#')) continue;
    if (!/^(?:https?:|mailto:)/.test(target)) {
      problems.push(
        `${path}: lien relatif « ${target} » (cassé sur le registre npm) ; utilisez une URL absolue`,
      );
      continue;
    }
    const inRepo = REPO_LINK.exec(target);
    if (inRepo && !existsSync(join(root, decodeURIComponent(inRepo[1])))) {
      problems.push(`${path}: le lien « ${target} » vise ${inRepo[1]}, absent du dépôt`);
    }
  }
}

function checkPackage(dir) {
  const path = join('packages', dir, 'package.json');
  const pkg = readJson(path);
  if (pkg.private) return;
  const expect = (field, actual, wanted) => {
    if (actual !== wanted) {
      problems.push(`${path}: ${field} vaut ${JSON.stringify(actual)}, attendu ${JSON.stringify(wanted)}`);
    }
  };
  expect('license', pkg.license, rootPkg.license);
  expect('homepage', pkg.homepage, rootPkg.homepage);
  expect('bugs.url', pkg.bugs?.url, rootPkg.bugs?.url);
  expect('repository.type', pkg.repository?.type, 'git');
  expect('repository.url', pkg.repository?.url, rootPkg.repository?.url);
  expect('repository.directory', pkg.repository?.directory, `packages/${dir}`);
  const licence = join(root, 'packages', dir, 'LICENSE');
  if (!existsSync(licence))
    problems.push(`packages/${dir}/LICENSE: fichier manquant (copiez celui de la racine)`);
  else if (readFileSync(licence, 'utf8') !== rootLicence) {
    problems.push(`packages/${dir}/LICENSE: diffère du LICENSE de la racine`);
  }
  checkReadme(dir);
}

for (const field of ['license', 'homepage']) {
  if (typeof rootPkg[field] !== 'string') problems.push(`package.json: ${field} manquant à la racine`);
}
if (typeof rootPkg.bugs?.url !== 'string') problems.push('package.json: bugs.url manquant à la racine');
if (typeof rootPkg.repository?.url !== 'string')
  problems.push('package.json: repository.url manquant à la racine');

const dirs = readdirSync(join(root, 'packages'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(root, 'packages', entry.name, 'package.json')))
  .map((entry) => entry.name);
for (const dir of dirs) checkPackage(dir);

if (problems.length > 0) {
  console.error(`Métadonnées des paquets : ${problems.length} problème(s)`);
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exit(1);
}
console.log(`Métadonnées des paquets : ${dirs.length} paquets conformes (licence, dépôt, liens absolus).`);
