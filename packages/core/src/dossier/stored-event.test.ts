import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dossierNomme } from '../workflow/testing/fixtures.js';
import type { DossierEvent } from './events.js';
import { foldDossier, type SequencedEvent } from './fold.js';
import { checkStoredEvent, EVENT_VERSIONS } from './stored-event.js';

/** The log of a nominated dossier, with one more stored event (cast: the store gave whatever it held). */
function withStored(event: unknown): SequencedEvent[] {
  const events = dossierNomme().events.map((e) => ({ ...e, dossierId: 'dos-1' }));
  return [...events, { dossierId: 'dos-1', sequence: events.length + 1, event: event as DossierEvent }];
}

const le = '2022-10-01T10:00:00+04:00';
const auteur = { role: 'rectorat', id: 'dpe-1' };

describe('stored events the fold does not know', () => {
  it.each(['x.inconnu', '__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
    'reports an event of type « %s » with the dossier and the sequence',
    (type) => {
      const folded = foldDossier(withStored({ type, v: 1, le, auteur }));
      const error = folded._unsafeUnwrapErr();
      expect(error.kind).toBe('validation');
      expect(error.issues[0]?.code).toBe('evenement.inconnu');
      expect(error.issues[0]?.path).toEqual([3]);
      expect(error.message).toContain(
        `Le dossier dos-1 contient à la séquence 3 un événement de type inconnu « ${type} »`,
      );
    },
  );

  it('refuses an event whose version is newer than the code (never loads it silently)', () => {
    const folded = foldDossier(
      withStored({ type: 'carnet.entree-ajoutee', v: 99, le, auteur, texte: 'x', date: '2022-10-01' }),
    );
    expect(folded._unsafeUnwrapErr().issues[0]?.code).toBe('evenement.version-inconnue');
    expect(folded._unsafeUnwrapErr().message).toContain('séquence 3');
    expect(folded._unsafeUnwrapErr().message).toContain('version 99');
  });

  it('reports a known event whose fields are malformed, instead of throwing', () => {
    const folded = foldDossier(withStored({ type: 'tuteur.designe', v: 1, le, auteur, tuteur: null }));
    expect(folded._unsafeUnwrapErr().issues[0]?.code).toBe('evenement.malforme');
  });

  it('names the dossier from the opening event when the envelope does not', () => {
    const error = checkStoredEvent({ type: 'x.y', v: 1 }, 'd-9', 1)._unsafeUnwrapErr();
    expect(error.message).toMatch(/^Le dossier d-9 contient à la séquence 1 /);
  });

  it('shows control characters of a hostile type as code points', () => {
    const error = checkStoredEvent({ type: '\u001b[31m\u202e', v: 1 }, 'd-1', 4)._unsafeUnwrapErr();
    expect(error.message).toContain('U+001B[31mU+202E');
    expect(error.message.includes('\u001b') || error.message.includes('\u202e')).toBe(false);
  });

  it('knows every event type of the schemas at its version', () => {
    expect(EVENT_VERSIONS['dossier.ouvert']).toBe(1);
    expect(Object.hasOwn(EVENT_VERSIONS, '__proto__')).toBe(false);
  });

  it('never throws on any stored value, and never accepts a type it does not know', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (event, depuis) => {
        const folded = foldDossier(withStored(event));
        if (folded.isOk()) expect(Object.hasOwn(EVENT_VERSIONS, (event as { type: string }).type)).toBe(true);
        expect(() => foldDossier(event as never, depuis as never)).not.toThrow();
      }),
      { numRuns: 150 },
    );
  });
});
