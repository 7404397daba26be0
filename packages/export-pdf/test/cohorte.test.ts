import { Writable } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { createFicheBilanExporter, defaultPdfFonts, writeFichesBilanCohorte } from '../src/index.js';
import { config, dossier } from './fixtures.js';
import { BUDGET_TEST_PDF_MS, parsePdf } from './helpers.js';

vi.setConfig({ testTimeout: BUDGET_TEST_PDF_MS });

const fonts = defaultPdfFonts();
const at = '2022-11-30T10:00:00+04:00';

/** A writable that keeps what it receives, and answers slowly to exercise back-pressure. */
function memoire(files: Map<string, Buffer[]>, name: string): Writable {
  const chunks: Buffer[] = [];
  files.set(name, chunks);
  return new Writable({
    highWaterMark: 1024,
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk);
      setImmediate(callback);
    },
  });
}

async function* lent(n: number) {
  for (let i = 0; i < n; i++) {
    await new Promise((resolve) => setImmediate(resolve));
    yield i === 7
      ? dossier({ dossierId: `D${i}`, grilleId: 'grille-inconnue' })
      : dossier({ dossierId: `D${i}`, nom: `Nom${i}` });
  }
}

describe('cohort', () => {
  it('writes one PDF per dossier from an async source, reports the dossiers in error and goes on', async () => {
    const files = new Map<string, Buffer[]>();
    const bilan = await writeFichesBilanCohorte(
      lent(12),
      { nature: 'intermediaire', at },
      { ...config, fonts },
      ({ fileName }) => memoire(files, fileName),
    );
    expect(bilan.documents).toBe(11);
    expect(bilan.erreurs.map((e) => [e.dossierId, e.error.issues.map((i) => i.code)])).toEqual([
      ['D7', ['fiche.grille-inconnue']],
    ]);
    expect(files.size).toBe(11);
    let total = 0;
    for (const [name, chunks] of files) {
      const bytes = Buffer.concat(chunks);
      total += bytes.length;
      expect(name).toMatch(/^fiche-bilan-intermediaire-2022-2023-d\d+\.pdf$/);
      const pdf = await parsePdf(bytes);
      const id = name.match(/d(\d+)\.pdf$/)?.[1];
      expect(pdf.text).toContain(`NOM${id}`);
      pdf.pages.forEach((page, i) => {
        expect(page).toContain(`page ${i + 1} / ${pdf.pages.length}`);
      });
    }
    expect(bilan.octets).toBe(total);
  });

  it('renders lazily: a fiche is made only when the consumer asks for it', async () => {
    const exporter = createFicheBilanExporter({ ...config, fonts });
    let pulled = 0;
    function* source() {
      for (let i = 0; i < 1000; i++) {
        pulled++;
        yield dossier({ dossierId: `D${i}` });
      }
    }
    const iterator = exporter.cohorte(source(), { nature: 'intermediaire', at })[Symbol.asyncIterator]();
    const first = await iterator.next();
    expect(first.done).toBe(false);
    expect(pulled).toBe(1);
    await iterator.return?.();
  });
});
