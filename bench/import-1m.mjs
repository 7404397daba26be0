// Measures `tremplin import dossiers` on a large CSV: peak memory (RSS) and duration, then the same file
// imported again (every row a replay). Not part of `npm test` nor of `npm run bench` (it takes minutes):
//
//   npm run build && node bench/import-1m.mjs [rows=1000000] [--keep]
//
// Needs GNU time (/usr/bin/time -v) for the peak RSS. --bin=<path> runs another build of the command.
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { computeCleUai } from '../packages/core/dist/index.js';

const rows = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 1_000_000);
const keep = process.argv.includes('--keep');
const binArg = process.argv.find((a) => a.startsWith('--bin='));
const bin =
  binArg?.slice('--bin='.length) ?? fileURLToPath(new URL('../packages/cli/dist/bin.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'tremplin-import-1m-'));
const file = join(dir, 'dossiers.csv');
const db = join(dir, 'import.sqlite');
const RECTORAT = 'rectorat:dpe-1,academie=reunion';

async function generate() {
  const out = createWriteStream(file);
  const write = (text) => (out.write(text) ? Promise.resolve() : new Promise((r) => out.once('drain', r)));
  const uais = Array.from({ length: 200 }, (_, i) => {
    const digits = `974${String(i + 1).padStart(4, '0')}`;
    return digits + computeCleUai(digits);
  });
  await write(
    'dossierId;stagiaireId;nom;prenom;academie;anneeScolaire;corps;discipline;uai;quotite;categorie;master;tuteur\n',
  );
  for (let i = 1; i <= rows; i++) {
    const id = String(i).padStart(7, '0');
    await write(
      `D-${id};S-${id};Payet${i % 997};Marie;reunion;2022-2023;certifie;mathematiques;${uais[i % uais.length]};temps-plein;master-meef;detenu;t-${i % 5000}|Jean|Hoarau\n`,
    );
  }
  await new Promise((r) => out.end(r));
}

function measure(label, args) {
  const run = spawnSync('/usr/bin/time', ['-v', process.execPath, bin, ...args], { encoding: 'utf8' });
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr);
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)/.exec(run.stderr);
  const mib = rss === null ? NaN : Number(rss[1]) / 1024;
  console.log(`${label}: exit ${run.status}, peak RSS ${mib.toFixed(0)} MiB, wall ${wall?.[1] ?? '?'}`);
  console.log(`  ${run.stdout.trim().split('\n').join('\n  ')}`);
  if (run.status !== 0) console.log(run.stderr.split('\n').slice(0, 12).join('\n'));
  return { exit: run.status, peakRssMiB: Math.round(mib), wall: wall?.[1] };
}

await generate();
console.log(`${rows} rows, ${(statSync(file).size / 2 ** 20).toFixed(0)} MiB CSV in ${dir}`);
spawnSync(process.execPath, [bin, 'init', '--db', db], { stdio: 'ignore' });
const common = ['import', 'dossiers', file, '--as', RECTORAT, '--at', '2022-07-01', '--db', db];
const first = measure('import', common);
const again = measure('import again (replay)', common);
console.log(JSON.stringify({ rows, first, again }));
if (!keep) rmSync(dir, { recursive: true, force: true });
