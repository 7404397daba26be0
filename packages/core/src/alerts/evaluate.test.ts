import { describe, expect, it } from 'vitest';
import { REUNION_2022_2023 } from '../calendar/data/calendriers-2022-2023.js';
import { echellesParDefaut } from '../referentiel/data/echelles.js';
import { compileRules } from '../rules/compile.js';
import { packNational } from '../rules/data/pack-national.js';
import { evaluateDossier } from './evaluate-dossier.js';
import { prepare } from './prepared.js';
import {
  alerte,
  avis,
  bilan,
  conge,
  entretienJury,
  fold,
  formation,
  ouverture,
  packTest,
  packTestFacultatives,
  protocole,
  transmis,
  visite,
} from './testing/dossiers.js';

const compiled = compileRules({
  layers: [packNational, packTest],
  anneeScolaire: '2022-2023',
  calendrier: REUNION_2022_2023,
})._unsafeUnwrap();
const prepared = prepare(compiled);
const at = (events: Parameters<typeof fold>[0], instant: string) =>
  evaluateDossier(fold(events), instant, prepared)._unsafeUnwrap();
// The same académie, having chosen the alerts on thresholds no text sets, and listing its sessions.
const preparedChoix = prepare(
  compileRules({
    layers: [packNational, packTestFacultatives],
    anneeScolaire: '2022-2023',
    calendrier: REUNION_2022_2023,
  })._unsafeUnwrap(),
);
const atChoix = (events: Parameters<typeof fold>[0], instant: string) =>
  evaluateDossier(fold(events), instant, preparedChoix)._unsafeUnwrap();
const CHOIX =
  'Alerte activée par choix de l’académie (pack « Académie de test (La Réunion), alertes facultatives activées »';

describe('deadlines of a Réunion dossier', () => {
  it('lists the bilans, avis, jury, mi-stage and fin de stage of the year', () => {
    const e = at(ouverture(), '2022-10-03T09:00:00+04:00');
    const ids = e.deadlines.map((d) => d.id);
    expect(ids).toEqual([
      'bilan-intermediaire/tuteur',
      'bilan-intermediaire/chef-etablissement',
      'bilan-final/tuteur',
      'bilan-final/chef-etablissement',
      'avis/inspecteur',
      'avis/chef-etablissement',
      'avis/directeur-inspe',
      'jury',
      'mi-stage',
      'fin-de-stage',
    ]);
    const byId = Object.fromEntries(e.deadlines.map((d) => [d.id, d]));
    expect(byId['bilan-intermediaire/tuteur']).toMatchObject({
      due: '2022-11-30',
      dueAt: '2022-11-30T23:59:59.999+04:00',
      status: 'upcoming',
      responsible: 'tuteur',
    });
    expect(byId['bilan-final/tuteur']?.due).toBe('2023-04-30');
    expect(byId['avis/inspecteur']?.due).toBe('2023-05-31');
    expect(byId.jury?.due).toBe('2023-06-30');
    expect(byId['mi-stage']).toMatchObject({ due: '2023-03-02', informative: true, status: 'upcoming' });
    expect(byId['fin-de-stage']).toMatchObject({ due: '2023-08-31', informative: true });
    expect(byId['bilan-intermediaire/tuteur']?.explanation.parameters[0]).toMatchObject({
      key: 'echeances.bilanIntermediaire',
      layer: 'academie',
      validSince: '2022-09-01',
    });
  });

  it('boundary: « fin novembre » is due soon at 23:59:59.999 Réunion time and overdue one millisecond later', () => {
    const last = at(ouverture(), '2022-11-30T23:59:59.999+04:00');
    const next = at(ouverture(), '2022-12-01T00:00:00.000+04:00');
    expect(last.deadlines.find((d) => d.id === 'bilan-intermediaire/tuteur')?.status).toBe('due-soon');
    expect(next.deadlines.find((d) => d.id === 'bilan-intermediaire/tuteur')?.status).toBe('overdue');
    // At 21:00 in Paris on 30 November it is already 1 December in La Réunion.
    const paris = at(ouverture(), '2022-11-30T21:00:00+01:00');
    expect(paris.today).toBe('2022-12-01');
    expect(paris.alerts.map((a) => a.key)).toContain('BILAN_EN_RETARD:bilan-intermediaire/tuteur');
  });

  it('marks a deadline done by the record dated on or before today, late if after the due date', () => {
    const events = [...ouverture(), bilan('b1', 'intermediaire', 'tuteur', '2022-12-05')];
    const before = at(events, '2022-12-02T10:00:00+04:00');
    expect(before.deadlines.find((d) => d.id === 'bilan-intermediaire/tuteur')?.status).toBe('overdue');
    const after = at(events, '2022-12-06T10:00:00+04:00');
    const d = after.deadlines.find((x) => x.id === 'bilan-intermediaire/tuteur');
    expect(d).toMatchObject({ status: 'done', doneOn: '2022-12-05' });
    expect(d?.explanation.summary).toContain('après l’échéance');
  });

  it('moves the mi-stage and the end of stage with 57 days of sick leave (21 days beyond 36)', () => {
    const e = at(
      [...ouverture(), conge('c1', 'maladie-ordinaire', '2022-10-03', '2022-11-28')],
      '2022-12-01T10:00:00+04:00',
    );
    expect(e.deadlines.find((d) => d.id === 'fin-de-stage')?.due).toBe('2023-09-21');
    expect(e.deadlines.find((d) => d.id === 'mi-stage')?.due).toBe('2023-03-23');
    const alert = e.alerts.find((a) => a.code === 'CONGES_PROLONGATION');
    expect(alert?.message).toContain('prolongé de 21 jour(s), jusqu’au 2023-09-21');
    expect(alert?.recipients).toEqual(['stagiaire', 'chef-etablissement', 'rectorat']);
  });
});

