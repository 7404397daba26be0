import { describe, expect, it } from 'vitest';
import { parseScenarios, runScenarios } from './scenarios.js';
import { packTest } from './testing/dossiers.js';
import { PRELUDE_NOMME } from './testing/scenario-prelude.js';

const FILE = `
acteurs:
  rectorat: { role: rectorat, id: dpe-1 }
  tuteur: { role: tuteur, id: tut-1 }
${PRELUDE_NOMME}scenarios:
  - name: passes
    instant: 2022-12-01T08:00:00+04:00
    expect:
      deadlines: [{ id: bilan-intermediaire/tuteur, status: overdue }]
      alerts: [{ code: BILAN_EN_RETARD, key: "BILAN_EN_RETARD:bilan-intermediaire/tuteur" }]
  - name: fails on purpose
    instant: 2022-12-01T08:00:00+04:00
    expect:
      deadlines: [{ id: bilan-intermediaire/tuteur, status: done }, { id: nope }]
      alerts: [{ code: AVIS_EN_RETARD }]
      absentAlerts: [BILAN_EN_RETARD]
  - name: bad event
    instant: 2022-12-01T08:00:00+04:00
    events:
      - { type: visite.realisee, auteur: tuteur, visiteur: tuteur, visiteId: v1, nature: visite-formative, date: 2022-13-01, pointsAppui: [], competencesATravailler: [], conseils: [], axesDeTravail: [], compteRendu: null }
    expect: {}
  - name: only listed alerts
    instant: 2022-12-01T08:00:00+04:00
    expect:
      alerts: [{ code: BILAN_EN_RETARD }]
      onlyListedAlerts: true
`;

describe('scenario files', () => {
  it('runs scenarios and reports every difference in words', () => {
    const [passes, fails, badEvent, only] = runScenarios(packTest, parseScenarios(FILE)._unsafeUnwrap());
    expect(passes).toMatchObject({ name: 'passes', passed: true, failures: [] });
    expect(fails?.passed).toBe(false);
    expect(fails?.failures).toEqual([
      'échéance « bilan-intermediaire/tuteur » : status attendu "done", obtenu "overdue"',
      expect.stringContaining('échéance « nope » absente'),
      expect.stringContaining('alerte AVIS_EN_RETARD absente'),
      'alerte BILAN_EN_RETARD:bilan-intermediaire/tuteur présente alors qu’elle est attendue absente',
    ]);
    expect(badEvent?.failures.some((f) => f.startsWith('events/2/date'))).toBe(true);
    expect(only?.failures.some((f) => f.startsWith('alerte inattendue'))).toBe(true);
  });

  it('refuses unknown keys and broken YAML, naming them', () => {
    const unknown = parseScenarios(
      'scenarios:\n  - name: x\n    instant: 2022-12-01T08:00:00Z\n    expect: { alertes: [] }\n',
    );
    expect(unknown._unsafeUnwrapErr().issues[0]?.message).toContain('alertes');
    expect(parseScenarios('scenarios: [\n').isErr()).toBe(true);
    expect(parseScenarios('scenarios: []').isErr()).toBe(true);
  });
});
