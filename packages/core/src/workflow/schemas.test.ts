import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { donneesPersonnellesSchema } from '../dossier/donnees-personnelles.js';
import { dossierEventSchema } from '../dossier/events.js';
import { dossierIdentiteSchema } from '../dossier/identite.js';
import { dossierStateSchema } from '../dossier/state-schema.js';
import { commandSchema } from './commands.js';
import { nationalWorkflowRules } from './national-rules.js';
import { workflowRulesSchema } from './rules.js';

describe('published schemas', () => {
  it('convert to JSON Schema, with sensitive fields marked', () => {
    for (const schema of [
      dossierEventSchema,
      commandSchema,
      dossierIdentiteSchema,
      dossierStateSchema,
      workflowRulesSchema,
    ]) {
      expect(() => z.toJSONSchema(schema)).not.toThrow();
    }
    const identite = z.toJSONSchema(dossierIdentiteSchema) as unknown as {
      properties: {
        stagiaire: {
          properties: Record<string, { sensitive?: boolean; anyOf?: Array<{ sensitive?: boolean }> }>;
        };
      };
    };
    // The stagiaire of the log has no personal data; the register's record marks them sensitive.
    expect(identite.properties.stagiaire.properties.numen).toBeUndefined();
    const registre = z.toJSONSchema(donneesPersonnellesSchema) as unknown as {
      properties: Record<string, unknown>;
    };
    expect(JSON.stringify(registre.properties.numen)).toContain('"sensitive":true');
  });

  it('the national rules are valid rule data, and an unknown key is an error', () => {
    expect(workflowRulesSchema.safeParse(nationalWorkflowRules).success).toBe(true);
    expect(workflowRulesSchema.safeParse({ ...nationalWorkflowRules, seuilConges: 36 }).success).toBe(false);
    const { conges, ...sansConges } = nationalWorkflowRules;
    expect(conges.valeur.maternite.titularisationNonDecalee).toBe(true);
    expect(workflowRulesSchema.safeParse(sansConges).success).toBe(false);
  });
});
