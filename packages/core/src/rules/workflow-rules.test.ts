import { describe, expect, it } from 'vitest';
import { nationalWorkflowRules } from '../workflow/national-rules.js';
import { workflowRulesSchema } from '../workflow/rules.js';
import { packNational } from './data/pack-national.js';
import type { RulePack } from './pack.js';
import { resolveRules } from './resolve.js';
import { buildWorkflowRules } from './workflow-rules.js';

describe('buildWorkflowRules', () => {
  it('gives back the workflow’s national rules from the national pack', () => {
    const derived = buildWorkflowRules(resolveRules([packNational], '2022-2023')._unsafeUnwrap());
    expect(workflowRulesSchema.safeParse(derived).success).toBe(true);
    expect({ ...derived, version: '' }).toEqual({ ...nationalWorkflowRules, version: '' });
    expect(derived.version).toBe('national@1.0.0 2022-2023');
  });

  it('lets an académie pack drive the workflow: a piece removed, a piece added, the threshold changed', () => {
    const pack: RulePack = {
      id: 'academie-test',
      version: '1.2.0',
      layer: 'academie',
      label: 'Académie de test',
      academie: 'test',
      parameters: {
        'conges.seuilJours': [
          {
            value: 30,
            validity: { schoolYears: ['2022-2023'] },
            source: { texte: 'Note' },
            confidence: 'verified',
          },
        ],
        'jury.piecesRequises': [
          {
            value: [
              { id: 'avis-directeur-inspe', retire: true },
              {
                id: 'bilan-final-tuteur',
                libelle: 'le bilan final du tuteur',
                piece: { kind: 'bilan', nature: 'final', role: 'tuteur' },
                categories: null,
                corps: null,
                seulementEnRenouvellement: false,
                source: { texte: 'Note académique' },
                confidence: 'verified',
              },
            ],
            validity: { schoolYears: ['2022-2023'] },
            source: { texte: 'Note académique' },
            confidence: 'verified',
          },
        ],
      },
    };
    const rules = resolveRules([packNational, pack], '2022-2023')._unsafeUnwrap();
    const derived = buildWorkflowRules(rules);
    expect(derived.seuilCongesRemuneresJours.valeur).toBe(30);
    expect(derived.piecesRequises.map((p) => p.id)).toEqual([
      'avis-inspecteur',
      'avis-chef-etablissement',
      'inspection-agrege',
      'inspection-renouvellement',
      'bilan-final-tuteur',
    ]);
    expect(rules.parameters['jury.piecesRequises'].merged).toEqual([
      expect.objectContaining({ layer: 'national', removed: [] }),
      {
        layer: 'academie',
        packId: 'academie-test',
        source: { texte: 'Note académique' },
        set: ['bilan-final-tuteur'],
        removed: ['avis-directeur-inspe'],
      },
    ]);
    expect(derived.version).toBe('national@1.0.0+academie-test@1.2.0 2022-2023');
    expect(workflowRulesSchema.safeParse(derived).success).toBe(true);
  });
});
