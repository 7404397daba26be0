import {
  buildWorkflowRules,
  CALENDRIERS,
  compileRules,
  findCalendrier,
  type ParameterKey,
  packNational,
  parseRulePack,
  resolveRules,
} from '@tremplin/core';

const REUNION_2022_2023 = findCalendrier(CALENDRIERS, 'reunion', '2022-2023')._unsafeUnwrap();

import { describe, expect, it } from 'vitest';
import { GUIDE_REUNION_2022_2023, packReunion } from '../src/index.js';

describe('packReunion', () => {
  it('is a valid académie pack for La Réunion', () => {
    expect(parseRulePack(packReunion).isOk()).toBe(true);
    expect(packReunion).toMatchObject({ layer: 'academie', academie: 'reunion' });
  });

  it('cites a section of the guide, with its words, for every value taken from the guide', () => {
    for (const [key, entries] of Object.entries(packReunion.parameters)) {
      for (const entry of entries ?? []) {
        if (key === 'calendrier.fuseauHoraire') continue;
        expect(entry.source.texte, key).toBe(GUIDE_REUNION_2022_2023);
        expect(entry.source.article, key).toMatch(/^§ \d/);
        expect(entry.quote, key).toBeTruthy();
      }
    }
  });

  it('notes, verbatim, where the guide departs from the texts: the ministère « prononce la titularisation »', () => {
    const note = packReunion.notes?.find((n) => n.id === 'titularisation-par-le-recteur');
    expect(note?.nature).toBe('ecart-aux-textes');
    expect(note?.citation).toContain('le Ministère prononce la titularisation');
    expect(note?.source.texte).toBe(GUIDE_REUNION_2022_2023);
    expect(note?.references?.map((r) => r.article ?? '').join(' ')).toContain(
      'Le recteur prononce la titularisation',
    );
    expect(note?.texte).toContain('recteur');
  });

  it('states only what differs from the national rules, or what the national rules only assume', () => {
    const national = resolveRules([packNational], '2022-2023')._unsafeUnwrap();
    for (const key of Object.keys(packReunion.parameters) as ParameterKey[]) {
      const entry = packReunion.parameters[key]?.[0];
      const base = national.parameters[key];
      const differs = JSON.stringify(entry?.value) !== JSON.stringify(base.value);
      expect(differs || base.confidence === 'unverified', key).toBe(true);
    }
  });

  it('resolves 2022-2023 with the guide’s values and inherits the rest', () => {
    const rules = resolveRules([packNational, packReunion], '2022-2023')._unsafeUnwrap();
    expect(rules.parameters['formation.credit'].value?.totalDays).toBe(12);
    expect(rules.parameters['formation.credit'].layer).toBe('academie');
    expect(rules.parameters['conges.seuilJours']).toMatchObject({ value: 36, layer: 'national' });
    expect(rules.parameters['alerte.dispositif'].value.nom).toBe('dispositif d’aide et d’alerte');
    const workflow = buildWorkflowRules(rules);
    expect(workflow.fuseauHoraire.valeur).toBe('Indian/Reunion');
    expect(workflow.evaluation.choixGrilles.valeur.certifie?.grilleId).toBe('ns-2015-055-enseignants');
    expect(workflow.version).toBe('national@1.0.0+academie-reunion@2022.1.0 2022-2023');
  });

  it('compiles against the 2022-2023 calendar: « fin novembre » ends at 23:59:59 Indian/Reunion', () => {
    const compiled = compileRules({
      layers: [packNational, packReunion],
      anneeScolaire: '2022-2023',
      calendrier: REUNION_2022_2023,
    })._unsafeUnwrap();
    expect(compiled.timeZone).toBe('Indian/Reunion');
    expect(compiled.dues.bilanIntermediaire.endIso).toBe('2022-11-30T23:59:59.999+04:00');
    expect(compiled.cadenceChezTuteur?.phases.map((p) => p.until)).toEqual(['2022-12-17', '2023-07-08']);
  });

  it('falls back on the national rules in a year the guide does not cover', () => {
    const rules = resolveRules([packNational, packReunion], '2023-2024')._unsafeUnwrap();
    expect(rules.parameters['formation.credit']).toMatchObject({ layer: 'national' });
    expect(rules.parameters['calendrier.fuseauHoraire']).toMatchObject({
      value: 'Indian/Reunion',
      layer: 'academie',
    });
  });
});
