import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  applyEspacesInsecables,
  createPdfLayout,
  defaultPdfFonts,
  dejaVuFontFiles,
  frenchCharacters,
  NBSP,
  NNBSP,
  type PdfLayout,
  pdfFontsFromBytes,
  SUITE,
  type TableItem,
  wrapLines,
} from '../src/index.js';
import { BUDGET_TEST_PDF_MS, bytesOf, occurrences, parsePdf } from './helpers.js';

vi.setConfig({ testTimeout: BUDGET_TEST_PDF_MS });

const fonts = defaultPdfFonts();

function layout(compress = true): PdfLayout {
  return createPdfLayout({
    fonts,
    compress,
    header: {
      academie: 'Académie de La Réunion',
      service: 'EAFC',
      titre: 'Document d’essai',
      sousTitre: '2022-2023',
    },
    footer: { left: 'Essai', center: 'Édité le 30/11/2022' },
    metadata: { title: 'Essai', creationDate: new Date('2022-11-30T06:00:00Z') },
  });
}

describe('fonts', () => {
  it('embeds DejaVu Sans Condensed, never a standard PDF font', async () => {
    const l = layout(false);
    l.paragraph('Texte');
    const raw = (await bytesOf(l.end())).toString('latin1');
    expect(raw).toMatch(/\/FontName \/[A-Z]{6}\+DejaVuSansCondensed/);
    expect(raw).not.toContain('/Helvetica');
    expect(raw).not.toContain('/Times');
  });

  it('keeps every letter searchable when documents share the parsed fonts (composite glyphs)', async () => {
    // Subsetting Î reaches the glyph I as a component; the shared font must still map I to « I ».
    const first = layout();
    first.paragraph('ÎLE ÔTER ŒUVRE');
    await bytesOf(first.end());
    const second = layout();
    second.paragraph('MARTIN OTIS OEUF');
    expect((await parsePdf(await bytesOf(second.end()))).text).toContain('MARTIN OTIS OEUF');
  });

  it('resolves every DejaVu face from the dejavu-fonts-ttf package', () => {
    const require = createRequire(import.meta.url);
    for (const file of Object.values(dejaVuFontFiles)) expect(existsSync(require.resolve(file))).toBe(true);
    expect(Object.values(fonts).map((f) => f.postscriptName)).toEqual([
      'DejaVuSansCondensed',
      'DejaVuSansCondensed-Bold',
      'DejaVuSansCondensed-Oblique',
      'DejaVuSansCondensed-BoldOblique',
    ]);
  });

  it('refuses unreadable font bytes with one issue per face', () => {
    const junk = new Uint8Array([1, 2, 3, 4]);
    const result = pdfFontsFromBytes({ regular: junk, bold: junk, italic: junk, boldItalic: junk });
    expect(result.isErr()).toBe(true);
    if (result.isErr()) {
      expect(result.error.issues.map((i) => i.code)).toEqual(Array(4).fill('police.illisible'));
    }
  });
});

describe('French typography', () => {
  it('renders accents, ligatures, guillemets, apostrophes and dashes, read back by pdf.js', async () => {
    const l = layout();
    const phrase = 'Cœur de l’œuvre : « Élève » — À ÇA ÊTRE ÎLE ÔTER ÙÛÜŸ Æ æ ï ë … 12 € § 4°';
    l.heading('Égalité, laïcité, équité');
    l.paragraph(phrase);
    const parsed = await parsePdf(await bytesOf(l.end()));
    // pdf.js turns no-break spaces into plain spaces when it extracts text.
    for (const char of frenchCharacters.replace(/[\u00a0\u202f]/g, '')) {
      if (phrase.includes(char)) expect(parsed.text).toContain(char);
    }
    expect(parsed.text).toContain('Cœur de l’œuvre : « Élève » — À ÇA ÊTRE');
    expect(parsed.text).toContain('Égalité, laïcité, équité');
  });

  it('maps no-break and narrow no-break spaces to their own glyphs (ToUnicode)', async () => {
    const l = layout(false);
    l.paragraph(`Conseil${NBSP}: «${NNBSP}oui${NNBSP}»`);
    const raw = (await bytesOf(l.end())).toString('latin1');
    expect(raw.toLowerCase()).toContain('<00a0>');
    expect(raw.toLowerCase()).toContain('<202f>');
  });

  it('never starts a line with a colon or a closing guillemet after applyEspacesInsecables', async () => {
    const l = layout();
    const text = applyEspacesInsecables(
      Array.from({ length: 60 }, (_, i) => `mot${i} : « cité${i} » ; vrai${i} ? oui${i} !`).join(' '),
    );
    l.paragraph(text);
    const parsed = await parsePdf(await bytesOf(l.end()));
    const lines = parsed.text.split('\n').map((s) => s.trim());
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) expect(line).not.toMatch(/^[:;!?»]/);
  });

  it('applyEspacesInsecables only touches spaces around French punctuation, and is idempotent', () => {
    expect(applyEspacesInsecables('Note : « bien » ; oui ! non ?')).toBe(
      `Note${NBSP}: «${NNBSP}bien${NNBSP}»${NNBSP}; oui${NNBSP}! non${NNBSP}?`,
    );
    expect(applyEspacesInsecables('https://exemple.fr 10:30')).toBe('https://exemple.fr 10:30');
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', ' ', ':', ';', '!', '?', '«', '»', 'é', '\n') }),
        (s) => {
          const once = applyEspacesInsecables(s);
          expect(applyEspacesInsecables(once)).toBe(once);
          const strip = (t: string) => t.replace(/[ \u00a0\u202f]/g, '');
          expect(strip(once)).toBe(strip(s));
        },
      ),
    );
  });
});

