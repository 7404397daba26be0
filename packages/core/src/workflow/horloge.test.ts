import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDateAt } from '../calendar/zoned-time.js';
import type { Command } from './commands.js';
import { getLocalDateInTimeZone, parseInstantMillis } from './horloge.js';
import { acteurs, dossierNomme, rules } from './testing/fixtures.js';
import { transition } from './transition.js';

describe('reading now in the académie’s zone', () => {
  it('parses ISO instants with an offset like Date does, and refuses the others', () => {
    expect(parseInstantMillis('2022-11-30T23:59:59+04:00')).toBe(Date.parse('2022-11-30T19:59:59Z'));
    expect(parseInstantMillis('2022-11-30T20:00:00.5Z')).toBe(Date.parse('2022-11-30T20:00:00.500Z'));
    for (const bad of [
      '2022-11-30T10:00:00',
      '2022-02-30T10:00:00Z',
      '2022-11-30',
      '2022-11-30T24:00:00Z',
      'x',
    ]) {
      expect(parseInstantMillis(bad)).toBeNull();
    }
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
        (d) => {
          expect(parseInstantMillis(d.toISOString())).toBe(d.getTime());
        },
      ),
    );
  });

  it('gives the same day as luxon in every zone of the académies, at any instant', () => {
    const zones = [
      'Europe/Paris',
      'Indian/Reunion',
      'Indian/Mayotte',
      'America/Martinique',
      'America/Cayenne',
      'Pacific/Noumea',
      'Pacific/Tahiti',
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2060, 0, 1) }),
        fc.constantFrom(...zones),
        (t, zone) => {
          expect(getLocalDateInTimeZone(t, zone)).toBe(localDateAt(t, zone));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('gives the day of the académie: « fin novembre » in Réunion is still 30 November in Paris', () => {
    const t = parseInstantMillis('2022-11-30T21:00:00Z') ?? 0;
    expect(getLocalDateInTimeZone(t, 'Indian/Reunion')).toBe('2022-12-01');
    expect(getLocalDateInTimeZone(t, 'Europe/Paris')).toBe('2022-11-30');
    expect(getLocalDateInTimeZone(t, 'Mars/Olympus')).toBeNull();
  });

  it('transition refuses an instant without offset and an unknown zone, as validation errors', () => {
    const state = dossierNomme().etat;
    const cmd = { type: 'carnet.ecrire', entreeId: 'e', date: '2022-10-01', titre: 't', texte: 'x' } as const;
    const sansDecalage = transition(state, cmd, {
      acteur: acteurs.stagiaire,
      now: '2022-10-01T10:00:00',
      rules,
    });
    expect(sansDecalage._unsafeUnwrapErr()).toMatchObject({
      kind: 'validation',
      issues: [{ code: 'instant.invalide' }],
    });
    const zone = { ...rules, fuseauHoraire: { ...rules.fuseauHoraire, valeur: 'Mars/Olympus' } };
    const r = transition(state, cmd, {
      acteur: acteurs.stagiaire,
      now: '2022-10-01T10:00:00Z',
      rules: zone,
    });
    expect(r._unsafeUnwrapErr()).toMatchObject({ kind: 'validation', issues: [{ code: 'fuseau.invalide' }] });
  });

  it('reads the rules from `rules`, or from the deprecated `regles`, and answers a typed error without either', () => {
    const state = dossierNomme().etat;
    const cmd = { type: 'carnet.ecrire', entreeId: 'e', date: '2022-10-01', titre: 't', texte: 'x' } as const;
    const base = { acteur: acteurs.stagiaire, now: '2022-10-01T10:00:00+04:00' };
    const avecRules = transition(state, cmd, { ...base, rules });
    expect(avecRules.isOk()).toBe(true);
    expect(transition(state, cmd, { ...base, regles: rules })).toEqual(avecRules);
    expect(transition(state, cmd, base)._unsafeUnwrapErr()).toMatchObject({
      kind: 'validation',
      issues: [{ code: 'contexte.rules-manquantes', path: ['rules'] }],
    });
  });

  it('a visit dated tomorrow in Réunion is refused even when it is still today in Paris', () => {
    const j = dossierNomme();
    const visite: Command = {
      type: 'visite.realiser',
      visiteId: 'v',
      nature: 'visite-formative',
      date: '2022-12-01',
      pointsAppui: [],
      competencesATravailler: [],
      conseils: [],
      axesDeTravail: [],
    };
    const r = transition(j.etat, visite, {
      acteur: acteurs.tuteur,
      now: '2022-11-30T21:30:00+01:00',
      rules,
    });
    expect(r.isOk()).toBe(true);
    const paris = { ...rules, fuseauHoraire: { ...rules.fuseauHoraire, valeur: 'Europe/Paris' } };
    const r2 = transition(j.etat, visite, {
      acteur: acteurs.tuteur,
      now: '2022-11-30T21:30:00+01:00',
      rules: paris,
    });
    expect(r2._unsafeUnwrapErr()).toMatchObject({ kind: 'refusal', reasons: [{ code: 'date.future' }] });
  });
});
