import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { doc, run, tempDir } from './helpers.js';

// A small demo year is the fixture: a database with every kind of dossier, recorded through the workflow.
let dir: string;
let cleanup: () => void;
const db = ['--db', join('demo', 'tremplin-demo.sqlite')];
let someone = '';
let withLeave = '';

beforeAll(async () => {
  ({ dir, cleanup } = tempDir());
  const demo = await run(['demo', '--stagiaires', '12', '--out', 'demo', '--json'], { cwd: dir });
  expect(demo.code).toBe(0);
  const report = doc(demo).result;
  withLeave = report.prolongationsConges.find((p: { conges: string[] }) =>
    p.conges.some((c) => c.startsWith('maladie')),
  ).dossierId as string;
  // A stagiaire titularised by the jury whose three avis were in on 4 June, the day before the saisine.
  const titularises = doc(await run(['status', ...db, '--json', '--etat', 'titularise'], { cwd: dir })).result
    .dossiers;
  for (const d of titularises) {
    const o = doc(await run(['status', d.dossierId, ...db, '--at', '2023-06-04', '--json'], { cwd: dir }))
      .result.overview;
    if (o.avis.length === 3 && o.piecesManquantes.length === 0) {
      someone = d.dossierId as string;
      break;
    }
  }
  expect(someone).not.toBe('');
}, 240_000);
afterAll(() => cleanup());

describe('tremplin status --at', () => {
  it('reads dossiers as they were at an instant', async () => {
    const before = doc(await run(['status', ...db, '--at', '2022-08-01', '--json'], { cwd: dir })).result;
    expect(before.byEtat).toEqual({ ouvert: 12 });
    const september = doc(await run(['status', ...db, '--at', '2022-09-02', '--json'], { cwd: dir })).result;
    expect(september.byEtat).toEqual({ 'en-stage': 12 });
    const july = doc(await run(['status', ...db, '--at', '2022-07-01', '--json'], { cwd: dir })).result;
    expect(july.count).toBe(0);
    const one = doc(
      await run(['status', someone, ...db, '--at', '2023-01-15', '--json'], { cwd: dir }),
    ).result;
    expect(one.overview.etat).toBe('en-stage');
    expect(one.overview.bilans.map((b: { nature: string }) => b.nature)).toEqual([
      'intermediaire',
      'intermediaire',
    ]);
    expect((await run(['status', someone, ...db, '--at', '2022-07-01'], { cwd: dir })).code).toBe(1);
  });
});

describe('tremplin deadlines and alerts', () => {
  it('lists the deadlines at an instant with their status, in the académie’s zone', async () => {
    const r = doc(
      await run(['deadlines', someone, ...db, '--at', '2022-11-25', '--json'], { cwd: dir }),
    ).result;
    expect(r.instants).toEqual({ reunion: '2022-11-25T00:00:00.000+04:00' });
    const deadlines = r.dossiers[0].deadlines as { id: string; status: string; due: string; dueAt: string }[];
    const inter = deadlines.find((d) => d.id === 'bilan-intermediaire/tuteur');
    expect(inter).toMatchObject({ due: '2022-11-30', dueAt: '2022-11-30T23:59:59.999+04:00' });
    expect(['due-soon', 'done']).toContain(inter?.status);
    const overdue = doc(
      await run(['deadlines', ...db, '--at', '2022-12-05', '--status', 'overdue', '--json'], { cwd: dir }),
    ).result;
    for (const d of overdue.dossiers) for (const x of d.deadlines) expect(x.status).toBe('overdue');
    const human = await run(['deadlines', someone, ...db, '--at', '2022-11-25'], { cwd: dir });
    expect(human.stdout).toMatch(/Bilan intermédiaire du tuteur\s+bilan-intermediaire\/tuteur\s+2022-11-30/);
    expect((await run(['deadlines', ...db, '--status', 'late'], { cwd: dir })).code).toBe(2);
  });

  it('lists the alerts at an instant, filtered by code and severity', async () => {
    // A week before the avis are due: the alerts every pack raises (the optional ones are off by default).
    const all = doc(await run(['alerts', ...db, '--at', '2023-05-22', '--json'], { cwd: dir })).result;
    expect(all.count).toBeGreaterThan(0);
    expect(Object.values(all.byCode).reduce((a: number, b) => a + (b as number), 0)).toBe(all.count);
    const code = Object.keys(all.byCode)[0] ?? '';
    const one = doc(
      await run(['alerts', ...db, '--at', '2023-05-22', '--code', code, '--json'], { cwd: dir }),
    ).result;
    expect(one.count).toBe(all.byCode[code]);
    for (const a of one.alerts) expect(a.code).toBe(code);
    expect((await run(['alerts', ...db, '--code', 'NOPE'], { cwd: dir })).code).toBe(2);
  });
});

