import { describe, expect, it } from 'vitest';
import { EXIT } from './exit-codes.js';
import { type CliFailure, exitCodeOf, type FailureContext, internalFailure, nextStep } from './failure.js';
import { failureJson, renderFailure } from './output/render-failure.js';
import { createStyle } from './output/style.js';
import { parseDbLocation } from './store/db-location.js';

const plain = createStyle(false);
const PG = parseDbLocation('postgres://postgres:secret@127.0.0.1:5432/tremplin_lyon?schema=t', '/tmp');
const SQLITE = parseDbLocation('base.sqlite', '/tmp');
const RECORD: FailureContext = { command: 'record', positionals: ['D-1', 'visite.realiser'], db: SQLITE };

function cause(code: string): Error {
  return Object.assign(new Error(`driver ${code}`), { code });
}

function store(code: 'unavailable' | 'driver' | 'corrupt', driver?: string): CliFailure {
  return {
    kind: 'store',
    code,
    message: 'La base a échoué.',
    ...(driver === undefined ? {} : { cause: cause(driver) }),
  };
}

function refusalOf(code: string): CliFailure {
  return { kind: 'refusal', reasons: [{ code, message: 'Refusé.' }] };
}

/** Every failure kind, and the codes with a step of their own: [name, failure, context, expected words]. */
const CASES: readonly (readonly [string, CliFailure, FailureContext, RegExp])[] = [
  ['usage', { kind: 'usage', message: 'Argument manquant.' }, { command: 'status' }, /tremplin help status/],
  [
    'usage with hint',
    { kind: 'usage', message: 'x', hint: 'tremplin status [dossier]' },
    {},
    /^tremplin status \[dossier\]$/,
  ],
  ['file', { kind: 'file', message: 'Fichier introuvable', path: 'x.csv' }, {}, /« x\.csv »/],
  [
    'rows',
    {
      kind: 'rows',
      message: '1 ligne refusée.',
      file: 'x.csv',
      rows: [
        { line: 2, dossierId: 'D-1', issues: [{ code: 'schema.custom', message: 'UAI.', path: ['uai'] }] },
      ],
    },
    { command: 'import' },
    /Corrigez les lignes indiquées.*--skip-invalid/,
  ],
  [
    'rows all for a missing calendar',
    {
      kind: 'rows',
      message: '2 lignes refusées.',
      file: 'x.csv',
      rows: [1, 2].map((line) => ({
        line,
        dossierId: `D-${line}`,
        issues: [{ code: 'calendrier.absent', message: 'Aucun calendrier.', path: [] }],
      })),
    },
    { command: 'import' },
    /tremplin calendrier import <fichier>.*fr-en-calendrier-scolaire/,
  ],
  [
    'conflict',
    { kind: 'conflict', message: 'Changé.', dossierId: 'D-1', expectedSequence: 1, actualSequence: 2 },
    RECORD,
    /relancez la commande/,
  ],
  ['not-found dossier', { kind: 'not-found', message: 'Aucun.', id: 'D-9' }, {}, /tremplin status/],
  [
    'not-found calendar',
    { kind: 'not-found', message: 'Aucun calendrier.', id: 'lyon/2025-2026' },
    { command: 'deadlines' },
    /tremplin calendrier import/,
  ],
  [
    'permission',
    { kind: 'permission', message: 'Non.', reasons: [] },
    RECORD,
    /--as rôle:identifiant.*tremplin help record/,
  ],
  [
    'refusal (any code)',
    refusalOf('avis.motivation-requise'),
    RECORD,
    /Rien n’a été enregistré.*tremplin status D-1/,
  ],
  [
    'refusal etat.commande-impossible',
    refusalOf('etat.commande-impossible'),
    RECORD,
    /autre étape.*d’abord.*tremplin status D-1/,
  ],
  [
    'refusal dossier.inexistant',
    refusalOf('dossier.inexistant'),
    RECORD,
    /tremplin import dossiers <fichier>/,
  ],
  [
    'refusal dossier.deja-ouvert',
    refusalOf('dossier.deja-ouvert'),
    RECORD,
    /tremplin identite rectifier D-1/,
  ],
  ['refusal date.future', refusalOf('date.future'), RECORD, /--at/],
  ['refusal acteur.*', refusalOf('acteur.non-resolu'), RECORD, /--as/],
  [
    'validation of a typed record',
    {
      kind: 'validation',
      message: 'Commande invalide.',
      issues: [{ code: 'schema.invalid_type', message: 'Date attendue.', path: ['date'] }],
    },
    RECORD,
    /le champ « date ».*tremplin help record visite\.realiser/,
  ],
  [
    'validation of a record in JSON form',
    {
      kind: 'validation',
      message: 'Commande invalide.',
      issues: [{ code: 'schema.invalid_type', message: 'Date attendue.', path: ['datePrevue'] }],
    },
    { command: 'record', positionals: ['D-1', '{"type":"visite.planifier","datePrevue":"x"}'] },
    /le champ « datePrevue ».*tremplin help record visite\.planifier/,
  ],
  [
    'validation of several fields of an import',
    {
      kind: 'validation',
      message: 'Invalide.',
      issues: [
        { code: 'x', message: 'a', path: ['a'] },
        { code: 'y', message: 'b', path: ['b', 0] },
      ],
    },
    { command: 'import', positionals: ['events', 'e.csv'] },
    /les champs « a », « b\.0 ».*tremplin schema events/,
  ],
  [
    'validation, idempotency key reused',
    {
      kind: 'validation',
      message: 'x',
      issues: [{ code: 'cle-idempotence.reutilisee', message: 'x', path: [] }],
    },
    RECORD,
    /--key/,
  ],
  [
    'validation, unknown event in the log',
    { kind: 'validation', message: 'x', issues: [{ code: 'evenement.inconnu', message: 'x', path: [] }] },
    { command: 'status' },
    /mettez à jour @tremplin\/cli/,
  ],
  [
    'validation of a calendar dataset',
    { kind: 'validation', message: 'x', issues: [{ code: 'calendrier.ligne', message: 'x', path: [3] }] },
    { command: 'calendrier' },
    /fr-en-calendrier-scolaire/,
  ],
  [
    'missing PostgreSQL database (3D000)',
    store('driver', '3D000'),
    { command: 'init', db: PG },
    /La base PostgreSQL « tremplin_lyon » n’existe pas : créez-la \(createdb -h 127\.0\.0\.1 -p 5432 -U postgres tremplin_lyon\) puis lancez « tremplin init --db <la même URL> »/,
  ],
  [
    'PostgreSQL connection refused',
    store('unavailable', 'ECONNREFUSED'),
    { command: 'status', db: PG },
    /Aucun serveur PostgreSQL ne répond à 127\.0\.0\.1:5432/,
  ],
  [
    'PostgreSQL connection refused, every address (AggregateError)',
    {
      kind: 'store',
      code: 'unavailable',
      message: 'x',
      cause: Object.assign(new AggregateError([cause('ECONNREFUSED')]), {}),
    },
    { command: 'status', db: PG },
    /Aucun serveur PostgreSQL ne répond/,
  ],
  ['PostgreSQL password refused', store('driver', '28P01'), { db: PG }, /mot de passe.*PGPASSWORD/],
  ['PostgreSQL role unknown', store('driver', '28000'), { db: PG }, /refuse cet utilisateur/],
  [
    'PostgreSQL host unknown',
    store('unavailable', 'ENOTFOUND'),
    { db: PG },
    /L’hôte « 127\.0\.0\.1 » est inconnu/,
  ],
  ['PostgreSQL connection lost', store('unavailable', '08006'), { db: PG }, /coupée/],
  ['PostgreSQL privilege', store('driver', '42501'), { db: PG }, /GRANT/],
  ['SQLite locked', store('unavailable', 'SQLITE_BUSY'), { db: SQLITE }, /verrouillée/],
  ['SQLite read-only', store('unavailable', 'SQLITE_READONLY'), { db: SQLITE }, /vos droits/],
  ['SQLite disk full', store('unavailable', 'SQLITE_FULL'), { db: SQLITE }, /disque est plein/],
  [
    'SQLite file missing (status before init)',
    {
      kind: 'file',
      message: 'Aucune base Tremplin à cet endroit',
      path: '/tmp/tremplin.sqlite',
      hint: 'Créez-la avec « tremplin init --db /tmp/tremplin.sqlite », ou indiquez la bonne base avec --db (ou TREMPLIN_DB).',
    },
    { command: 'status' },
    /tremplin init --db \/tmp\/tremplin\.sqlite/,
  ],
  ['store unavailable', store('unavailable'), {}, /--db/],
  ['store corrupt', store('corrupt'), {}, /sauvegarde/],
  ['store driver', store('driver'), {}, /signalez-la/],
  [
    'schema too new',
    { kind: 'store', code: 'schema-too-new', message: 'x' },
    {},
    /npm install -g @tremplin\/cli@latest/,
  ],
  ['integrity', { kind: 'store', code: 'integrity', message: 'x' }, {}, /tremplin verify/],
  ['closed store', { kind: 'store', code: 'closed', message: 'x' }, {}, /défaut de Tremplin/],
  ['internal', internalFailure(new Error('boum')), { command: 'status' }, /défaut de Tremplin.*github\.com/],
];