describe('pages', () => {
  it('stamps the header and « page N / M » on every page', async () => {
    const l = layout();
    for (let i = 0; i < 3; i++) {
      l.paragraph(`Page de départ ${i}`);
      l.newPage();
    }
    l.paragraph('Dernière');
    const parsed = await parsePdf(await bytesOf(l.end()));
    expect(parsed.pages).toHaveLength(4);
    parsed.pages.forEach((page, index) => {
      expect(page).toContain(`page ${index + 1} / 4`);
      expect(page).toContain('Académie de La Réunion');
      expect(page).toContain('Document d’essai');
      expect(page).toContain('Édité le 30/11/2022');
    });
  });

  it('cuts a header too long for its place with « … » instead of wrapping it', async () => {
    const l = createPdfLayout({
      fonts,
      header: { academie: `Académie ${'très '.repeat(40)}longue`, titre: 'Titre' },
      metadata: { title: 'Essai', creationDate: new Date('2022-11-30T06:00:00Z') },
    });
    l.paragraph('Corps');
    const parsed = await parsePdf(await bytesOf(l.end()));
    expect(parsed.pages).toHaveLength(1);
    expect(parsed.text).toMatch(/Académie (très )+très?…/);
    expect(parsed.text).not.toContain('longue');
  });

  it('writes the given creation date, so equal inputs give equal bytes', async () => {
    const render = async () => {
      const l = layout();
      l.title('Titre');
      l.table({ columns: [{ header: 'A', width: 1 }], rows: [{ cells: ['x'] }] });
      return bytesOf(l.end());
    };
    const [a, b] = [await render(), await render()];
    expect(a.equals(b)).toBe(true);
    expect((await parsePdf(a)).info.CreationDate).toBe('D:20221130060000Z');
  });
});

