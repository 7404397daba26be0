import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { column, dosDateTime, type TableSpec, toXlsx, type XlsxOptions } from '../src/index.js';
import { HOSTILE, rows, table } from './fixtures.js';
import { unzipText } from './unzip.js';

const OPTIONS: XlsxOptions = { zone: 'Indian/Reunion', now: '2023-06-01T08:00:00+04:00' };

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return book;
}

function sheetOf(book: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = book.getWorksheet(name);
  if (sheet === undefined) throw new Error(`no sheet ${name}`);
  return sheet;
}

describe('toXlsx, read back with exceljs', async () => {
  const bytes = (await toXlsx([{ table, rows, freezeColumns: 1 }], OPTIONS))._unsafeUnwrap();
  const sheet = sheetOf(await load(bytes), 'Stagiaires');

  it('has a header row without the sensitive column', () => {
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'Nom, prénom',
      'Écart (jours)',
      'Échéance',
      'Déposé le',
      'Alerte',
    ]);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.rowCount).toBe(rows.length + 1);
  });

  it('keeps every hostile text as a text cell, never a formula, without any prefix', () => {
    const texts = rows.map((_, i) => sheet.getRow(i + 2).getCell(1));
    expect(texts.map((c) => c.type)).toEqual(rows.map(() => ExcelJS.ValueType.String));
    expect(texts.map((c) => c.value)).toEqual([...HOSTILE]);
  });

  it('writes numbers as numbers with their format, dates and date-times as dates, booleans as booleans', () => {
    const row = sheet.getRow(3); // rows[1]
    expect(row.getCell(2).type).toBe(ExcelJS.ValueType.Number);
    expect(row.getCell(2).value).toBe(-10.5);
    expect(row.getCell(2).numFmt).toBe('0.0');
    expect(row.getCell(3).type).toBe(ExcelJS.ValueType.Date);
    expect(row.getCell(3).value).toEqual(new Date(Date.UTC(2022, 10, 11)));
    expect(row.getCell(3).numFmt).toBe('dd/mm/yyyy');
    // 2022-11-11T01:30Z shown as 05:30, the wall-clock time in La Réunion
    expect(row.getCell(4).value).toEqual(new Date(Date.UTC(2022, 10, 11, 5, 30)));
    expect(row.getCell(4).numFmt).toBe('dd/mm/yyyy hh:mm');
    expect(sheet.getRow(4).getCell(5).value).toBe(true);
    expect(sheet.getRow(5).getCell(5).value).toBe(false);
    expect(sheet.getRow(2).getCell(2).type).toBe(ExcelJS.ValueType.Null);
  });

  it('reads back every cell equal to what was given (dates come back as dates)', () => {
    rows.forEach((r, i) => {
      const line = sheet.getRow(i + 2);
      const value = (c: number): ExcelJS.CellValue => line.getCell(c).value ?? null;
      expect(value(2)).toBe(r.note);
      expect(value(3)).toEqual(r.echeance === null ? null : new Date(`${r.echeance}T00:00:00Z`));
      expect(value(4)).toEqual(r.depose === null ? null : new Date(Date.parse(r.depose) + 4 * 3_600_000));
      expect(value(5)).toBe(r.alerte);
    });
  });

  it('freezes the header row and the asked columns, and filters the whole range', () => {
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1 });
    expect(sheet.autoFilter).toBe(`A1:E${rows.length + 1}`);
  });

  it('fits column widths to the content within 8–60 characters, unless the column sets one', () => {
    const widths = sheet.columns.map((c) => c.width);
    expect(widths[4]).toBe(10);
    const longest = Math.max(...HOSTILE.flatMap((t) => t.split(/\r\n|\r|\n/)).map((l) => [...l].length));
    expect(widths[0]).toBe(longest + 1); // one character of margin
    for (const w of widths) expect(w).toBeGreaterThanOrEqual(8);
  });

  it('includes the NUMEN only when named', async () => {
    const named = (
      await toXlsx([{ table, rows }], { ...OPTIONS, includeSensitive: ['numen'] })
    )._unsafeUnwrap();
    const withNumen = sheetOf(await load(named), 'Stagiaires');
    expect(withNumen.getRow(1).getCell(2).value).toBe('NUMEN');
    expect(withNumen.getRow(2).getCell(2).value).toBe('00E1234567ABC');
    expect(Buffer.from(bytes).includes('E1234567ABC')).toBe(false);
  });
});

describe('toXlsx determinism and metadata', () => {
  it('gives the same bytes for the same input, and other bytes for another instant', async () => {
    const first = (await toXlsx([{ table, rows }], OPTIONS))._unsafeUnwrap();
    await new Promise((resolve) => setTimeout(resolve, 2_100)); // the ZIP clock has a 2-second resolution
    const second = (await toXlsx([{ table, rows }], OPTIONS))._unsafeUnwrap();
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    const other = (
      await toXlsx([{ table, rows }], { ...OPTIONS, now: '2023-06-02T08:00:00+04:00' })
    )._unsafeUnwrap();
    expect(Buffer.from(other).equals(Buffer.from(first))).toBe(false);
  });

  it('records the export instant in the document properties and in every archive entry', async () => {
    const bytes = (await toXlsx([{ table, rows }], OPTIONS))._unsafeUnwrap();
    const book = await load(bytes);
    expect(book.created).toEqual(new Date('2023-06-01T04:00:00Z'));
    expect(book.modified).toEqual(new Date('2023-06-01T04:00:00Z'));
    expect(book.creator).toBe('Tremplin');
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const { time, date } = dosDateTime(Date.parse('2023-06-01T04:00:00Z'));
    let entries = 0;
    for (let i = 0; i + 4 <= bytes.length; i++) {
      if (view.getUint32(i, true) === 0x04034b50) {
        expect([view.getUint16(i + 10, true), view.getUint16(i + 12, true)]).toEqual([time, date]);
        entries++;
      }
    }
    expect(entries).toBeGreaterThan(5);
  });
});