describe('every failure ends with one « → » line, and nextStep in JSON', () => {
  it.each(CASES)('%s', (_name, failure, context, expected) => {
    const lines = renderFailure(failure, plain, context);
    const arrows = lines.filter((l) => l.startsWith('→'));
    expect(arrows).toHaveLength(1);
    expect(lines.at(-1)).toBe(arrows[0]);
    const json = JSON.parse(JSON.stringify(failureJson(failure, context)));
    expect(typeof json.nextStep).toBe('string');
    expect(arrows[0]).toBe(`→ ${json.nextStep}`);
    expect(json.nextStep).toMatch(expected);
    expect(json.exitCode).toBe(exitCodeOf(failure));
    // Never the password of a PostgreSQL URL.
    expect(lines.join('\n')).not.toContain('secret');
  });

  it('covers every kind', () => {
    const kinds = new Set(CASES.map(([, f]) => f.kind));
    expect([...kinds].sort()).toEqual(
      [
        'conflict',
        'file',
        'internal',
        'not-found',
        'permission',
        'refusal',
        'rows',
        'store',
        'usage',
        'validation',
      ].sort(),
    );
  });

  it('gives a defect exit 70 and keeps a hint before any derived step', () => {
    expect(exitCodeOf(internalFailure('x'))).toBe(EXIT.internal);
    expect(
      nextStep(
        { kind: 'refusal', reasons: [{ code: 'date.future', message: 'x' }], hint: 'Faites ceci.' },
        RECORD,
      ),
    ).toBe('Faites ceci.');
    expect(nextStep({ kind: 'file', message: 'x', path: 'p', hint: '' })).toMatch(/« p »/);
  });
});
