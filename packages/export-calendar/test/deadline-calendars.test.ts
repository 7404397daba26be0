import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  createEpleCalendarExporter,
  createStagiaireCalendarExporter,
  createTuteurCalendarExporter,
  deadlineUid,
  epleCalendar,
  stagiaireCalendar,
  tuteurCalendar,
} from '../src/index.js';
import { cohorte, deadline, dossier, evaluated, NUMENS, ZONE } from './dossiers.js';

const AT = '2022-11-02T08:00:00+04:00';

function events(text: string): ICAL.Event[] {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

describe('stagiaireCalendar', () => {
  const [marie] = cohorte();
  if (marie === undefined) throw new Error('fixture');
  const text = stagiaireCalendar({ dossier: marie, timeZone: ZONE, at: AT })._unsafeUnwrap();
  const read = events(text);

  it('holds every deadline of the year but the mi-stage date, in due order, UID = dossier id + deadline id', () => {
    expect(read.map((e) => e.uid)).toEqual(
      ['bilan-intermediaire/chef-etablissement', 'bilan-intermediaire/tuteur', 'jury'].map((id) =>
        deadlineUid('D-0001', id),
      ),
    );
  });

  it('writes end-of-day deadlines as all-day events on their date', () => {
    const bilan = read[1];
    expect(bilan?.startDate.isDate).toBe(true);
    expect(bilan?.startDate.toString()).toBe('2022-11-30');
    expect(bilan?.summary).toBe('✓ Bilan intermédiaire du tuteur');
    expect(bilan?.description).toContain('Fait le 28 novembre 2022.');
    expect(bilan?.description).toContain('À faire par le tuteur.');
    expect(bilan?.description).toContain('Arrêté du 22 août 2014, art. 5, NOR MENH1411675A');
  });

  it('writes a deadline with a time of day as a timed event in La Réunion (17:00 = 13:00 UTC)', () => {
    const jury = read[2];
    expect(jury?.startDate.isDate).toBe(false);
    expect(jury?.startDate.zone?.tzid).toBe(ZONE);
    expect(jury?.startDate.toString()).toBe('2023-06-05T17:00:00');
    expect(jury?.startDate.toUnixTime()).toBe(Date.parse('2023-06-05T13:00:00Z') / 1000);
  });

  it('uses the dossier sequence as SEQUENCE and reminds only of deadlines still to meet', () => {
    expect(read.map((e) => e.sequence)).toEqual([12, 12, 12]);
    const alarms = read.map((e) => e.component.getAllSubcomponents('valarm').length);
    expect(alarms).toEqual([2, 0, 2]);
  });

  it('names the calendar after the stagiaire and never writes a sensitive identifier', () => {
    expect(new ICAL.Component(ICAL.parse(text)).getFirstPropertyValue('name')).toBe(
      'Échéances — Marie DUPONT (2022-2023)',
    );
    for (const numen of NUMENS) expect(text).not.toContain(numen);
    expect(text).not.toContain('@ac-reunion.fr');
    expect(text).not.toContain('1994-03-12');
    expect(text).not.toContain('D-0001');
  });

  it('gives the same bytes for the same input', () => {
    expect(stagiaireCalendar({ dossier: marie, timeZone: ZONE, at: AT })._unsafeUnwrap()).toBe(text);
  });

  it('keeps the UID when the deadline moves and raises SEQUENCE with the dossier', () => {
    const moved = evaluated(dossier(0, { sequence: 13 }), [
      deadline('bilan-intermediaire/tuteur', 'bilan', 'Bilan intermédiaire du tuteur', '2022-12-02'),
    ]);
    const [event] = events(stagiaireCalendar({ dossier: moved, timeZone: ZONE, at: AT })._unsafeUnwrap());
    expect(event?.uid).toBe(read[1]?.uid);
    expect(event?.sequence).toBe(13);
    expect(event?.startDate.toString()).toBe('2022-12-02');
  });

  it('refuses an evaluation of another dossier', () => {
    const wrong = { state: dossier(0), evaluation: { ...marie.evaluation, dossierId: 'D-9' } };
    const error = stagiaireCalendar({ dossier: wrong, timeZone: ZONE, at: AT })._unsafeUnwrapErr();
    expect(error.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['calendar.evaluation.autre-dossier', 'dossier'],
    ]);
  });
});

