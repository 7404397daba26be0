import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REUNION_2022_2023 } from '../calendar/data/calendriers-2022-2023.js';
import { addDays } from '../calendar/local-date.js';
import type { DossierEvent } from '../dossier/events.js';
import { compileRules } from '../rules/compile.js';
import { packNational } from '../rules/data/pack-national.js';
import { evaluateDossier } from './evaluate-dossier.js';
import { prepare } from './prepared.js';
import {
  arbitraryYear,
  avis,
  bilan,
  fold,
  packTest,
  protocole,
  transmis,
  visite,
} from './testing/dossiers.js';
import type { Alert } from './types.js';

const prepared = prepare(
  compileRules({
    layers: [packNational, packTest],
    anneeScolaire: '2022-2023',
    calendrier: REUNION_2022_2023,
  })._unsafeUnwrap(),
);
const evaluate = (events: readonly DossierEvent[], day: number, minute = 600) => {
  const date = addDays('2022-09-01', day);
  const hh = String(Math.floor(minute / 60)).padStart(2, '0');
  const mm = String(minute % 60).padStart(2, '0');
  return evaluateDossier(fold(events), `${date}T${hh}:${mm}:00+04:00`, prepared)._unsafeUnwrap();
};
function lastEventDay(events: readonly DossierEvent[]): string {
  let last = '2022-09-01';
  for (const e of events) {
    const d = 'date' in e && typeof e.date === 'string' ? e.date : 'debut' in e ? e.debut : '';
    if (d > last) last = d;
  }
  return last;
}

/** Whether an alert says that something is overdue. */
const isOverdue = (a: Alert) =>
  a.code === 'BILAN_EN_RETARD' ||
  a.code === 'AVIS_EN_RETARD' ||
  a.code === 'PROTOCOLE_NON_OUVERT' ||
  ((a.code === 'INSPECTION_A_PROGRAMMER' || a.code === 'DOSSIER_INCOMPLET_JURY') &&
    a.severity === 'critical');

function resolving(key: string, day: string): DossierEvent[] {
  const [code, subject = ''] = key.split(':');
  if (code === 'BILAN_EN_RETARD') {
    const [what = '', role = ''] = subject.split('/');
    return [
      bilan(`fix-${subject}`, what === 'bilan-final' ? 'final' : 'intermediaire', role as 'tuteur', day),
    ];
  }
  if (code === 'AVIS_EN_RETARD') return [avis(subject.split('/')[1] as 'inspecteur', day)];
  if (code === 'PROTOCOLE_NON_OUVERT') return [protocole(subject, day)];
  if (code === 'INSPECTION_A_PROGRAMMER') return [visite('fix-inspection', day, 'inspection')];
  return [transmis(day)];
}

describe('properties of the alerts', () => {
  it('every alert and every deadline explains itself with at least one source and the parameters used', () => {
    fc.assert(
      fc.property(arbitraryYear, fc.integer({ min: 0, max: 330 }), (events, day) => {
        const e = evaluate(events, day);
        for (const item of [...e.alerts, ...e.deadlines]) {
          expect(item.explanation.sources.length).toBeGreaterThan(0);
          for (const s of item.explanation.sources) expect(s.texte.length).toBeGreaterThan(0);
          expect(item.explanation.parameters.length).toBeGreaterThan(0);
          expect(item.explanation.summary.length).toBeGreaterThan(0);
        }
        for (const a of e.alerts) expect(a.recipients.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('an overdue alert stays at every later instant until its cause is resolved, then goes', () => {
    let checked = 0;
    fc.assert(
      fc.property(
        arbitraryYear,
        fc.integer({ min: 60, max: 300 }),
        fc.integer({ min: 1, max: 30 }),
        (events, day, wait) => {
          const from = Math.max(
            day,
            (Date.parse(lastEventDay(events)) - Date.parse('2022-09-01')) / 86_400_000 + 1,
          );
          const first = evaluate(events, from);
          const overdue = first.alerts.filter(isOverdue);
          checked += overdue.length;
          const later = evaluate(events, from + wait);
          const laterKeys = later.alerts.map((a) => a.key);
          for (const a of overdue) expect(laterKeys, a.key).toContain(a.key);
          for (const a of overdue) {
            const fixDay = addDays('2022-09-01', from + wait - 1);
            const fixed = evaluate([...events, ...resolving(a.key, fixDay)], from + wait);
            expect(
              fixed.alerts.map((x) => x.key),
              a.key,
            ).not.toContain(a.key);
          }
        },
      ),
      { numRuns: 300 },
    );
    // The property must not hold vacuously.
    expect(checked).toBeGreaterThan(100);
  });

  it('evaluation is deterministic and depends only on the instant’s local day and time', () => {
    fc.assert(
      fc.property(arbitraryYear, fc.integer({ min: 0, max: 330 }), (events, day) => {
        expect(evaluate(events, day)).toEqual(evaluate(events, day));
      }),
      { numRuns: 50 },
    );
  });
});