describe('tremplin explain', () => {
  it('explains a deadline with the facts, the rules and their layers, and the texts', async () => {
    const r = await run(['explain', withLeave, 'fin-de-stage', ...db, '--at', '2023-05-01'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Fin du stage \(prolongée par les congés\)/);
    expect(r.stdout).toContain('conges.seuilJours = 36 — couche nationale');
    expect(r.stdout).toContain('Décret n° 94-874');
    const j = doc(
      await run(['explain', withLeave, 'fin-de-stage', ...db, '--at', '2023-05-01', '--json'], { cwd: dir }),
    ).result;
    expect(
      j.deadline.explanation.facts.find((f: { name: string }) => f.name === 'prolongation-jours').value,
    ).toBeGreaterThan(0);
  });

  it('explains an alert by its key or its code', async () => {
    const alerts = doc(await run(['alerts', ...db, '--at', '2022-11-25', '--json'], { cwd: dir })).result
      .alerts;
    const a = alerts[0];
    const byKey = doc(
      await run(['explain', a.dossierId, a.key, ...db, '--at', '2022-11-25', '--json'], { cwd: dir }),
    ).result;
    expect(byKey.alert.key).toBe(a.key);
    expect(byKey.alert.explanation.sources.length).toBeGreaterThan(0);
    const byCode = doc(
      await run(['explain', a.dossierId, a.code, ...db, '--at', '2022-11-25', '--json'], { cwd: dir }),
    ).result;
    expect(byCode.alert.code).toBe(a.code);
    const missing = await run(['explain', a.dossierId, 'PAS_UNE_ALERTE', ...db, '--at', '2022-11-25'], {
      cwd: dir,
    });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(a.key);
  });

  it('says why a dossier cannot go to the jury yet, citing the texts, and when it can', async () => {
    const early = await run(['explain', someone, 'jury', ...db, '--at', '2023-04-03'], { cwd: dir });
    expect(early.code).toBe(0);
    expect(early.stdout).toContain('Pas encore');
    expect(early.stdout).toContain(
      'Il manque l’avis de l’inspecteur de la discipline avant la saisine du jury.',
    );
    expect(early.stdout).toContain('Arrêté du 22 août 2014');
    const ready = doc(
      await run(['explain', someone, 'jury', ...db, '--at', '2023-06-04', '--json'], { cwd: dir }),
    ).result;
    expect(ready).toMatchObject({ ready: true, reasons: [], check: 'jury.saisir' });
    const decided = doc(await run(['explain', someone, 'jury', ...db, '--json'], { cwd: dir })).result;
    expect(decided.reasons[0].code).toBe('etat.dossier');
  });

  it('explains where a rule’s value comes from', async () => {
    const r = await run(
      [
        'explain',
        '--parametre',
        'echeances.bilanIntermediaire',
        '--academie',
        'reunion',
        '--annee',
        '2022-2023',
      ],
      { cwd: dir },
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('couche académique (academie-reunion');
    expect(r.stdout).toContain('fin novembre 2022');
    // A quote is printed in guillemets, a paraphrase says it is one and is never in guillemets.
    expect(r.stdout).toContain('« La première fiche bilan est à compléter');
    const national = await run(
      [
        'explain',
        '--parametre',
        'echeances.bilanIntermediaire',
        '--academie',
        'creteil',
        '--annee',
        '2022-2023',
      ],
      { cwd: dir },
    );
    expect(national.code).toBe(0);
    expect(national.stdout).toContain(
      'premier rapport d’étape du tuteur et du chef d’établissement (paraphrase)',
    );
    expect(national.stdout).not.toContain('« avant les vacances de décembre');
    expect(
      (
        await run(['explain', '--parametre', 'nope', '--academie', 'reunion', '--annee', '2022-2023'], {
          cwd: dir,
        })
      ).code,
    ).toBe(2);
  });
});

// Codes and English words that must not reach people: human output speaks French (JSON keeps the codes).
const NOT_FRENCH = [
  'warning',
  'critical',
  'info',
  'overdue',
  'due-soon',
  'upcoming',
  'done',
  'Due',
  'academie',
  'etablissement',
  'certifie',
  'agrege',
  'chef-etablissement',
  'formateur-inspe',
  'directeur-inspe',
  'intermediaire',
  'defavorable',
  'temps-plein',
  'master-meef',
  'reunion',
];

/** The words of a text: an identifier joined by « / » or « : » (a key to type) stays one word. */
function wordsOf(text: string): Set<string> {
  return new Set(
    text
      .split(/[\s,;()«»"'’.·—]+/u)
      .map((w) => w.replace(/:$/, ''))
      .filter((w) => w !== ''),
  );
}

describe('human output in French', () => {
  it('status, deadlines, alerts and explain print labels, never codes or English words', async () => {
    const at = ['--at', '2023-05-22'];
    const alerts = doc(await run(['alerts', ...db, ...at, '--json'], { cwd: dir })).result.alerts;
    const deadlines = doc(await run(['deadlines', someone, ...db, ...at, '--json'], { cwd: dir })).result
      .dossiers[0].deadlines;
    const outputs = [
      await run(['status', ...db], { cwd: dir }),
      await run(['status', someone, ...db], { cwd: dir }),
      await run(['status', withLeave, ...db, ...at], { cwd: dir }),
      await run(['deadlines', ...db, ...at], { cwd: dir }),
      await run(['alerts', ...db, ...at], { cwd: dir }),
      await run(['explain', alerts[0].dossierId, alerts[0].key, ...db, ...at], { cwd: dir }),
      await run(['explain', someone, deadlines[0].id, ...db, ...at], { cwd: dir }),
      await run(
        ['explain', '--parametre', 'conges.seuilJours', '--academie', 'reunion', '--annee', '2022-2023'],
        {
          cwd: dir,
        },
      ),
    ];
    for (const r of outputs) {
      expect(r.code).toBe(0);
      const words = wordsOf(r.stdout);
      expect(
        NOT_FRENCH.filter((w) => words.has(w)),
        r.stdout,
      ).toEqual([]);
      // A pack is named by its id (« national 1.0.0 »); its layer in French.
      expect(r.stdout).not.toMatch(/couche (?:national|academie|académie|etablissement|établissement)\b/);
    }
    expect(outputs.map((r) => r.stdout).join('\n')).toMatch(/avertissement|critique|information/);
  });
});

describe('tremplin export', () => {
  it('writes every document in every format', async () => {
    const cases: [string[], RegExp][] = [
      [['fiches-bilans', '--nature', 'intermediaire'], /^fiches-bilans\/intermediaire\/.*\.pdf$/],
      [['fiches-bilans'], /^fiches-bilans\/final\/.*\.pdf$/],
      [['rapports-visite', someone], /^rapports-visite\/.*\.pdf$/],
      [['liste-jury'], /^listes-jury\/.*\.xlsx$/],
      [['liste-jury', '--format', 'csv'], /^listes-jury\/.*\.csv$/],
      [['liste-jury', '--format', 'pdf'], /^listes-jury\/.*\.pdf$/],
      [['synthese', '--format', 'csv'], /^synthese\/.*\.csv$/],
      [['synthese'], /^synthese\/.*\.xlsx$/],
      [['alertes', '--at', '2022-12-05'], /^alertes\/.*\.xlsx$/],
      [['alertes', '--format', 'csv', '--at', '2022-12-05'], /^alertes\/.*\.csv$/],
      [['calendriers', '--at', '2022-09-05', '--stagiaires'], /^calendriers\/stagiaires\/.*\.ics$/],
      [['referentiel'], /^referentiel\/case-.*\.json$/],
    ];
    for (const [args, pattern] of cases) {
      const r = await run(['export', ...args, ...db, '--out', 'out', '--json'], { cwd: dir });
      expect(r.code, args.join(' ')).toBe(0);
      const files: { path: string; bytes: number }[] = doc(r).result.files;
      expect(
        files.some((f) => pattern.test(f.path)),
        `${args.join(' ')} → ${files.map((f) => f.path).join(', ')}`,
      ).toBe(true);
      for (const f of files) expect(f.bytes).toBeGreaterThan(0);
    }
    const synthese = doc(
      await run(['export', 'synthese', '--format', 'csv', ...db, '--out', 'out', '--json'], { cwd: dir }),
    ).result;
    const csv = readFileSync(join(dir, 'out', synthese.files[0].path), 'utf8');
    expect(csv.trim().split('\n').length).toBe(1 + 12 - synthese.skipped.length);
  });

  it('keeps personal data out unless asked', async () => {
    const masked = await run(['export', 'liste-jury', '--format', 'csv', ...db, '--out', 'p1', '--json'], {
      cwd: dir,
    });
    const path = doc(masked).result.files[0].path as string;
    expect(readFileSync(join(dir, 'p1', path), 'utf8')).not.toContain('@ac-reunion.example');
    const clear = await run(
      ['export', 'liste-jury', '--format', 'csv', '--sensitive', 'courriel', ...db, '--out', 'p2', '--json'],
      { cwd: dir },
    );
    expect(clear.code).toBe(0);
    expect(readFileSync(join(dir, 'p2', path), 'utf8')).toContain('@ac-reunion.example');
  });

  it('refuses an unknown document or format', async () => {
    expect((await run(['export', 'bulletins', ...db], { cwd: dir })).code).toBe(2);
    expect((await run(['export', 'fiches-bilans', '--format', 'xlsx', ...db], { cwd: dir })).code).toBe(2);
    expect((await run(['export', 'tout', '--format', 'pdf', ...db], { cwd: dir })).code).toBe(2);
  });
});