describe('tables', () => {
  const columns = [
    { header: 'Identifiant', width: 1 },
    { header: 'Contenu sur plusieurs lignes', width: 3 },
    { header: 'État', width: 1, align: 'center' as const },
  ];

  it('loses no row and never cuts one: 200 rows of 1 to 4 lines', async () => {
    const l = layout();
    l.heading('Une longue table');
    const rows: TableItem[] = [];
    for (let i = 0; i < 200; i++) {
      const id = `R${String(i).padStart(3, '0')}`;
      const lines = Array.from({ length: 1 + (i % 4) }, (_, k) => `${id}-L${k}`);
      if (i % 50 === 0) rows.push({ kind: 'section', text: `Bloc ${i / 50 + 1}` });
      rows.push({ cells: [id, lines.join('\n'), i % 3 === 0 ? 'fait' : 'à faire'] });
    }
    l.table({ columns, rows });
    const parsed = await parsePdf(await bytesOf(l.end()));
    expect(parsed.pages.length).toBeGreaterThan(3);
    for (let i = 0; i < 200; i++) {
      const id = `R${String(i).padStart(3, '0')}`;
      const pagesWithRow = parsed.pages.filter((p) => p.includes(`${id}-L0`));
      expect(pagesWithRow, id).toHaveLength(1);
      const [page] = pagesWithRow;
      // Every line of the row is on the row's page.
      for (let k = 0; k < 1 + (i % 4); k++)
        expect(occurrences(page ?? '', `${id}-L${k}`), `${id}-L${k}`).toBe(1);
    }
    // The header is repeated at the top of every page.
    for (const page of parsed.pages) expect(page).toContain('Contenu sur plusieurs lignes');
  });

  it('keeps a section band with the first row under it', async () => {
    const l = layout();
    const rows: TableItem[] = [];
    for (let i = 0; i < 120; i++) {
      if (i % 6 === 0) rows.push({ kind: 'section', text: `Section S${i / 6}` });
      rows.push({ cells: [`X${i}`, 'ligne\nligne', ''] });
    }
    l.table({ columns, rows });
    const parsed = await parsePdf(await bytesOf(l.end()));
    for (let s = 0; s < 20; s++) {
      const page = parsed.pages.findIndex(
        (p) => p.includes(`Section S${s}\n`) || p.endsWith(`Section S${s}`),
      );
      const first = parsed.pages.findIndex((p) => new RegExp(`\\bX${s * 6}\\b`).test(p));
      expect(page, `Section S${s}`).toBe(first);
    }
  });

  it('cuts a row taller than a page by lines, marking each continuation « (suite) »', async () => {
    const l = layout();
    const words = Array.from({ length: 2500 }, (_, i) => `m${i}`);
    l.table({
      columns,
      rows: [{ cells: ['GÉANT', words.join(' '), 'fin'] }, { cells: ['APRÈS', 'suivante', ''] }],
    });
    const parsed = await parsePdf(await bytesOf(l.end()));
    expect(parsed.pages.length).toBeGreaterThan(2);
    expect(occurrences(parsed.text, SUITE)).toBe(parsed.pages.length - 1);
    const found = parsed.text.match(/\bm\d+\b/g) ?? [];
    expect(found).toEqual(words);
    expect(parsed.text).toContain('APRÈS');
  });

  it('draws a header alone for an empty table', async () => {
    const l = layout();
    l.table({ columns, rows: [] });
    expect((await parsePdf(await bytesOf(l.end()))).text).toContain('Contenu sur plusieurs lignes');
  });
});

describe('signature boxes', () => {
  it('never cuts a row of boxes across pages', async () => {
    const l = layout();
    for (let i = 0; i < 44; i++) l.paragraph(`Ligne ${i}`, { spaceAfter: 4 });
    l.signatures([{ role: 'Le tuteur', nom: 'Jean MARTIN' }, { role: "Le chef d'établissement" }]);
    const parsed = await parsePdf(await bytesOf(l.end()));
    const page = parsed.pages.find((p) => p.includes('Le tuteur'));
    expect(page).toBeDefined();
    expect(page).toContain('Jean MARTIN');
    expect(page).toContain('Le chef d’établissement');
    expect(occurrences(page ?? '', 'Signature :')).toBe(2);
    expect(occurrences(page ?? '', 'Date :')).toBe(2);
  });
});

describe('wrapLines', () => {
  const measure = (text: string) => text.length * 5;

  it('breaks at spaces, keeps explicit line feeds, breaks a word only when it is wider than the line', () => {
    expect(wrapLines('aa bb cc', 25, measure)).toEqual(['aa bb', 'cc']);
    expect(wrapLines('aa\n\nbb', 100, measure)).toEqual(['aa', '', 'bb']);
    expect(wrapLines('abcdefghij', 20, measure)).toEqual(['abcd', 'efgh', 'ij']);
    expect(wrapLines(`aa bb${NBSP}cc`, 30, measure)).toEqual(['aa', `bb${NBSP}cc`]);
  });

  it('gives lines no wider than the width, and loses no word', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: fc.constantFrom('a', 'é', 'w', 'œ'), minLength: 1, maxLength: 12 }), {
          maxLength: 40,
        }),
        fc.integer({ min: 5, max: 80 }),
        (words, width) => {
          const lines = wrapLines(words.join(' '), width, measure);
          for (const line of lines) expect(measure(line) <= width || line.length === 1).toBe(true);
          expect(lines.join(' ').replace(/ /g, '')).toBe(words.join(''));
        },
      ),
    );
  });
});
