import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ParameterKey, packNational, parseRulePack, resolveRules } from '@tremplin/core';
import { parseScenarios, runScenarios } from '@tremplin/core/testing';
import { describe, expect, it } from 'vitest';
import { packNice, SOURCE_SGEN_COTE_D_AZUR } from '../src/index.js';

const scenarioFile = join(dirname(fileURLToPath(import.meta.url)), 'scenarios', 'toussaint.yaml');

describe('packNice', () => {
  it('is a valid académie pack, every value citing its source', () => {
    expect(parseRulePack(packNice).isOk()).toBe(true);
    expect(packNice).toMatchObject({ layer: 'academie', academie: 'nice' });
    for (const entries of Object.values(packNice.parameters)) {
      for (const entry of entries ?? []) {
        expect(entry.source).toEqual(SOURCE_SGEN_COTE_D_AZUR);
        expect(entry.confidence).toBe('secondary');
      }
    }
  });

  it('states only what differs from the national rules', () => {
    const national = resolveRules([packNational], '2022-2023')._unsafeUnwrap();
    const keys = Object.keys(packNice.parameters) as ParameterKey[];
    expect(keys).toEqual(['echeances.bilanIntermediaire', 'echeances.academiques']);
    for (const key of keys) {
      expect(JSON.stringify(packNice.parameters[key]?.[0]?.value), key).not.toBe(
        JSON.stringify(national.parameters[key].value),
      );
    }
  });

  it('overrides one deadline and inherits the others, each explained by its layer and text', () => {
    const rules = resolveRules([packNational, packNice], '2022-2023')._unsafeUnwrap();
    expect(rules.parameters['echeances.bilanIntermediaire']).toMatchObject({
      layer: 'academie',
      packId: 'academie-nice-exemple',
      validSince: '2020-09-01',
      source: SOURCE_SGEN_COTE_D_AZUR,
      value: { due: { kind: 'before-holiday', holidays: ['toussaint'] } },
    });
    expect(rules.parameters['echeances.bilanFinal'].layer).toBe('national');
    expect(rules.parameters['calendrier.fuseauHoraire']).toMatchObject({
      layer: 'national',
      value: 'Europe/Paris',
    });
  });

  it('applies only from its first school year: in 2019-2020 the national rules stand', () => {
    const rules = resolveRules([packNational, packNice], '2019-2020')._unsafeUnwrap();
    expect(rules.parameters['echeances.bilanIntermediaire'].layer).toBe('national');
    expect(rules.parameters['echeances.academiques'].value).toEqual([]);
  });

  it('is refused, naming the key, when it sets a parameter the catalogue does not know', () => {
    const typo = {
      ...packNice,
      parameters: {
        ...packNice.parameters,
        'echeances.rapportEtape': packNice.parameters['echeances.bilanIntermediaire'],
      },
    };
    const error = parseRulePack(typo)._unsafeUnwrapErr();
    expect(JSON.stringify(error.issues)).toContain('echeances.rapportEtape');
  });

  it('has scenarios that tell it apart from the national rules', () => {
    // Run under the national pack alone (with Nice's dossier), the scenarios about what Nice changes fail and
    // only the one about what it inherits passes: the scenarios test the pack, not the engine's defaults.
    const scenarios = parseScenarios(readFileSync(scenarioFile, 'utf8'))._unsafeUnwrap();
    const national = runScenarios(packNational, scenarios);
    expect(national.filter((r) => r.passed).map((r) => r.name)).toEqual([
      'le reste est hérité du national — bilan final fin avril, avis fin mai, jury en juin',
    ]);
    expect(runScenarios(packNice, scenarios).every((r) => r.passed)).toBe(true);
  });
});
