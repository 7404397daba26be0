import type { ExportBody, Exporter, ExportOptions } from '@tremplin/core';
import { describe, expect, it } from 'vitest';
import {
  createAlertListExporter,
  createCohortOverviewExporter,
  createJuryListExporter,
  type SpreadsheetFormat,
} from '../src/index.js';
import { COURRIELS, DONNEES_PERSONNELLES, NAISSANCES, NUMENS } from './dossiers.js';
import { cohorteEvaluee } from './evaluations.js';
import { collect, unzipText } from './unzip.js';

// The caller passes the personal data: they are printed only for the columns it names.
const base = {
  timeZone: 'Indian/Reunion',
  at: '2022-12-05T08:00:00+04:00',
  donneesPersonnelles: DONNEES_PERSONNELLES,
};
const dossiers = cohorteEvaluee();

/** Everything an export writes, as searchable text: the CSV, or every XML part of the XLSX archive. */
async function text(body: ExportBody, format: SpreadsheetFormat['format']): Promise<string> {
  const bytes = await collect(body);
  if (format === 'csv') return new TextDecoder().decode(bytes);
  return [...unzipText(bytes).values()].join('\n');
}

/** The forms a date of birth can take in the output: ISO, French, and the spreadsheet serial number. */
function dateForms(iso: string): string[] {
  const serial = Date.parse(`${iso}T00:00:00Z`) / 86_400_000 + 25_569;
  return [iso, `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`, `>${serial}<`];
}

type AnyExporter = Exporter<never, ExportBody, ExportOptions>;

function exportsOf(
  format: SpreadsheetFormat,
): Array<[string, (options?: ExportOptions) => ReturnType<AnyExporter['export']>]> {
  return [
    [
      'liste du jury',
      (o) =>
        createJuryListExporter(format).export(
          { ...base, corps: 'certifie', anneeScolaire: '2022-2023', dossiers: dossiers.map((d) => d.state) },
          o,
        ),
    ],
    [
      'vue de la cohorte',
      (o) => createCohortOverviewExporter(format).export({ ...base, cohorte: 'c', dossiers }, o),
    ],
    ['alertes', (o) => createAlertListExporter(format).export({ ...base, dossiers }, o)],
  ];
}

describe.each([{ format: 'csv' } as const, { format: 'xlsx' } as const])(
  'personal data in $format exports',
  (format) => {
    it.each(exportsOf(format))('%s: no NUMEN, date of birth or e-mail unless named', async (_, run) => {
      const plain = await text(run()._unsafeUnwrap(), format.format);
      expect(plain).toContain('Dupont'); // the search runs on real content
      for (const numen of NUMENS) expect(plain).not.toContain(numen);
      for (const naissance of NAISSANCES)
        for (const form of dateForms(naissance)) expect(plain).not.toContain(form);
      for (const courriel of COURRIELS) expect(plain).not.toContain(courriel);

      const named = await text(run({ includeSensitive: ['numen'] })._unsafeUnwrap(), format.format);
      for (const courriel of COURRIELS) expect(named).not.toContain(courriel);
      for (const naissance of NAISSANCES)
        for (const form of dateForms(naissance)) expect(named).not.toContain(form);
    });

    it('writes the NUMEN, the date of birth and the e-mail of the jury list when each is named', async () => {
      const run = exportsOf(format)[0]?.[1];
      if (run === undefined) throw new Error('fixture');
      const named = await text(
        run({ includeSensitive: ['numen', 'dateNaissance', 'courriel'] })._unsafeUnwrap(),
        format.format,
      );
      for (const numen of NUMENS) expect(named).toContain(numen);
      for (const courriel of COURRIELS) expect(named).toContain(courriel);
      for (const naissance of NAISSANCES) {
        expect(dateForms(naissance).some((form) => named.includes(form))).toBe(true);
      }
    });
  },
);

describe('personal data passed in the options', () => {
  it('fills the named columns from ExportOptions.donneesPersonnelles, and nothing without them', async () => {
    const input = {
      timeZone: base.timeZone,
      at: base.at,
      corps: 'certifie' as const,
      anneeScolaire: '2022-2023',
    };
    const exporter = createJuryListExporter({ format: 'csv' });
    const states = dossiers.map((d) => d.state);
    const sans = await text(
      exporter.export({ ...input, dossiers: states }, { includeSensitive: ['numen'] })._unsafeUnwrap(),
      'csv',
    );
    for (const numen of NUMENS) expect(sans).not.toContain(numen);
    const avec = await text(
      exporter
        .export(
          { ...input, dossiers: states },
          { includeSensitive: ['numen'], donneesPersonnelles: DONNEES_PERSONNELLES },
        )
        ._unsafeUnwrap(),
      'csv',
    );
    for (const numen of NUMENS) expect(avec).toContain(numen);
  });
});