describe('toXlsx with several sheets and odd texts', () => {
  it('writes one sheet per table, each with its own row type', async () => {
    const alertes: TableSpec<{ code: string; n: number }> = {
      name: 'Alertes',
      columns: [
        column.text('code', 'Code', (r) => r.code),
        column.number('n', 'Nombre', (r) => r.n, { decimals: 0 }),
      ],
    };
    const bytes = (
      await toXlsx(
        [
          { table, rows },
          { table: alertes, rows: [{ code: 'visite', n: 3 }] },
        ],
        OPTIONS,
      )
    )._unsafeUnwrap();
    const book = await load(bytes);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Stagiaires', 'Alertes']);
    expect(sheetOf(book, 'Alertes').getRow(2).values).toEqual([undefined, 'visite', 3]);
    expect(sheetOf(book, 'Alertes').getRow(2).getCell(2).numFmt).toBe('0');
  });

  it('round-trips control characters and literal `_xHHHH_` sequences (ECMA-376 escaping)', async () => {
    const texts = ['a\u0001b', 'x_x0041_y', '_x005F_', 'bell\u0007 and \u001f', 'lower _x00ab_ hex'];
    const spec: TableSpec<string> = { name: 'T', columns: [column.text('t', 'T', (r) => r)] };
    const book = await load((await toXlsx([{ table: spec, rows: texts }], OPTIONS))._unsafeUnwrap());
    expect(
      texts.map(
        (_, i) =>
          sheetOf(book, 'T')
            .getRow(i + 2)
            .getCell(1).value,
      ),
    ).toEqual(texts);
  });

  it('reads back random texts equal (property)', async () => {
    const spec: TableSpec<readonly string[]> = {
      name: 'P',
      columns: [0, 1, 2].map((i) => column.text(`c${i}`, `C${i}`, (r) => r[i])),
    };
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.array(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }), {
            minLength: 3,
            maxLength: 3,
          }),
          {
            minLength: 1,
            maxLength: 8,
          },
        ),
        async (data) => {
          const book = await load((await toXlsx([{ table: spec, rows: data }], OPTIONS))._unsafeUnwrap());
          const back = data.map((_, r) =>
            [1, 2, 3].map(
              (c) =>
                sheetOf(book, 'P')
                  .getRow(r + 2)
                  .getCell(c).value,
            ),
          );
          expect(back).toEqual(data);
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('toXlsx refuses invalid input with every reason', () => {
  it('lists a bad instant, duplicate and invalid sheet names, frozen columns out of range', async () => {
    const bad: TableSpec<string> = { name: 'Bilans: 2023?', columns: [column.text('t', 'T', (r) => r)] };
    const result = await toXlsx(
      [
        { table, rows },
        { table: { ...table, name: 'STAGIAIRES' }, rows, freezeColumns: 9 },
        { table: bad, rows: [] },
      ],
      { ...OPTIONS, now: '2023-06-01T08:00:00' },
    );
    expect(result._unsafeUnwrapErr().issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['tableur.instant.invalide', 'now'],
      ['tableur.feuille.double', 'sheets.1.name'],
      ['tableur.feuille.figement', 'sheets.1.freezeColumns'],
      ['tableur.feuille.nom-invalide', 'sheets.2.name'],
    ]);
  });
});

describe('toXlsx prints every sheet on A4 landscape, fitted to the width', () => {
  it('writes pageSetup, fitToPage and the header row as print titles, in the XML of each sheet', async () => {
    const other = { ...table, name: 'Autre feuille' };
    const bytes = (
      await toXlsx(
        [
          { table, rows },
          { table: other, rows },
        ],
        OPTIONS,
      )
    )._unsafeUnwrap();
    const files = unzipText(bytes);
    const sheets = [...files.keys()].filter((n) => /^\/?xl\/worksheets\/sheet\d+\.xml$/.test(n));
    expect(sheets).toHaveLength(2);
    for (const name of sheets) {
      const xml = files.get(name) ?? '';
      const pageSetup = /<pageSetup\b[^>]*>/.exec(xml)?.[0] ?? '';
      expect(pageSetup).toContain('paperSize="9"');
      expect(pageSetup).toContain('orientation="landscape"');
      expect(pageSetup).toContain('fitToWidth="1"');
      expect(pageSetup).toContain('fitToHeight="0"');
      expect(xml).toMatch(/<pageSetUpPr\b[^>]*fitToPage="1"/);
    }
    const workbook = [...files].find(([n]) => /xl\/workbook\.xml$/.test(n))?.[1] ?? '';
    const titles = [...workbook.matchAll(/<definedName name="_xlnm\.Print_Titles"[^>]*>([^<]*)</g)].map((m) =>
      m[1]?.replaceAll('&apos;', "'"),
    );
    expect(titles).toEqual(["'Stagiaires'!$1:$1", "'Autre feuille'!$1:$1"]);
  });
});
