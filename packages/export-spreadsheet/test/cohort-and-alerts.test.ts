import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  alertListRows,
  cohortOverviewRows,
  createAlertListExporter,
  createCohortOverviewExporter,
  formatLibelleRole,
  listPersonnesDuRole,
  unescapeFormula,
} from '../src/index.js';
import { dossier } from './dossiers.js';
import { cohorteEvaluee } from './evaluations.js';

const base = { timeZone: 'Indian/Reunion', at: '2022-12-05T08:00:00+04:00' };

describe('cohort overview', () => {
  const rows = cohortOverviewRows({
    ...base,
    cohorte: 'reunion-2022-2023',
    dossiers: cohorteEvaluee(),
  })._unsafeUnwrap();

  it('has one row per dossier, sorted by name', () => {
    expect(rows.map((r) => r.nom)).toEqual(['Dupont', 'Hoarau', 'Payet']);
  });

  it('counts deadlines by status (informative dates apart) and shows the next one still open', () => {
    const zoe = rows[2];
    expect(zoe).toMatchObject({
      echeances: 3,
      echeancesEnRetard: 1,
      echeancesProches: 0,
      echeancesFaites: 1,
      prochaineEcheance: 'Échéance bilan-intermediaire/tuteur',
      prochaineEcheanceLe: '2022-11-30',
      finDeStage: '2023-08-31',
    });
    expect(rows[0]).toMatchObject({
      echeancesProches: 1,
      prochaineEcheanceLe: '2023-04-30',
      finDeStage: '2023-09-14',
    });
    expect(rows[1]).toMatchObject({ echeances: 0, prochaineEcheance: null, finDeStage: null });
  });

  it('counts alerts by severity, lists their codes, and the dispositifs d’alerte still open', () => {
    expect(rows[2]).toMatchObject({
      alertesCritiques: 1,
      alertesAttention: 1,
      alertesInformation: 0,
      codesAlertes: 'BILAN_EN_RETARD, VISITES_TUTEUR_INSUFFISANTES',
    });
    expect(rows[0]).toMatchObject({ alertesCritiques: 1, alertesInformation: 1, dispositifsNonLeves: 1 });
  });

  it('exports CSV with the evaluation instant in the académie zone and without NUMEN', () => {
    const csv = createCohortOverviewExporter({ format: 'csv' })
      .export({ ...base, cohorte: 'reunion-2022-2023', dossiers: cohorteEvaluee() })
      ._unsafeUnwrap() as string;
    const records = parse(csv, { delimiter: ';', bom: true }) as string[][];
    const header = records[0] ?? [];
    expect(header).not.toContain('NUMEN');
    expect(records[1]?.[header.indexOf('Évalué le')]).toBe('2022-12-05 08:00:00');
  });

  it('refuses an evaluation of another dossier', () => {
    const [first, ...rest] = cohorteEvaluee();
    if (first === undefined) throw new Error('fixture');
    const wrong = { ...first, evaluation: { ...first.evaluation, dossierId: 'D-9999' } };
    const error = cohortOverviewRows({
      ...base,
      cohorte: 'x',
      dossiers: [...rest, wrong],
    })._unsafeUnwrapErr();
    expect(error.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['tableur.evaluation.autre-dossier', 'dossiers.2'],
    ]);
  });
});

