import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Command } from '../workflow/commands.js';
import { acteurs, dossierNomme, identite, le, rules } from '../workflow/testing/fixtures.js';
import { transition } from '../workflow/transition.js';
import { foldDossier } from './fold.js';
import {
  checkDateNaissance,
  identifiantSurSchema,
  isIdentifiantSur,
  nomSchema,
  showControlCharacters,
  texteLibreSchema,
} from './identifiants.js';

const ouvrir = (dossierId: string, partiel: Parameters<typeof identite>[0] = {}): Command => ({
  type: 'dossier.ouvrir',
  dossierId,
  identite: identite(partiel),
  acteurs: {
    tuteurs: [{ id: 'tut-1', nom: 'Hoarau', prenom: 'Jean' }],
    chefEtablissement: null,
    inspecteur: null,
    formateursInspe: [],
    directeurInspe: null,
  },
});
const ctx = { acteur: acteurs.rectorat, now: le('2022-07-15'), rules };

describe('identifiers Tremplin creates', () => {
  it.each(['../../x', 'a/b', 'a\\b', 'a..b', ' a', 'a b', 'a\u0000', 'a\u001b[2J', '-a', '', 'x'.repeat(65)])(
    'refuses %j',
    (id) => {
      expect(identifiantSurSchema.safeParse(id).success).toBe(false);
      expect(isIdentifiantSur(id)).toBe(false);
    },
  );

  it.each([
    'dos-1',
    'REU.2022_0001',
    'stg:reunion:42',
    '0b8f5c1e-7d2a-4c1e-9a55-3f1f2d9c8e11',
    'x'.repeat(64),
  ])('accepts %j', (id) => {
    expect(identifiantSurSchema.safeParse(id).success).toBe(true);
  });

  it('refuses to open a dossier « ../../x », a stagiaire or an actor with an unsafe id', () => {
    expect(transition(null, ouvrir('../../x'), ctx)._unsafeUnwrapErr().kind).toBe('validation');
    const stagiaire = ouvrir('dos-2', { stagiaire: { id: 'stg/1', nom: 'Payet', prenom: 'Marie' } });
    const r = transition(null, stagiaire, ctx);
    expect(r.isErr() && r.error.kind === 'validation' && r.error.issues[0]?.path).toEqual([
      'command',
      'identite',
      'stagiaire',
      'id',
    ]);
    const acteur = transition(null, ouvrir('dos-3'), {
      ...ctx,
      acteur: { ...acteurs.rectorat, id: 'dpe 1' },
    });
    expect(acteur.isErr() && acteur.error.kind === 'validation' && acteur.error.issues[0]?.path[0]).toBe(
      'acteur',
    );
  });

  it('still loads an old log whose ids predate the rule', () => {
    const j = dossierNomme();
    const [first, ...rest] = j.events;
    if (first?.event.type !== 'dossier.ouvert') throw new Error('fixture');
    const old = { ...first, event: { ...first.event, dossierId: 'REU/2022 #1' } };
    expect(foldDossier([old, ...rest])._unsafeUnwrap().dossierId).toBe('REU/2022 #1');
  });

  it('property: every accepted id is free of separators, dots pairs and controls', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 70 }), (id) => {
        if (isIdentifiantSur(id)) expect(id).toMatch(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/);
        if (isIdentifiantSur(id)) expect(id.includes('..')).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});

describe('names and free texts', () => {
  it.each([
    'Payet\u001b[31m',
    'Pay\u0007et',
    'Pa\u202eyet',
    'Pa\u2066yet',
    'Pa\u0085yet',
    'Payet\nMarie',
    'Payet\tM',
  ])('refuses the name %j', (nom) => {
    expect(nomSchema().safeParse(nom).success).toBe(false);
  });

  it('refuses a stagiaire named with an escape sequence when the dossier is opened', () => {
    const r = transition(
      null,
      ouvrir('dos-4', { stagiaire: { id: 'stg-4', nom: 'Payet\u001b[2J', prenom: 'Marie' } }),
      ctx,
    );
    expect(r._unsafeUnwrapErr().kind).toBe('validation');
  });

  it('lets a free text span lines but refuses its other controls', () => {
    expect(texteLibreSchema(100).safeParse('Ligne 1\nLigne 2\tfin\r\n').success).toBe(true);
    expect(texteLibreSchema(100).safeParse('Ligne\u001b[31m').success).toBe(false);
    expect(texteLibreSchema(100).safeParse('\u202eLigne').success).toBe(false);
  });

  it('shows control characters as code points', () => {
    expect(showControlCharacters('a\u001bb\u202ec')).toBe('aU+001BbU+202Ec');
  });
});

describe('birth dates', () => {
  it('accepts a stagiaire between 18 and 70 years old at the start of the stage, and nothing else', () => {
    expect(checkDateNaissance('1998-05-04', '2022-09-01')).toBeNull();
    expect(checkDateNaissance('2004-09-01', '2022-09-01')).toBeNull();
    expect(checkDateNaissance('2004-09-02', '2022-09-01')?.code).toBe('date-naissance.invraisemblable');
    expect(checkDateNaissance('1900-01-01', '2022-09-01')?.code).toBe('date-naissance.invraisemblable');
    expect(checkDateNaissance('2030-01-01', '2022-09-01')?.message).not.toContain('2030');
  });
});
