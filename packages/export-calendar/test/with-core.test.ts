import { type DossierState, evaluateCohort, packNational } from '@tremplin/core';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { deadlineUid, type EvaluatedDossier, stagiaireCalendar, tuteurCalendar } from '../src/index.js';
import { dossier, ZONE } from './dossiers.js';

/** The core's own evaluation of the fixture dossiers with the national pack, at an instant. */
function evaluate(states: DossierState[], instant: string): EvaluatedDossier[] {
  const { evaluations, skipped } = evaluateCohort(states, instant, packNational)._unsafeUnwrap();
  expect(skipped).toEqual([]);
  return evaluations.map((evaluation) => {
    const state = states.find((s) => s.dossierId === evaluation.dossierId);
    if (state === undefined) throw new Error('evaluation without dossier');
    return { state, evaluation };
  });
}

const vevents = (ics: string): string[] => ics.split('BEGIN:VEVENT').slice(1);

describe('calendars of deadlines the core computed (national pack, La Réunion 2022-2023)', () => {
  const AT = '2022-12-05T08:00:00+04:00';
  const [marie] = evaluate([dossier(0)], AT);
  if (marie === undefined) throw new Error('fixture');
  const ics = stagiaireCalendar({ dossier: marie, timeZone: ZONE, at: AT })._unsafeUnwrap();
  const events = new ICAL.Component(ICAL.parse(ics))
    .getAllSubcomponents('vevent')
    .map((v) => new ICAL.Event(v));

  it('has one event per deadline but the mi-stage date, with the UID of (dossier, deadline) and the due day', () => {
    const written = marie.evaluation.deadlines.filter((d) => d.kind !== 'mi-stage');
    expect(written.length).toBe(marie.evaluation.deadlines.length - 1);
    expect(events).toHaveLength(written.length);
    for (const deadline of written) {
      const event = events.find((e) => e.uid === deadlineUid('D-0001', deadline.id));
      expect(event?.startDate.isDate).toBe(true);
      expect(event?.startDate.toString()).toBe(deadline.due);
      expect(event?.summary).toBe(deadline.label);
    }
  });

  it('writes the same events when only the instant of evaluation changed (status is not in the events)', () => {
    const [later] = evaluate([dossier(0)], '2023-01-20T08:00:00+04:00');
    if (later === undefined) throw new Error('fixture');
    const statuses = (d: EvaluatedDossier) => d.evaluation.deadlines.map((x) => x.status);
    expect(statuses(later)).not.toEqual(statuses(marie)); // the bilan intermédiaire went overdue meanwhile
    const again = stagiaireCalendar({ dossier: later, timeZone: ZONE, at: AT })._unsafeUnwrap();
    expect(vevents(again)).toEqual(vevents(ics));
  });

  it('gives the tuteur his bilans for both stagiaires', () => {
    const cohort = evaluate([dossier(0), dossier(1)], AT);
    const tuteur = tuteurCalendar({
      tuteurId: 'T-1',
      dossiers: cohort,
      timeZone: ZONE,
      at: AT,
    })._unsafeUnwrap();
    const summaries = new ICAL.Component(ICAL.parse(tuteur))
      .getAllSubcomponents('vevent')
      .map((v) => String(v.getFirstPropertyValue('summary')));
    expect(summaries.length).toBe(4);
    expect(summaries.every((s) => s.includes('du tuteur'))).toBe(true);
  });
});