describe('tuteurCalendar and epleCalendar', () => {
  it('gives a tuteur the deadlines he must act on, for the stagiaires he tutors now, titled with their names', () => {
    const read = events(
      tuteurCalendar({ tuteurId: 'T-1', dossiers: cohorte(), timeZone: ZONE, at: AT })._unsafeUnwrap(),
    );
    expect(read.map((e) => e.summary)).toEqual([
      '✓ Bilan intermédiaire du tuteur — Marie DUPONT',
      'Bilan intermédiaire du tuteur — Léo HOARAU',
    ]);
  });

  it('gives a former tuteur nothing', () => {
    expect(
      events(
        tuteurCalendar({ tuteurId: 'T-2', dossiers: cohorte(), timeZone: ZONE, at: AT })._unsafeUnwrap(),
      ),
    ).toEqual([]);
  });

  it('gives an EPLE the deadlines of its chef d’établissement for the stagiaires affected there', () => {
    const read = events(
      epleCalendar({ uai: '9740002J', dossiers: cohorte(), timeZone: ZONE, at: AT })._unsafeUnwrap(),
    );
    expect(read.map((e) => e.summary)).toEqual(['Avis du chef d’établissement — Léo HOARAU']);
  });

  it('lets the caller choose the deadlines, reminders and links', () => {
    const text = tuteurCalendar(
      { tuteurId: 'T-1', dossiers: cohorte(), timeZone: ZONE, at: AT },
      {
        include: () => true,
        reminders: () => ['PT2H'],
        url: (d, dossier) => `https://tremplin.example/${dossier.state.dossierId}/${d.id}`,
      },
    )._unsafeUnwrap();
    const read = events(text);
    expect(read).toHaveLength(5); // the mi-stage date is never written, whatever `include` says
    expect(read[0]?.component.getFirstPropertyValue('url')).toMatch(/^https:\/\/tremplin\.example\/D-000/);
    expect(
      read[0]?.component.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger')?.toString(),
    ).toBe('-PT2H');
  });
});

describe('calendar exporters', () => {
  it('follow the exporter port: format, media type, clock-free file names', () => {
    const [marie] = cohorte();
    if (marie === undefined) throw new Error('fixture');
    const stagiaire = createStagiaireCalendarExporter();
    expect([stagiaire.format, stagiaire.mediaType, stagiaire.fileExtension]).toEqual([
      'ics',
      'text/calendar; charset=utf-8',
      'ics',
    ]);
    expect(stagiaire.fileName({ dossier: marie, timeZone: ZONE, at: AT })).toBe(
      'echeances-dupont-marie-2022-2023.ics',
    );
    expect(
      createTuteurCalendarExporter().fileName({ tuteurId: 'T-1', dossiers: [], timeZone: ZONE, at: AT }),
    ).toBe('echeances-tuteur-t-1.ics');
    const eple = createEpleCalendarExporter();
    expect(eple.fileName({ uai: '9740001H', dossiers: [], timeZone: ZONE, at: AT })).toBe(
      'echeances-eple-9740001h.ics',
    );
    expect(
      eple.export({ uai: '9740001H', dossiers: cohorte(), timeZone: ZONE, at: AT })._unsafeUnwrap(),
    ).toContain('BEGIN:VCALENDAR');
    expect(eple.export({ uai: '9740001H', dossiers: [], timeZone: 'Nulle/Part', at: AT }).isErr()).toBe(true);
  });
});

describe('fixtures', () => {
  it('are dossier states the core accepts', async () => {
    const { parseDossierState } = await import('@tremplin/core');
    for (const { state } of cohorte()) {
      const parsed = parseDossierState(JSON.parse(JSON.stringify(state)));
      expect(parsed.isOk() ? [] : parsed.error.issues).toEqual([]);
    }
  });
});
