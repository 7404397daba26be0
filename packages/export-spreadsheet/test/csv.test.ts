import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { column, escapeFormula, type TableSpec, toCsv, unescapeFormula } from '../src/index.js';
import { HOSTILE, type Ligne, rows, table } from './fixtures.js';

const ZONE = 'Indian/Reunion';

function read(csv: string, delimiter = ';'): string[][] {
  return parse(csv, { delimiter, bom: true, relax_column_count: false }) as string[][];
}

describe('toCsv', () => {
  const csv = toCsv(table, rows, { zone: ZONE })._unsafeUnwrap();
  const records = read(csv);

  it('writes UTF-8 with a BOM, `;` separators, CRLF line ends and one header row', () => {
    expect(csv.startsWith('\uFEFFNom, prénom;Écart (jours);Échéance;Déposé le;Alerte\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(records).toHaveLength(rows.length + 1);
  });

  it('reads back every hostile text equal, once the documented formula prefix is removed', () => {
    expect(records.slice(1).map((r) => unescapeFormula(r[0] ?? ''))).toEqual([...HOSTILE]);
  });

  it('prefixes risky texts with an apostrophe, and only them', () => {
    const firsts = records.slice(1).map((r) => r[0]);
    expect(firsts).toContain('\'=HYPERLINK("http://evil.example","clic")');
    expect(firsts).toContain("'+33 6 12 34 56 78");
    expect(firsts).toContain("'-2 jours");
    expect(firsts).toContain("'@SUM(A1:A2)");
    expect(firsts).toContain("''déjà apostrophé");
    expect(firsts).toContain("'\tTabulation");
    expect(firsts).toContain('Le « bon » tuteur');
  });

  it('writes numbers with a decimal comma and never escapes a negative number', () => {
    expect(records.slice(1).map((r) => r[1])).toEqual(
      rows.map((r) => (r.note === null ? '' : r.note.toFixed(1).replace('.', ','))),
    );
    expect(records[2]?.[1]).toBe('-10,5');
  });

  it('writes dates as ISO days and instants as wall-clock time in the académie zone', () => {
    expect(records[2]?.[2]).toBe('2022-11-11');
    // 2022-11-11T01:30Z is 05:30 in La Réunion
    expect(records[2]?.[3]).toBe('2022-11-11 05:30:00');
    expect(records.slice(1, 5).map((r) => r[4])).toEqual(['oui', '', 'oui', 'non']);
    expect(records[1]?.[2]).toBe('');
  });

  it('leaves the sensitive NUMEN out unless the caller names it', () => {
    expect(csv).not.toContain('E1234567ABC');
    expect(records[0]).not.toContain('NUMEN');
    const withNumen = read(toCsv(table, rows, { zone: ZONE, includeSensitive: ['numen'] })._unsafeUnwrap());
    expect(withNumen[0]?.[1]).toBe('NUMEN');
    expect(withNumen[1]?.[1]).toBe('00E1234567ABC');
  });

  it('follows the options: comma separator with decimal point, no BOM, French dates, no escaping', () => {
    const text = toCsv(table, rows, {
      zone: ZONE,
      delimiter: ',',
      bom: false,
      dateStyle: 'fr',
      formulaEscape: false,
      booleans: { true: 'VRAI', false: 'FAUX' },
    })._unsafeUnwrap();
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    const back = read(text, ',');
    expect(back[2]).toEqual(['Le « bon » tuteur', '-10.5', '11/11/2022', '11/11/2022 05:30:00', '']);
    expect(back.slice(1, 5).map((r) => r[4])).toEqual(['VRAI', '', 'VRAI', 'FAUX']);
    expect(back.slice(1).map((r) => r[0])).toEqual([...HOSTILE]);
  });

  it('lists every invalid value with its row and column', () => {
    const bad: Ligne[] = [
      {
        nom: 'a',
        numen: '',
        note: Number.NaN,
        echeance: '2022-02-30',
        depose: '2022-11-30T10:00',
        alerte: null,
      },
      {
        nom: 'b\uD800',
        numen: '',
        note: Number.POSITIVE_INFINITY,
        echeance: null,
        depose: 'hier',
        alerte: true,
      },
    ];
    const issues = toCsv(table, bad, { zone: ZONE })._unsafeUnwrapErr().issues;
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['tableur.nombre.invalide', 'rows.0.note'],
      ['tableur.date.invalide', 'rows.0.echeance'],
      ['tableur.instant.invalide', 'rows.0.depose'],
      ['tableur.texte.unicode', 'rows.1.nom'],
      ['tableur.nombre.invalide', 'rows.1.note'],
      ['tableur.instant.invalide', 'rows.1.depose'],
    ]);
    expect(toCsv(table, rows, { zone: 'Europe/Nulle-Part' })._unsafeUnwrapErr().issues[0]?.code).toBe(
      'tableur.fuseau.inconnu',
    );
  });

  it('quotes the lone empty field of a one-column table so the row is not read as a blank line', () => {
    const one: TableSpec<{ v: string }> = { name: 'Un', columns: [column.text('v', 'V', (r) => r.v)] };
    const text = toCsv(one, [{ v: 'a' }, { v: '' }, { v: 'b' }], { zone: ZONE })._unsafeUnwrap();
    expect(read(text)).toEqual([['V'], ['a'], [''], ['b']]);
  });
});

describe('escapeFormula', () => {
  it('is reversed exactly by unescapeFormula (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(unescapeFormula(escapeFormula(s))).toBe(s);
      }),
    );
  });
});

describe('CSV round-trip (property)', () => {
  // Random texts mixing every hostile character with arbitrary Unicode.
  const hostileText = fc
    .array(
      fc.oneof(
        fc.string({ unit: 'grapheme', maxLength: 6 }),
        fc.constantFrom(
          ';',
          ',',
          '"',
          '\n',
          '\r',
          '\r\n',
          '=',
          '+',
          '-',
          '@',
          "'",
          '\t',
          '«\u00a0',
          '’',
          '"";',
        ),
      ),
      {
        maxLength: 8,
      },
    )
    .map((parts) => parts.join(''));

  it('reads back what was written, for any texts, separator and BOM choice', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((width) =>
          fc.record({
            width: fc.constant(width),
            rows: fc.array(fc.array(hostileText, { minLength: width, maxLength: width }), { maxLength: 10 }),
            delimiter: fc.constantFrom<';' | ',' | '\t'>(';', ',', '\t'),
            bom: fc.boolean(),
            formulaEscape: fc.boolean(),
          }),
        ),
        ({ width, rows: data, delimiter, bom, formulaEscape }) => {
          const spec: TableSpec<readonly string[]> = {
            name: 'P',
            columns: Array.from({ length: width }, (_, i) =>
              column.text(`c${i}`, `Colonne ${i}`, (r) => r[i]),
            ),
          };
          const csv = toCsv(spec, data, { zone: ZONE, delimiter, bom, formulaEscape })._unsafeUnwrap();
          const back = parse(csv, { delimiter, bom: true }) as string[][];
          const undo = formulaEscape ? unescapeFormula : (s: string) => s;
          expect(back.slice(1).map((r) => r.map(undo))).toEqual(data);
        },
      ),
      { numRuns: 300 },
    );
  });
});