describe('alert list per recipient', () => {
  const dossiers = cohorteEvaluee();

  it('gives one row per alert and person, grouped by recipient, most severe first', () => {
    const rows = alertListRows({ ...base, dossiers })._unsafeUnwrap();
    expect(rows.map((r) => [r.destinataireRole, r.destinataire, r.code, r.nom])).toEqual([
      ['Stagiaire', 'DUPONT Marie', 'CONGES_PROLONGATION', 'Dupont'],
      ['Tuteur', 'GRONDIN Paul', 'BILAN_EN_RETARD', 'Payet'],
      ['Tuteur', 'GRONDIN Paul', 'VISITES_TUTEUR_INSUFFISANTES', 'Payet'],
      ['Chef d’établissement', 'RIVIÈRE Joël', 'PROTOCOLE_NON_OUVERT', 'Dupont'],
      // no inspecteur designated: the alert keeps a line without a person
      ['Inspecteur', null, 'BILAN_EN_RETARD', 'Payet'],
      ['Rectorat', null, 'PROTOCOLE_NON_OUVERT', 'Dupont'],
      ['Rectorat', null, 'CONGES_PROLONGATION', 'Dupont'],
    ]);
  });

  it('keeps only one recipient when asked, by role and person', () => {
    const rows = alertListRows({
      ...base,
      dossiers,
      recipient: { role: 'tuteur', id: 'T-1' },
    })._unsafeUnwrap();
    expect(rows.map((r) => r.code)).toEqual(['BILAN_EN_RETARD', 'VISITES_TUTEUR_INSUFFISANTES']);
    expect(
      alertListRows({ ...base, dossiers, recipient: { role: 'tuteur', id: 'T-2' } })._unsafeUnwrap(),
    ).toEqual([]);
    expect(
      alertListRows({ ...base, dossiers, recipient: { role: 'rectorat' } })._unsafeUnwrap(),
    ).toHaveLength(2);
  });

  it('carries the message, due date, explanation and sources; a message starting with `=` is escaped in CSV', () => {
    const exporter = createAlertListExporter({ format: 'csv' });
    expect(exporter.fileName({ ...base, dossiers, recipient: { role: 'tuteur', id: 'T-1' } })).toBe(
      'alertes-tuteur-t-1.csv',
    );
    const csv = exporter
      .export({ ...base, dossiers, recipient: { role: 'tuteur', id: 'T-1' } })
      ._unsafeUnwrap() as string;
    const [header, first] = parse(csv, { delimiter: ';', bom: true }) as string[][];
    const cell = (name: string): string => first?.[header?.indexOf(name) ?? -1] ?? '';
    expect(cell('Message')).toBe("'=Message BILAN_EN_RETARD ; « bilan-intermediaire/tuteur »");
    expect(unescapeFormula(cell('Message'))).toBe(
      '=Message BILAN_EN_RETARD ; « bilan-intermediaire/tuteur »',
    );
    expect(cell('Échéance')).toBe('2022-11-30');
    expect(cell('Pourquoi')).toBe('Explication de BILAN_EN_RETARD.');
    expect(cell('Sources')).toBe('Arrêté du 22 août 2014, art. 5, NOR MENH1411675A');
  });

  it('names each recipient’s role as the dossier records the person: Tutrice, Tuteur ou tutrice, Inspectrice', () => {
    const [marie, leo] = dossiers;
    if (marie === undefined || leo === undefined) throw new Error('fixture');
    const avec = (d: typeof marie, acteurs: Partial<typeof marie.state.acteurs>) => ({
      ...d,
      state: { ...d.state, acteurs: { ...d.state.acteurs, ...acteurs } },
    });
    const tutrice = { id: 'T-9', civilite: 'madame' as const, nom: 'Payet', prenom: 'Lina' };
    const sansCivilite = { id: 'T-8', nom: 'Nativel', prenom: 'Dominique' };
    const tuteurs = (t: typeof sansCivilite) => [
      { tuteur: t, depuis: '2022-09-01', jusquau: null, motifRetrait: null },
    ];
    const inspectrice = { id: 'I-9', civilite: 'madame' as const, nom: 'Hoarau', prenom: 'Line' };
    const rows = alertListRows({
      ...base,
      dossiers: dossiers.map((d) =>
        d.state.dossierId === 'D-0003'
          ? avec(d, { tuteurs: tuteurs(tutrice), inspecteur: inspectrice })
          : d.state.dossierId === 'D-0002'
            ? avec(d, { tuteurs: tuteurs(sansCivilite) })
            : d,
      ),
    })._unsafeUnwrap();
    const roles = new Set(rows.map((r) => `${r.destinataireRole}|${r.destinataire ?? ''}`));
    expect(roles).toContain('Tutrice|PAYET Lina');
    expect(roles).toContain('Inspectrice|HOARAU Line');
    expect(roles).toContain('Stagiaire|DUPONT Marie');
    expect(rows.some((r) => r.destinataireRole === 'Tuteur' && r.destinataire === 'GRONDIN Paul')).toBe(
      rows.some((r) => r.destinataire === 'GRONDIN Paul'),
    );
    expect(formatLibelleRole('tuteur', sansCivilite)).toBe('Tuteur ou tutrice');
    expect(formatLibelleRole('directeur-inspe', { id: 'D-1', civilite: 'madame' })).toBe('Directrice INSPÉ');
    expect(formatLibelleRole('inspecteur', null)).toBe('Inspecteur');
    expect(formatLibelleRole('chef-etablissement', { id: 'C-1', civilite: 'madame' })).toBe(
      'Chef d’établissement',
    );
  });

  it('labels a secondary source and never cites the library’s assumptions as a text', () => {
    const [first] = dossiers;
    if (first === undefined) throw new Error('fixture');
    const alerts = first.evaluation.alerts.map((a) => ({
      ...a,
      explanation: {
        ...a.explanation,
        sources: [
          { texte: 'Arrêté du 22 août 2014', article: 'art. 5', nor: 'MENH1411675A' },
          { texte: 'SNES-FSU, « La procédure d’alerte »', url: 'https://www.snes.edu/x.html' },
          { texte: 'Hypothèse par défaut de Tremplin (aucun texte)', nature: 'hypothese' as const },
        ] as const,
      },
    }));
    const rows = alertListRows({
      ...base,
      dossiers: [{ ...first, evaluation: { ...first.evaluation, alerts } }],
    })._unsafeUnwrap();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.sources).toBe(
        'Arrêté du 22 août 2014, art. 5, NOR MENH1411675A ; source secondaire : SNES-FSU, « La procédure d’alerte » ; aucun texte : valeur à confirmer par l’académie',
      );
    }
  });

  it('finds the people of each role on a dossier', () => {
    const state = dossier(0);
    expect(listPersonnesDuRole(state, 'tuteur').map((p) => p.id)).toEqual(['T-1']);
    expect(listPersonnesDuRole(state, 'stagiaire').map((p) => p.id)).toEqual(['S-1']);
    expect(listPersonnesDuRole(state, 'jury')).toEqual([]);
  });
});
