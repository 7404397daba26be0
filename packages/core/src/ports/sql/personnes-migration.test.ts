import { describe, expect, it } from 'vitest';
import { movePersonnesOutOfEvent } from './personnes-migration.js';

const ouvert = (stagiaire: Record<string, unknown>, auteur?: unknown) =>
  JSON.stringify({ type: 'dossier.ouvert', auteur, identite: { stagiaire } });

describe('movePersonnesOutOfEvent', () => {
  it('moves an old dossier.ouvert’s personal data to a record written by its author, and drops them from the text', () => {
    const payload = ouvert(
      { id: 's-1', nom: 'Marquet', numen: '99MARQ0001ZZZ', courriel: 'm@example.fr' },
      { role: 'rectorat', id: 'dpe-1' },
    );
    const move = movePersonnesOutOfEvent(payload, '2026-09-01T08:00:00+02:00');
    expect(move.personne).toEqual([
      's-1',
      '99MARQ0001ZZZ',
      null,
      'm@example.fr',
      '2026-09-01T08:00:00+02:00',
      'rectorat:dpe-1',
    ]);
    expect(JSON.parse(move.payload as string)).toEqual({
      type: 'dossier.ouvert',
      auteur: { role: 'rectorat', id: 'dpe-1' },
      identite: { stagiaire: { id: 's-1', nom: 'Marquet' } },
    });
  });

  it('names the migration as the writer when the event has no author', () => {
    const move = movePersonnesOutOfEvent(ouvert({ id: 's-2', numen: '99MARQ0002ZZZ' }), 't');
    expect(move.personne?.at(-1)).toBe('migration-4');
  });

  it('leaves an event without personal data, and a text that is not JSON, as they are', () => {
    expect(movePersonnesOutOfEvent(ouvert({ id: 's-3', nom: 'Roux' }), 't')).toEqual({
      personne: null,
      payload: null,
    });
    expect(movePersonnesOutOfEvent('{not json', 't')).toEqual({ personne: null, payload: null });
  });
});