describe('alerts', () => {
  it('reminds a bilan due soon, then flags it overdue to the assessor and the pack’s recipients', () => {
    const soon = at(ouverture(), '2022-11-20T10:00:00+04:00');
    expect(soon.alerts.filter((a) => a.code === 'BILAN_A_RENDRE').map((a) => a.recipients)).toEqual([
      ['tuteur'],
      ['chef-etablissement'],
    ]);
    const late = at(ouverture(), '2022-12-01T10:00:00+04:00');
    const a = late.alerts.find((x) => x.key === 'BILAN_EN_RETARD:bilan-intermediaire/tuteur');
    expect(a).toMatchObject({
      severity: 'warning',
      recipients: ['tuteur', 'chef-etablissement', 'inspecteur'],
      due: '2022-11-30',
    });
  });

  it('raises no alert on a threshold no text sets unless the académie chose it', () => {
    const events = [
      ...ouverture(),
      visite('v1', '2022-09-05'),
      bilan('b1', 'intermediaire', 'tuteur', '2022-11-25', 'a-investir'),
    ];
    const codes = at(events, '2023-06-12T10:00:00+04:00').alerts.map((a) => a.code);
    for (const code of [
      'VISITES_TUTEUR_INSUFFISANTES',
      'VISITES_CHEZ_TUTEUR_INSUFFISANTES',
      'FORMATION_EN_RETARD',
      'BILAN_SOUS_NIVEAU_ATTENDU',
    ])
      expect(codes).not.toContain(code);
    expect(compiled.rules.parameters['alertes.facultatives'].note).toContain(
      'Aucun texte ne fixe ces seuils',
    );
  });

  it('flags the tuteur’s visits when more than 10 class days pass early in the year, not over the été austral', () => {
    const at = atChoix;
    const first = at([...ouverture(), visite('v1', '2022-09-05')], '2022-09-20T10:00:00+04:00');
    const v = first.alerts.find((a) => a.code === 'VISITES_TUTEUR_INSUFFISANTES');
    expect(v).toMatchObject({
      severity: 'warning',
      due: '2022-09-19',
      recipients: ['tuteur', 'chef-etablissement'],
    });
    expect(v?.explanation.facts).toContainEqual({ name: 'jours-de-classe-depuis', value: 11 });
    expect(v?.explanation.summary).toContain(CHOIX);
    expect(v?.explanation.parameters.map((p) => p.key)).toContain('alertes.facultatives');
    expect(
      at([...ouverture(), visite('v1', '2022-09-05')], '2022-09-19T10:00:00+04:00').alerts.map((a) => a.code),
    ).not.toContain('VISITES_TUTEUR_INSUFFISANTES');
    // Later in the year, 20 class days: a visit on 14 December is still fine on 25 January (été austral).
    // Much later, the due date is still the day the early cadence was first broken.
    const later = at([...ouverture(), visite('v1', '2022-09-05')], '2022-12-01T10:00:00+04:00');
    expect(later.alerts.find((a) => a.code === 'VISITES_TUTEUR_INSUFFISANTES')?.due).toBe('2022-09-19');
    const summer = at([...ouverture(), visite('v1', '2022-12-14')], '2023-01-25T10:00:00+04:00');
    expect(summer.alerts.map((a) => a.code)).not.toContain('VISITES_TUTEUR_INSUFFISANTES');
  });

  it('asks for no visit cadence nor training pace once the dossier is before the jury (the workflow records none)', () => {
    const at = atChoix;
    const devantJury = at(
      [...ouverture(), visite('v1', '2022-09-05'), transmis('2023-05-15')],
      '2023-06-12T10:00:00+04:00',
    );
    const codes = devantJury.alerts.map((a) => a.code);
    expect(codes).not.toContain('VISITES_TUTEUR_INSUFFISANTES');
    expect(codes).not.toContain('VISITES_CHEZ_TUTEUR_INSUFFISANTES');
    expect(codes).not.toContain('FORMATION_EN_RETARD');
    // The same dossier still in stage on that day is behind on both.
    const enStage = at([...ouverture(), visite('v1', '2022-09-05')], '2023-06-12T10:00:00+04:00').alerts.map(
      (a) => a.code,
    );
    expect(enStage).toContain('VISITES_TUTEUR_INSUFFISANTES');
    expect(enStage).toContain('FORMATION_EN_RETARD');
  });

  it('flags the sessions held and not attended, listing them — no pro rata of class days', () => {
    const at = atChoix;
    const none = at(ouverture(), '2022-11-12T10:00:00+04:00');
    const f = none.alerts.find((a) => a.code === 'FORMATION_EN_RETARD');
    expect(f?.recipients[0]).toBe('stagiaire');
    expect(f?.message).toContain('4 session(s) manquée(s) sur 4 tenue(s)');
    expect(f?.explanation.summary).toContain(
      'le 2022-09-15, « Analyse de pratiques » (INSPÉ, 6 h : aucune présence enregistrée)',
    );
    expect(f?.explanation.summary).toContain(CHOIX);
    expect(f?.explanation.facts.filter((x) => x.name === 'session-manquee').map((x) => x.ref)).toEqual([
      'inspe-1',
      'inspe-2',
      'eafc-1',
      'inspe-3',
    ]);
    // Attended by date and organiser, or by session: nothing owed; a session today is not yet held.
    const attended = at(
      [
        ...ouverture(),
        formation('f1', '2022-09-15'),
        formation('f2', '2022-10-06', 6, 'INSPE', { sessionId: 'inspe-2' }),
        formation('f3', '2022-10-27', 6, 'EAFC'),
      ],
      '2022-11-10T10:00:00+04:00',
    );
    expect(attended.alerts.map((a) => a.code)).not.toContain('FORMATION_EN_RETARD');
    // An excused absence is still a missed session, said as such.
    const excused = at(
      [
        ...ouverture(),
        formation('f1', '2022-09-15'),
        formation('f2', '2022-10-06', 6, 'INSPE', { presence: 'absent-justifie' }),
        formation('f3', '2022-10-27', 6, 'EAFC'),
      ],
      '2022-11-10T10:00:00+04:00',
    );
    expect(excused.alerts.find((a) => a.code === 'FORMATION_EN_RETARD')?.message).toContain(
      '« Analyse de pratiques » (INSPÉ, 6 h : absence justifiée)',
    );
    // A stagiaire outside the credit (mi-temps) owes none.
    const miTemps = at(
      ouverture({ quotite: 'mi-temps', categorie: 'autre-master' }),
      '2023-01-30T10:00:00+04:00',
    );
    expect(miTemps.alerts.map((a) => a.code)).not.toContain('FORMATION_EN_RETARD');
  });

  it('owes no training when the académie lists no session, even with the alert switched on', () => {
    const sansSessions = prepare(
      compileRules({
        layers: [
          packNational,
          {
            ...packTestFacultatives,
            parameters: Object.fromEntries(
              Object.entries(packTestFacultatives.parameters).filter(([k]) => k !== 'formation.sessions'),
            ),
          },
        ],
        anneeScolaire: '2022-2023',
        calendrier: REUNION_2022_2023,
      })._unsafeUnwrap(),
    );
    const e = evaluateDossier(fold(ouverture()), '2023-06-12T10:00:00+04:00', sansSessions)._unsafeUnwrap();
    expect(e.alerts.map((a) => a.code)).not.toContain('FORMATION_EN_RETARD');
  });

  it('flags a bilan below the expected level until a dispositif d’alerte is raised', () => {
    // The académie sets the expected level of its intermediate scale (no text does) and chose the alert.
    const avecAttendu = prepare(
      compileRules({
        layers: [packNational, packTestFacultatives],
        anneeScolaire: '2022-2023',
        calendrier: REUNION_2022_2023,
        echelles: echellesParDefaut.map((e) =>
          e.id === 'tuteur-intermediaire' ? { ...e, attendu: 'a-travailler-encore' } : e,
        ),
      })._unsafeUnwrap(),
    );
    const at = (events: Parameters<typeof fold>[0], instant: string) =>
      evaluateDossier(fold(events), instant, avecAttendu)._unsafeUnwrap();
    const low = [...ouverture(), bilan('b1', 'intermediaire', 'tuteur', '2022-11-25', 'a-investir')];
    const e = at(low, '2022-11-28T10:00:00+04:00');
    const a = e.alerts.find((x) => x.code === 'BILAN_SOUS_NIVEAU_ATTENDU');
    expect(a?.key).toBe('BILAN_SOUS_NIVEAU_ATTENDU:b1');
    expect(a?.message).toContain('CC1, CC2, CC3, P1, P3');
    expect(a?.explanation.summary).toContain(CHOIX);
    const raised = at([...low, alerte('al1', '2022-11-26')], '2022-11-28T10:00:00+04:00');
    expect(raised.alerts.map((x) => x.code)).not.toContain('BILAN_SOUS_NIVEAU_ATTENDU');
  });

  it('flags a dispositif d’alerte without protocole after 15 days, until one is opened', () => {
    const events = [...ouverture(), alerte('al1', '2022-10-03')];
    expect(at(events, '2022-10-18T10:00:00+04:00').alerts.map((a) => a.code)).not.toContain(
      'PROTOCOLE_NON_OUVERT',
    );
    const late = at(events, '2022-10-19T10:00:00+04:00').alerts.find(
      (a) => a.code === 'PROTOCOLE_NON_OUVERT',
    );
    expect(late).toMatchObject({ severity: 'critical', due: '2022-10-18', key: 'PROTOCOLE_NON_OUVERT:al1' });
    expect(
      at([...events, protocole('al1', '2022-10-20')], '2022-10-21T10:00:00+04:00').alerts.map((a) => a.code),
    ).not.toContain('PROTOCOLE_NON_OUVERT');
  });

  it('says what is missing before the jury, and asks for the entretien after an avis défavorable', () => {
    const events = [
      ...ouverture(),
      avis('inspecteur', '2023-05-20', 'defavorable'),
      avis('chef-etablissement', '2023-05-21'),
    ];
    const e = at(events, '2023-06-20T10:00:00+04:00');
    const a = e.alerts.find((x) => x.code === 'DOSSIER_INCOMPLET_JURY');
    expect(a?.severity).toBe('warning');
    expect(a?.message).toContain('l’avis du directeur de l’INSPÉ');
    expect(a?.message).toContain('l’entretien du stagiaire avec le jury');
    expect(e.deadlines.find((d) => d.id === 'entretien-jury')?.status).toBe('due-soon');
    const complete = [...events, avis('directeur-inspe', '2023-05-22'), entretienJury('2023-06-15')];
    expect(at(complete, '2023-06-20T10:00:00+04:00').alerts.map((x) => x.code)).not.toContain(
      'DOSSIER_INCOMPLET_JURY',
    );
    const sent = at([...events, transmis('2023-06-10')], '2023-07-05T10:00:00+04:00');
    expect(sent.deadlines.find((d) => d.id === 'jury')?.status).toBe('done');
    expect(sent.alerts.map((x) => x.code)).not.toContain('DOSSIER_INCOMPLET_JURY');
  });

  it('asks for the inspection of an agrégé with the inspecteur’s avis, and drops the jury for a lauréat réputé qualifié', () => {
    const agrege = at(ouverture({ corps: 'agrege' }), '2023-05-25T10:00:00+04:00');
    expect(agrege.alerts.find((a) => a.code === 'INSPECTION_A_PROGRAMMER')?.recipients).toEqual([
      'inspecteur',
      'chef-etablissement',
    ]);
    const done = at(
      [...ouverture({ corps: 'agrege' }), visite('i1', '2023-05-10', 'inspection')],
      '2023-05-25T10:00:00+04:00',
    );
    expect(done.alerts.map((a) => a.code)).not.toContain('INSPECTION_A_PROGRAMMER');
    const ue = at(ouverture({ categorie: 'ue-qualifie' }), '2023-05-25T10:00:00+04:00');
    expect(ue.deadlines.map((d) => d.id)).not.toContain('jury');
    expect(ue.deadlines.filter((d) => d.kind === 'avis').map((d) => d.id)).toEqual(['avis/inspecteur']);
  });

  it('evaluates nothing before the stage starts or once the dossier is closed', () => {
    expect(at(ouverture({ debut: '2022-09-01' }), '2022-08-20T10:00:00+04:00').deadlines).toEqual([]);
  });

  it('refuses rules of another académie or year, and an instant without offset', () => {
    expect(
      evaluateDossier(fold(ouverture({ academie: 'lyon' })), '2022-10-01T10:00:00+02:00', prepared).isErr(),
    ).toBe(true);
    expect(
      evaluateDossier(
        fold(ouverture({ debut: '2023-09-01' })),
        '2023-10-01T10:00:00+04:00',
        prepared,
      ).isErr(),
    ).toBe(true);
    expect(evaluateDossier(fold(ouverture()), '2022-10-01T10:00:00', prepared).isErr()).toBe(true);
  });
});
