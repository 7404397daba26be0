import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/local-date.js';
import type { Command } from './commands.js';
import { getBornesStage } from './fenetre-stage.js';
import { FENETRE_STAGE_PAR_DEFAUT } from './national-rules.js';
import { acteurs, acteursNonAssignes, dossierNomme, identite, le, rules } from './testing/fixtures.js';
import { transition } from './transition.js';

function codes(r: ReturnType<typeof transition>): string[] {
  if (r.isOk()) return [];
  return r.error.kind === 'validation'
    ? r.error.issues.map((i) => i.code)
    : r.error.reasons.map((x) => x.code);
}

const conge = (debut: string, fin: string): Command => ({
  type: 'conge.enregistrer',
  congeId: 'c-1',
  nature: 'maladie-ordinaire',
  debut,
  fin,
});
const visite = (date: string): Command => ({
  type: 'visite.planifier',
  visiteId: 'v-1',
  nature: 'visite-formative',
  datePrevue: date,
});

describe('dates that do not exist', () => {
  it.each(['2023-02-30', '2023-02-29', '2022-13-01', '2022-04-31'])('refuses the date %s', (date) => {
    const j = dossierNomme();
    const r = transition(j.etat, conge(date, date), {
      acteur: acteurs.rectorat,
      now: le('2023-03-10'),
      rules,
    });
    expect(r._unsafeUnwrapErr().kind).toBe('validation');
  });

  it('accepts 29 February of a leap year', () => {
    const j = dossierNomme({ anneeScolaire: '2023-2024', dateNominationPrevue: '2023-09-01' });
    expect(j.run(conge('2024-02-29', '2024-02-29'), acteurs.rectorat, '2024-03-01').ok).toBe(true);
  });

  it('refuses an instant that does not exist', () => {
    const j = dossierNomme();
    const r = transition(j.etat, visite('2022-10-01'), {
      acteur: acteurs.tuteur,
      now: '2023-02-30T10:00:00+04:00',
      rules,
    });
    expect(codes(r)).toContain('instant.invalide');
  });
});

describe('dates against the stage', () => {
  it('knows the stage of a nominated dossier', () => {
    expect(getBornesStage(dossierNomme().etat, rules)).toEqual({ debut: '2022-09-01', fin: '2023-08-31' });
  });

  it('refuses a leave from 2030 to 2031 and a visit in 1999, in French', () => {
    const j = dossierNomme();
    const ctx = { acteur: acteurs.rectorat, now: le('2023-03-10'), rules };
    const leave = transition(j.etat, conge('2030-01-01', '2031-01-01'), ctx);
    expect(codes(leave)).toContain('conge.hors-stage');
    expect(leave._unsafeUnwrapErr()).toMatchObject({ kind: 'refusal' });
    const r = transition(j.etat, visite('1999-10-01'), { ...ctx, acteur: acteurs.tuteur });
    expect(codes(r)).toEqual(['visite.hors-stage']);
    expect(r.isErr() && r.error.kind === 'refusal' && r.error.reasons[0].message).toContain(
      'tombe hors du stage (du 2022-09-01 au 2023-08-31',
    );
  });

  it('lets a leave begun in the stage run past its end, within the bound', () => {
    const j = dossierNomme();
    expect(j.run(conge('2023-06-01', '2023-12-31'), acteurs.rectorat, '2023-07-01').ok).toBe(true);
    const tooLong = j.run(conge('2023-06-01', '2031-01-01'), acteurs.rectorat, '2023-07-01');
    expect(
      tooLong.ok === false &&
        codes(
          transition(j.etat, conge('2023-06-01', '2031-01-01'), {
            acteur: acteurs.rectorat,
            now: le('2023-07-01'),
            rules,
          }),
        ),
    ).toContain('conge.hors-stage');
  });

  it('refuses a leave that ends before it starts', () => {
    const j = dossierNomme();
    const r = transition(j.etat, conge('2023-03-10', '2023-03-01'), {
      acteur: acteurs.rectorat,
      now: le('2023-03-10'),
      rules,
    });
    expect(codes(r)).toContain('conge.fin-avant-debut');
  });

  it('takes the tolerance from the rules (a pack parameter)', () => {
    const j = dossierNomme();
    const tolerant = {
      ...rules,
      fenetreStage: {
        ...FENETRE_STAGE_PAR_DEFAUT,
        valeur: { ...FENETRE_STAGE_PAR_DEFAUT.valeur, toleranceJours: 10 },
      },
    };
    const ctx = { acteur: acteurs.tuteur, now: le('2022-09-20'), rules };
    expect(codes(transition(j.etat, visite('2022-08-25'), ctx))).toEqual(['visite.hors-stage']);
    expect(transition(j.etat, visite('2022-08-25'), { ...ctx, rules: tolerant }).isOk()).toBe(true);
  });

  it('property: a visit is refused outside the window and accepted inside', () => {
    const j = dossierNomme();
    const { debut, fin } = getBornesStage(j.etat, rules);
    const ctx = { acteur: acteurs.tuteur, now: le('2022-09-20'), rules };
    fc.assert(
      fc.property(fc.integer({ min: -4000, max: 4000 }), (offset) => {
        const date = addDays(debut, offset);
        const r = transition(j.etat, visite(date), ctx);
        if (date < debut || date > fin) expect(codes(r)).toEqual(['visite.hors-stage']);
        else expect(r.isOk()).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

describe('instants of commands', () => {
  it('refuses a command dated before the dossier’s last event, unless it is a dated correction', () => {
    const j = dossierNomme();
    const dernierInstant = le('2022-09-01');
    const r = transition(j.etat, visite('2022-10-01'), {
      acteur: acteurs.tuteur,
      now: le('2022-08-31'),
      rules,
      dernierInstant,
    });
    expect(codes(r)).toEqual(['instant.anterieur']);
    const same = transition(j.etat, visite('2022-10-01'), {
      acteur: acteurs.tuteur,
      now: dernierInstant,
      rules,
      dernierInstant,
    });
    expect(same.isOk()).toBe(true);
  });

  it('refuses --at 9999-12-31 and an instant decades before the stage as implausible', () => {
    const j = dossierNomme();
    const far = transition(j.etat, visite('2022-10-01'), {
      acteur: acteurs.tuteur,
      now: '9999-12-31T10:00:00Z',
      rules,
    });
    expect(codes(far)).toEqual(['instant.invraisemblable']);
    const open = transition(
      null,
      {
        type: 'dossier.ouvrir',
        dossierId: 'dos-2',
        identite: identite(),
        acteurs: acteursNonAssignes(),
      },
      { acteur: acteurs.rectorat, now: '1970-01-01T00:00:00Z', rules },
    );
    expect(codes(open)).toEqual(['instant.invraisemblable']);
  });
});
