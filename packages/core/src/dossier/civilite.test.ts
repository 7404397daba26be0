import { describe, expect, it } from 'vitest';
import { identite } from '../workflow/testing/fixtures.js';
import { personneRefSchema } from './acteurs.js';
import { formatMotAccorde } from './civilite.js';
import { dossierIdentiteSchema } from './identite.js';

describe('civilité', () => {
  it('documents agree with it, and name both forms when none is recorded', () => {
    expect(formatMotAccorde('laureat', 'madame')).toBe('lauréate');
    expect(formatMotAccorde('tuteur', 'madame')).toBe('tutrice');
    expect(formatMotAccorde('tuteur', 'monsieur')).toBe('tuteur');
    expect(formatMotAccorde('laureat', undefined)).toBe('lauréat ou lauréate');
  });

  it('is recorded on the stagiaire and on the people around him, and refused when unknown', () => {
    const base = identite();
    const avec = { ...base, stagiaire: { ...base.stagiaire, civilite: 'madame' } };
    expect(dossierIdentiteSchema.safeParse(avec).success).toBe(true);
    expect(
      dossierIdentiteSchema.safeParse({ ...base, stagiaire: { ...base.stagiaire, civilite: 'mme' } }).success,
    ).toBe(false);
    expect(
      personneRefSchema.safeParse({ id: 't', nom: 'H', prenom: 'J', civilite: 'monsieur' }).success,
    ).toBe(true);
  });
});
