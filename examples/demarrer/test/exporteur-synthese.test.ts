// The exporter sample of docs/guides/ecrire-un-store-ou-un-exporteur.md: shown verbatim by the guide, and
// behaving as the guide says (validation first, no sensitive data unless named, a stable safe file name).
import { readFileSync } from 'node:fs';
import {
  CALENDRIERS,
  type Command,
  compileRules,
  type DossierEvent,
  type DossierState,
  findCalendrier,
  foldDossier,
  packNational,
  sensitive,
  transition,
} from '@tremplin/core';
import { describe, expect, it } from 'vitest';
import { createSyntheseExporter } from '../src/exporteur-synthese.js';

const sample = readFileSync(new URL('../src/exporteur-synthese.ts', import.meta.url), 'utf8');
const guide = readFileSync(
  new URL('../../../docs/guides/ecrire-un-store-ou-un-exporteur.md', import.meta.url),
  'utf8',
);

const calendrier = findCalendrier(CALENDRIERS, 'reunion', '2022-2023')._unsafeUnwrap();
const regles = compileRules({
  layers: [packNational],
  anneeScolaire: '2022-2023',
  calendrier,
})._unsafeUnwrap().workflow;
const rectorat = { role: 'rectorat', id: 'dpe-974', academie: 'reunion' } as const;

function dossier(nommer: boolean): DossierState {
  const commandes: [Command, string][] = [
    [
      {
        type: 'dossier.ouvrir',
        dossierId: 'REU:2022.1',
        identite: {
          stagiaire: {
            id: 'stg-1',
            nom: 'Hoarau',
            prenom: 'Léa',
          },
          academie: 'reunion',
          anneeScolaire: '2022-2023',
          corps: 'certifie',
          discipline: 'mathematiques',
          uai: '9740001H',
          quotite: 'temps-plein',
          categorie: 'master-meef',
          master: 'detenu',
          stageRenouvele: false,
          dateNominationPrevue: '2022-09-01',
        },
        acteurs: {
          tuteurs: [],
          chefEtablissement: null,
          inspecteur: null,
          formateursInspe: [],
          directeurInspe: null,
        },
      },
      '2022-07-15T10:00:00+04:00',
    ],
  ];
  if (nommer) commandes.push([{ type: 'nomination.prononcer' }, '2022-09-01T08:00:00+04:00']);
  let state: DossierState | null = null;
  for (const [commande, now] of commandes) {
    const events: DossierEvent[] = transition(state, commande, {
      acteur: rectorat,
      now,
      regles,
    })._unsafeUnwrap();
    const base: number = state?.sequence ?? 0;
    state = foldDossier(
      events.map((event, i) => ({ sequence: base + i + 1, event })),
      state,
    )._unsafeUnwrap();
  }
  return state as DossierState;
}

describe('the exporter of the guide', () => {
  it('is shown verbatim by docs/guides/ecrire-un-store-ou-un-exporteur.md', () => {
    const block = /<!-- examples\/demarrer\/src\/exporteur-synthese\.ts -->\n```ts\n([\s\S]*?)```/.exec(
      guide,
    );
    expect(block?.[1]).toBe(sample);
  });

  it('writes the synthèse, without the NUMEN unless it is named', () => {
    const exporter = createSyntheseExporter();
    const state = dossier(true);
    expect(exporter.export(state)._unsafeUnwrap()).toBe(
      'Léa Hoarau — certifie, mathematiques\nDossier REU:2022.1 (reunion, 2022-2023) : en-stage\nVisites : 0 ; bilans : 0 ; avis : 0\n',
    );
    const donneesPersonnelles = new Map([
      ['stg-1', { numen: sensitive('12E1234567ABC'), dateNaissance: null, courriel: null }],
    ]);
    expect(exporter.export(state, { includeSensitive: ['numen'] })._unsafeUnwrap()).not.toContain('NUMEN');
    expect(exporter.export(state, { donneesPersonnelles })._unsafeUnwrap()).not.toContain('NUMEN');
    expect(
      exporter.export(state, { includeSensitive: ['numen'], donneesPersonnelles })._unsafeUnwrap(),
    ).toContain('NUMEN : 12E1234567ABC');
    expect(exporter.fileName(state)).toBe('synthese-REU_2022_1.txt');
    expect(exporter).toMatchObject({ format: 'synthese-txt', fileExtension: 'txt' });
  });

  it('refuses, before writing anything, a dossier whose stagiaire is not nominated', () => {
    const error = createSyntheseExporter().export(dossier(false))._unsafeUnwrapErr();
    expect(error).toMatchObject({
      kind: 'validation',
      issues: [{ code: 'synthese.non-nomme', path: ['stage'] }],
    });
  });
});
