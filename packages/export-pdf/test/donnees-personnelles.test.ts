import type { Readable } from 'node:stream';
import { sensitivePaths } from '@tremplin/core';
import type { Result } from 'neverthrow';
import { describe, expect, it, vi } from 'vitest';
import {
  buildMasqueDonneesPersonnelles,
  createPdfExporters,
  defaultPdfFonts,
  listChampsSensibles,
  MASQUE,
} from '../src/index.js';
import { COURRIEL, config, DATE_NAISSANCE, donneesPersonnellesDe, dossier, NUMEN } from './fixtures.js';
import { BUDGET_TEST_PDF_MS, bytesOf, parsePdf } from './helpers.js';

vi.setConfig({ testTimeout: BUDGET_TEST_PDF_MS });

// Uncompressed output, so the raw bytes can be searched too: they hold the document information
// and any string pdfkit writes as is; page text is glyph ids, read back through pdf.js instead.
const exporters = createPdfExporters({ ...config, fonts: defaultPdfFonts(), compress: false });
const at = '2023-06-01T10:00:00+04:00';
const dateNaissanceFr = DATE_NAISSANCE.split('-').reverse().join('/');

async function output(
  result: Result<Readable, unknown>,
): Promise<{ text: string; raw: string; meta: string }> {
  if (result.isErr()) throw new Error(JSON.stringify(result.error));
  const bytes = await bytesOf(result.value);
  const parsed = await parsePdf(bytes);
  return { text: parsed.text, raw: bytes.toString('latin1'), meta: JSON.stringify(parsed.info) };
}

/** Every document of a cohort of three, in every PDF kind. */
async function everyDocument(includeSensitive?: readonly string[]) {
  const cohorte = [0, 1, 2].map((i) =>
    dossier({
      dossierId: `D${i}`,
      nom: `Nom${i}`,
      avis: true,
      // Someone typed the NUMEN and the e-mail into a free text.
      appreciationTuteur: `Joindre le dossier ${NUMEN} ; écrire à ${COURRIEL.toUpperCase()}.`,
    }),
  );
  // The caller passes the personal data (read from the register): documents print only what it names.
  const donneesPersonnelles = donneesPersonnellesDe(cohorte);
  const options =
    includeSensitive !== undefined ? { includeSensitive, donneesPersonnelles } : { donneesPersonnelles };
  const docs = [];
  for (const d of cohorte) {
    docs.push(
      await output(exporters.ficheBilan.export({ dossier: d, nature: 'intermediaire', at }, options)),
    );
    docs.push(await output(exporters.ficheBilan.export({ dossier: d, nature: 'final', at }, options)));
    docs.push(await output(exporters.rapportVisite.export({ dossier: d, visiteId: 'V1', at }, options)));
  }
  docs.push(
    await output(
      exporters.listeJury.export(
        { corps: 'certifie', anneeScolaire: '2022-2023', dossiers: cohorte, at },
        options,
      ),
    ),
  );
  return docs;
}

describe('personal data', () => {
  it('finds the sensitive fields the core marks, from its own list, in the data the caller passed', () => {
    const d = dossier();
    const donnees = donneesPersonnellesDe([d]).get(d.identite.stagiaire.id);
    const champs = listChampsSensibles(d, donnees);
    expect(champs.map((c) => c.path)).toEqual(
      sensitivePaths.personne.map((p) => ['identite', 'stagiaire', ...p]),
    );
    expect(champs.map((c) => c.value)).toEqual([NUMEN, DATE_NAISSANCE, COURRIEL]);
    const sansNumen = donneesPersonnellesDe([d], null).get(d.identite.stagiaire.id);
    expect(listChampsSensibles(d, sansNumen).map((c) => c.name)).toEqual(['dateNaissance', 'courriel']);
    expect(listChampsSensibles(d)).toEqual([]);
  });

  it('never prints NUMEN, date of birth or e-mail unless asked, in any PDF of a cohort, even typed in a free text', async () => {
    const docs = await everyDocument();
    expect(docs).toHaveLength(10);
    for (const doc of docs) {
      for (const value of [NUMEN, COURRIEL, COURRIEL.toUpperCase(), DATE_NAISSANCE, dateNaissanceFr]) {
        expect(doc.text).not.toContain(value);
        expect(doc.raw).not.toContain(value);
        expect(doc.meta).not.toContain(value);
      }
    }
    const fiche = docs[0];
    expect(fiche?.text).toContain(`Joindre le dossier ${MASQUE} ; écrire à ${MASQUE}.`);
  });

  it('prints exactly the fields the caller names, by name or by path', async () => {
    const docs = await everyDocument(['numen', 'identite.stagiaire.courriel']);
    const [fiche, , rapport] = docs;
    const jury = docs.at(-1);
    expect(fiche?.text).toContain(`NUMEN ${NUMEN}`);
    expect(fiche?.text).toContain(`Courriel ${COURRIEL}`);
    expect(fiche?.text).not.toContain(dateNaissanceFr);
    expect(jury?.text).toContain(NUMEN);
    expect(rapport?.text).not.toContain(dateNaissanceFr);
    // The free text keeps the asked values and still hides nothing else.
    expect(fiche?.text).toContain(`Joindre le dossier ${NUMEN}`);
  });

  it('masks case-insensitively and leaves other text alone', () => {
    const d = dossier();
    const donnees = donneesPersonnellesDe([d]);
    const masque = buildMasqueDonneesPersonnelles(d, [], donnees);
    expect(masque.clean(`x ${NUMEN.toLowerCase()} y`)).toBe(`x ${MASQUE} y`);
    expect(masque.clean('Rien de sensible (ni regex .*)')).toBe('Rien de sensible (ni regex .*)');
    expect(
      buildMasqueDonneesPersonnelles(d, ['numen', 'dateNaissance', 'courriel'], donnees).clean(NUMEN),
    ).toBe(NUMEN);
  });
});
