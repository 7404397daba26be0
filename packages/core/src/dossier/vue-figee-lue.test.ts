import { describe, expect, it } from 'vitest';
import {
  acteurs,
  anneeComplete,
  compositionJury,
  dossierNomme,
  type Journal,
} from '../workflow/testing/fixtures.js';
import type { DossierEvent } from './events.js';
import { foldDossier, type SequencedEvent } from './fold.js';

/** A dossier through the jury's proposition and the recteur's titularisation. */
function apresJury(): Journal {
  const j = dossierNomme();
  anneeComplete(j);
  j.ok({ type: 'jury.saisir', date: '2023-06-01' }, acteurs.rectorat, '2023-06-01');
  j.ok({ type: 'jury.deliberer', constat: 'apte', jury: compositionJury() }, acteurs.jury, '2023-06-20');
  j.ok(
    { type: 'decision.prononcer', decision: 'titularisation', fondement: 'evaluation', date: '2023-06-21' },
    acteurs.rectorat,
    '2023-06-21',
  );
  return j;
}

/** The log with one stored event changed as an editor of the database would. */
function edit(
  events: readonly SequencedEvent[],
  which: (e: DossierEvent) => boolean,
  change: (e: Record<string, unknown>) => Record<string, unknown>,
): SequencedEvent[] {
  const i = events.findIndex((e) => which(e.event));
  if (i < 0) throw new Error('no such event');
  return events.map((e, k) =>
    k === i ? { ...e, event: change({ ...e.event }) as unknown as DossierEvent } : e,
  );
}

describe('the frozen view, checked when a dossier after the jury is read', () => {
  it('reads an untouched dossier', () => {
    expect(foldDossier(apresJury().events)._unsafeUnwrap().etat).toBe('titularise');
  });

  it('reports an avis edited in the log after the jury, naming the dossier', () => {
    const j = apresJury();
    const log = edit(
      j.events,
      (e) => e.type === 'avis.emis' && e.avisId === 'a-chef-2022',
      (e) => ({ ...e, sens: 'defavorable', motivation: 'Ajouté après coup.' }),
    );
    const error = foldDossier(log)._unsafeUnwrapErr();
    expect(error.issues[0]?.code).toBe('vue-figee.avis-modifie');
    expect(error.message).toContain('dossier dos-1');
    expect(error.message).toContain('a-chef-2022');
  });

  it('reports a decision whose fields were edited after the act', () => {
    const j = apresJury();
    const log = edit(
      j.events,
      (e) => e.type === 'decision.prononcee',
      (e) => ({ ...e, decision: 'licenciement' }),
    );
    expect(foldDossier(log)._unsafeUnwrapErr().issues[0]?.code).toBe('vue-figee.acte-modifie');
  });

  it('reports a frozen view edited without its hash', () => {
    const j = apresJury();
    const log = edit(
      j.events,
      (e) => e.type === 'jury.proposition-emise',
      (e) => {
        const instantane = e.instantane as { vue: Record<string, unknown> };
        return { ...e, instantane: { ...instantane, vue: { ...instantane.vue, etat: 'autre' } } };
      },
    );
    const error = foldDossier(log)._unsafeUnwrapErr();
    expect(error.issues[0]?.code).toBe('vue-figee.alteree');
    expect(error.message).toMatch(/dossier dos-1 à la séquence \d+/);
  });
});
