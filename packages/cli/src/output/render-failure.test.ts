import { describe, expect, it } from 'vitest';
import { EXIT } from '../exit-codes.js';
import { type CliFailure, exitCodeOf } from '../failure.js';
import { failureJson, renderFailure } from './render-failure.js';
import { createStyle } from './style.js';

const plain = createStyle(false);

const failures: CliFailure[] = [
  { kind: 'usage', message: 'Argument manquant.', hint: 'tremplin status [dossier]' },
  { kind: 'file', message: 'Fichier introuvable', path: 'x.csv' },
  {
    kind: 'rows',
    message: '1 ligne refusée.',
    file: 'x.csv',
    rows: [
      {
        line: 3,
        dossierId: 'D-1',
        issues: [{ code: 'schema.custom', message: 'UAI invalide.', path: ['uai'] }],
      },
    ],
  },
  { kind: 'store', code: 'schema-too-new', message: 'Schéma 9.', cause: new Error('driver detail') },
  {
    kind: 'conflict',
    message: 'Le dossier a changé.',
    dossierId: 'D-1',
    expectedSequence: 3,
    actualSequence: 4,
  },
  {
    kind: 'validation',
    message: 'Commande invalide.',
    issues: [{ code: 'schema.invalid_type', message: 'Date attendue.', path: ['date'] }],
  },
  {
    kind: 'refusal',
    reasons: [
      {
        code: 'a',
        message: 'Première raison.',
        source: { texte: 'Décret n° 94-874', article: 'art. 7', nor: 'FPPA9400088D' },
      },
      { code: 'b', message: 'Seconde raison.' },
    ],
  },
  {
    kind: 'permission',
    message: 'Un tuteur ne peut pas.',
    reasons: [{ code: 'permission.perimetre', message: 'Ce tuteur ne suit pas ce stagiaire.' }],
  },
  { kind: 'not-found', message: 'Aucun dossier « D-9 ».', id: 'D-9' },
];

describe('exit codes', () => {
  it('maps every failure kind to its documented code', () => {
    expect(failures.map(exitCodeOf)).toEqual([
      EXIT.usage,
      EXIT.store,
      EXIT.domain,
      EXIT.store,
      EXIT.conflict,
      EXIT.domain,
      EXIT.domain,
      EXIT.domain,
      EXIT.domain,
    ]);
  });
});

describe('renderFailure', () => {
  it('lists every reason with its code and its text, then what to do', () => {
    const lines = renderFailure(failures[6] as CliFailure, plain);
    expect(lines).toEqual([
      'Commande refusée : 2 raisons.',
      '  • Première raison. [a]',
      '      Source : Décret n° 94-874, art. 7 (NOR FPPA9400088D)',
      '  • Seconde raison. [b]',
      '→ Rien n’a été enregistré : réglez chaque raison ci-dessus (la source citée dit ce que le texte exige), puis relancez ; « tremplin status <dossier> » montre où en est le dossier.',
    ]);
  });

  it('names each refused row by its line, field and code', () => {
    expect(renderFailure(failures[2] as CliFailure, plain)).toEqual([
      'Lignes refusées : 1 ligne refusée.',
      '  ligne 3 (D-1)',
      '    • uai : UAI invalide. [schema.custom]',
      '→ Corrigez les lignes indiquées puis relancez ; rien n’a été importé. « --skip-invalid » importe les lignes valides seulement.',
    ]);
  });

  it('ends with what to do for the failures that need it', () => {
    const last = (f: CliFailure) => renderFailure(f, plain).at(-1) ?? '';
    expect(last(failures[0] as CliFailure)).toBe('→ tremplin status [dossier]');
    expect(last(failures[3] as CliFailure)).toMatch(/^→ .*mettez à jour @tremplin\/cli/);
    expect(last(failures[4] as CliFailure)).toMatch(/^→ .*relancez la commande/);
    expect(last(failures[7] as CliFailure)).toMatch(/^→ .*--as/);
    for (const f of failures) expect(renderFailure(f, plain).join('\n')).not.toContain('\u001b[');
  });

  it('colours the title only when asked', () => {
    expect(renderFailure(failures[8] as CliFailure, createStyle(true))[0]).toContain('\u001b[31m');
  });
});

describe('failureJson', () => {
  it('keeps the fields and the exit code, never the driver’s own error', () => {
    const json = failureJson(failures[3] as CliFailure);
    expect(json).toMatchObject({ kind: 'store', code: 'schema-too-new', exitCode: EXIT.store });
    expect(json).not.toHaveProperty('cause');
    expect(JSON.parse(JSON.stringify(json)).nextStep).toMatch(/mettez à jour/);
  });
});
