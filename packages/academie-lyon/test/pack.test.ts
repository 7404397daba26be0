import {
  buildWorkflowRules,
  type ParameterKey,
  packNational,
  parseRulePack,
  resolveRules,
} from '@tremplin/core';
import { describe, expect, it } from 'vitest';
import { packLyon, SOURCE_SNES_LYON } from '../src/index.js';

describe('packLyon', () => {
  it('is a valid académie pack for Lyon, every value citing its source', () => {
    expect(parseRulePack(packLyon).isOk()).toBe(true);
    for (const entries of Object.values(packLyon.parameters)) {
      for (const entry of entries ?? []) expect(entry.source).toEqual(SOURCE_SNES_LYON);
    }
  });

  it('states only what differs from the national rules, or what they only assume', () => {
    const national = resolveRules([packNational], '2022-2023')._unsafeUnwrap();
    for (const key of Object.keys(packLyon.parameters) as ParameterKey[]) {
      if (key === 'jury.piecesRequises') continue;
      const entry = packLyon.parameters[key]?.[0];
      const base = national.parameters[key];
      const differs = JSON.stringify(entry?.value) !== JSON.stringify(base.value);
      expect(differs || base.confidence === 'unverified', key).toBe(true);
    }
  });

  it('switches on no alert resting on a threshold no text sets, and lists no training session', () => {
    const rules = resolveRules([packNational, packLyon], '2022-2023')._unsafeUnwrap();
    expect(Object.values(rules.parameters['alertes.facultatives'].value).some((on) => on === true)).toBe(
      false,
    );
    expect(rules.parameters['alertes.facultatives'].layer).toBe('national');
    expect(rules.parameters['formation.sessions'].value).toEqual([]);
  });

  it('changes the workflow without touching core: the inspections are Lyon’s own pieces', () => {
    const rules = resolveRules([packNational, packLyon], '2022-2023')._unsafeUnwrap();
    const workflow = buildWorkflowRules(rules);
    const inspections = workflow.piecesRequises.filter((p) => p.piece.kind === 'visite');
    expect(inspections.map((p) => [p.id, p.source.texte])).toEqual([
      ['inspection-agrege', SOURCE_SNES_LYON.texte],
      ['inspection-renouvellement', SOURCE_SNES_LYON.texte],
    ]);
    expect(workflow.piecesRequises.map((p) => p.id)).toEqual([
      'avis-inspecteur',
      'avis-chef-etablissement',
      'avis-directeur-inspe',
      'inspection-agrege',
      'inspection-renouvellement',
    ]);
    expect(rules.parameters['bilans.evaluateurs'].value.final).toEqual(['tuteur']);
    expect(rules.parameters['calendrier.fuseauHoraire']).toMatchObject({
      value: 'Europe/Paris',
      layer: 'national',
    });
  });
});
