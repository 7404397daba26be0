import { describe, expect, it } from 'vitest';
import { computeEmpreinte } from '../dossier/empreinte.js';
import { verifyInstantane } from '../dossier/instantane.js';
import type { NatureDecision } from '../dossier/vocabulaire.js';
import { computeDateMiStage, listPiecesManquantes } from './conditions.js';
import { computeEffetConges } from './conges.js';
import {
  acteurs,
  anneeComplete,
  bilan,
  compositionJury,
  dossierNomme,
  type Journal,
  rules,
} from './testing/fixtures.js';

const jury = compositionJury();

function prononcer(decision: NatureDecision, date: string) {
  return { type: 'decision.prononcer', decision, fondement: 'evaluation', date } as const;
}

/** The jury finds the stagiaire apte, then the recteur titularises him the same day. */
function titulariser(j: Journal, jour: string) {
  j.ok({ type: 'jury.deliberer', constat: 'apte', jury }, acteurs.jury, jour);
  return j.ok(prononcer('titularisation', jour), acteurs.rectorat, jour);
}

function codes(error: unknown): string[] {
  const e = error as { reasons?: ReadonlyArray<{ code: string }> };
  return (e.reasons ?? []).map((r) => r.code);
}

describe('a plain year (Réunion 2022-2023, certifié MEEF)', () => {
  it('goes from nomination to titularisation on 1 September 2023, with a frozen view', () => {
    const j = dossierNomme();
    expect(j.etat.etat).toBe('en-stage');
    expect(j.etat.stage.annees).toEqual([
      { numero: 1, dateDebut: '2022-09-01', dateFinStatutaire: '2023-08-31' },
    ]);
    j.ok(
      {
        type: 'formation.enregistrer',
        formationId: 'f1',
        date: '2022-10-03',
        operateur: 'INSPE',
        heures: 6,
        intitule: 'Gestion de classe',
        presence: 'present',
      },
      acteurs.formateur,
      '2022-10-03',
    );
    j.ok(
      {
        type: 'formation.enregistrer',
        formationId: 'f2',
        date: '2022-10-10',
        operateur: 'EAFC',
        heures: 6,
        intitule: 'PAF',
        presence: 'present',
      },
      acteurs.inspecteur,
      '2022-10-10',
    );
    j.ok(
      { type: 'visite.planifier', visiteId: 'v1', nature: 'visite-formative', datePrevue: '2022-09-20' },
      acteurs.tuteur,
      '2022-09-12',
    );
    j.ok(
      {
        type: 'visite.realiser',
        visiteId: 'v1',
        nature: 'visite-formative',
        date: '2022-09-20',
        pointsAppui: [{ competence: 'P3', observation: 'Séance bien construite.' }],
        competencesATravailler: [{ competence: 'P4', observation: 'Gestion des transitions.' }],
        conseils: ['Annoncer les objectifs.'],
        axesDeTravail: ['Différenciation'],
      },
      acteurs.tuteur,
      '2022-09-20',
    );
    j.ok(
      {
        type: 'visite.realiser',
        visiteId: 'v2',
        nature: 'visite-chez-tuteur',
        date: '2022-09-22',
        pointsAppui: [],
        competencesATravailler: [],
        conseils: [],
        axesDeTravail: [],
      },
      acteurs.stagiaire,
      '2022-09-22',
    );
    anneeComplete(j);
    expect(listPiecesManquantes(j.etat, rules)).toEqual([]);
    j.ok({ type: 'jury.saisir', date: '2023-05-31' }, acteurs.rectorat, '2023-05-31');
    expect(j.etat.etat).toBe('devant-jury');
    const [decision] = titulariser(j, '2023-06-20');
    expect(j.etat.etat).toBe('titularise');
    expect(decision?.type).toBe('decision.prononcee');
    if (decision?.type !== 'decision.prononcee') return;
    expect(decision.dateEffet).toBe('2023-09-01');
    expect(decision.instantane.sequence).toBe(j.events.length - 1);
    expect(decision.instantane.regles).toEqual({
      version: rules.version,
      empreinte: computeEmpreinte(rules),
    });
    expect(verifyInstantane(decision.instantane)).toBe(true);
    expect(
      verifyInstantane({
        ...decision.instantane,
        vue: { ...(decision.instantane.vue as object), etat: 'x' },
      }),
    ).toBe(false);
    // Visits keep what the tuteur wrote.
    expect(
      j.etat.visites.find((v) => v.visiteId === 'v1')?.realisation?.competencesATravailler[0]?.competence,
    ).toBe('P4');
  });

  it('keeps each assessor’s bilans and avis side by side, never overwritten', () => {
    const j = dossierNomme();
    anneeComplete(j);
    const finals = j.etat.bilans.filter((b) => b.nature === 'final').map((b) => b.evaluateur.role);
    expect(finals).toEqual(['tuteur', 'chef-etablissement']);
    expect(j.etat.avis.map((a) => a.role)).toEqual(['inspecteur', 'chef-etablissement', 'directeur-inspe']);
    const again = j.ko(bilan(j.etat, 'final', 'b-tut-3', '2023-04-28'), acteurs.tuteur, '2023-04-28');
    expect(codes(again)).toContain('bilan.deja-depose');
    const avis = j.ko(
      { type: 'avis.emettre', avisId: 'a2', sens: 'defavorable', motivation: 'x', date: '2023-05-20' },
      acteurs.chef,
      '2023-05-20',
    );
    expect(codes(avis)).toEqual(['avis.deja-emis']);
    expect(j.etat.avis.find((a) => a.role === 'chef-etablissement')?.sens).toBe('favorable');
  });

  it('says what is missing before the jury, with the text requiring each piece', () => {
    const j = dossierNomme();
    const manques = listPiecesManquantes(j.etat, rules);
    expect(manques.map((m) => m.code)).toEqual([
      'piece-manquante.avis-inspecteur',
      'piece-manquante.avis-chef-etablissement',
      'piece-manquante.avis-directeur-inspe',
    ]);
    expect(manques[0]?.source?.nor).toBe('MENH1411675A');
    const refus = j.ko({ type: 'jury.saisir', date: '2023-05-31' }, acteurs.rectorat, '2023-05-31');
    expect(codes(refus)).toEqual(manques.map((m) => m.code));
    // The inspecteur's avis waits for the tuteur's report.
    const avis = j.ko(
      { type: 'avis.emettre', avisId: 'a', sens: 'favorable', date: '2023-05-10' },
      acteurs.inspecteur,
      '2023-05-10',
    );
    expect(codes(avis)).toEqual(['piece-manquante.rapport-tuteur-avant-avis-inspecteur']);
  });
});

describe('leave', () => {
  it('50 days of sick leave extend the stage by 14 days and the titularisation date with it', () => {
    const j = dossierNomme();
    j.ok(
      {
        type: 'conge.enregistrer',
        congeId: 'c1',
        nature: 'maladie-ordinaire',
        debut: '2023-01-09',
        fin: '2023-02-27',
      },
      acteurs.rectorat,
      '2023-02-28',
    );
    const effet = computeEffetConges(j.etat, rules);
    expect(effet?.joursCongesRemuneres).toBe(50);
    expect(effet?.joursProlongation).toBe(14);
    expect(effet?.dateFinEffective).toBe('2023-09-14');
    j.ok({ type: 'stage.prolonger' }, acteurs.rectorat, '2023-03-01');
    expect(j.etat.stage.prolongationsConges.at(-1)?.dateFinEffective).toBe('2023-09-14');
    expect(codes(j.ko({ type: 'stage.prolonger' }, acteurs.rectorat, '2023-03-02'))).toEqual([
      'prolongation.inchangee',
    ]);
    anneeComplete(j);
    j.ok({ type: 'jury.saisir', date: '2023-05-31' }, acteurs.rectorat, '2023-05-31');
    const [d] = titulariser(j, '2023-06-20');
    expect(d?.type === 'decision.prononcee' && d.dateEffet).toBe('2023-09-15');
  });

  it('reproduces service-public’s examples: 57 days → 21; maternity keeps the date; both → 133', () => {
    const j = dossierNomme();
    j.ok(
      {
        type: 'conge.enregistrer',
        congeId: 'm',
        nature: 'maternite',
        debut: '2022-11-01',
        fin: '2023-02-20',
      },
      acteurs.rectorat,
      '2023-02-21',
    );
    let effet = computeEffetConges(j.etat, rules);
    expect(effet?.joursCongesRemuneres).toBe(112);
    expect(effet?.joursProlongation).toBe(76);
    expect(effet?.dateFinPourTitularisation).toBe('2023-08-31');
    j.ok(
      {
        type: 'conge.enregistrer',
        congeId: 's',
        nature: 'maladie-ordinaire',
        debut: '2023-03-01',
        fin: '2023-04-26',
      },
      acteurs.rectorat,
      '2023-04-27',
    );
    effet = computeEffetConges(j.etat, rules);
    expect(effet?.joursProlongation).toBe(133);
    expect(effet?.dateFinPourTitularisation).toBe('2023-09-21');
    const seul = dossierNomme();
    seul.ok(
      {
        type: 'conge.enregistrer',
        congeId: 's',
        nature: 'maladie-ordinaire',
        debut: '2023-03-01',
        fin: '2023-04-26',
      },
      acteurs.rectorat,
      '2023-04-27',
    );
    expect(computeEffetConges(seul.etat, rules)?.joursProlongation).toBe(21);
  });

  it('maternity leave: the stage runs 76 days longer but titularisation takes effect on 1 September', () => {
    const j = dossierNomme();
    j.ok(
      {
        type: 'conge.enregistrer',
        congeId: 'm',
        nature: 'maternite',
        debut: '2022-11-01',
        fin: '2023-02-20',
      },
      acteurs.rectorat,
      '2023-02-21',
    );
    j.ok({ type: 'stage.prolonger' }, acteurs.rectorat, '2023-02-21');
    expect(j.etat.stage.prolongationsConges[0]).toMatchObject({
      joursProlongation: 76,
      dateFinEffective: '2023-11-15',
      dateFinPourTitularisation: '2023-08-31',
    });
    anneeComplete(j);
    j.ok({ type: 'jury.saisir', date: '2023-05-31' }, acteurs.rectorat, '2023-05-31');
    const [d] = titulariser(j, '2023-06-20');
    expect(d?.type === 'decision.prononcee' && d.dateEffet).toBe('2023-09-01');
  });

  it('refuses a prolongation when the leave stays within the 36 days', () => {
    const j = dossierNomme();
    j.ok(
      {
        type: 'conge.enregistrer',
        congeId: 'c',
        nature: 'maladie-ordinaire',
        debut: '2022-10-03',
        fin: '2022-11-07',
      },
      acteurs.rectorat,
      '2022-11-08',
    );
    const refus = j.ko({ type: 'stage.prolonger' }, acteurs.rectorat, '2022-11-08');
    expect(codes(refus)).toEqual(['prolongation.sans-objet']);
  });
});

describe('renouvellement, licenciement, réintégration', () => {
  it('a renewed year, then licenciement at the end of the second year', () => {
    const j = dossierNomme();
    anneeComplete(j, 'defavorable');
    j.ok({ type: 'jury.saisir', date: '2023-05-31' }, acteurs.rectorat, '2023-05-31');
    // The jury must hear the stagiaire before anything but titularisation.
    expect(
      codes(
        j.ko(
          { type: 'jury.deliberer', constat: 'inapte', proposition: 'renouvellement', jury },
          acteurs.jury,
          '2023-06-20',
        ),
      ),
    ).toEqual(['jury.entretien-requis']);
    j.ok({ type: 'jury.entendre', date: '2023-06-19' }, acteurs.jury, '2023-06-19');
    j.ok(
      {
        type: 'jury.deliberer',
        constat: 'inapte',
        proposition: 'renouvellement',
        motivation: 'Progrès insuffisants.',
        jury,
      },
      acteurs.jury,
      '2023-06-20',
    );
    // The jury proposes; the recteur decides the second year.
    expect(j.etat.etat).toBe('devant-recteur');
    expect(j.etat.propositionsJury[0]).toMatchObject({ constat: 'inapte', proposition: 'renouvellement' });
    j.ok(prononcer('renouvellement', '2023-06-28'), acteurs.rectorat, '2023-06-28');
    expect(j.etat.etat).toBe('en-stage');
    expect(j.etat.stage.annees.at(-1)).toEqual({
      numero: 2,
      dateDebut: '2023-09-01',
      dateFinStatutaire: '2024-08-31',
    });
    // Year 2 needs its own pieces, and an inspection in a renewed year.
    anneeComplete(j, 'defavorable', 2023);
    expect(codes(j.ko({ type: 'jury.saisir', date: '2024-05-31' }, acteurs.rectorat, '2024-05-31'))).toEqual([
      'piece-manquante.inspection-renouvellement',
    ]);
    j.ok(
      {
        type: 'visite.realiser',
        visiteId: 'insp',
        nature: 'inspection',
        date: '2024-03-12',
        pointsAppui: [],
        competencesATravailler: [],
        conseils: [],
        axesDeTravail: [],
      },
      acteurs.inspecteur,
      '2024-03-12',
    );
    j.ok({ type: 'jury.saisir', date: '2024-05-31' }, acteurs.rectorat, '2024-05-31');
    j.ok({ type: 'jury.entendre', date: '2024-06-18' }, acteurs.jury, '2024-06-18');
    j.ok(
      { type: 'jury.deliberer', constat: 'inapte', proposition: 'licenciement', jury },
      acteurs.jury,
      '2024-06-20',
    );
    // The recteur cannot licencier: he transmits the dossier to the ministre, who decides.
    const parRecteur = j.ko(prononcer('licenciement', '2024-06-25'), acteurs.rectorat, '2024-06-25');
    expect(codes(parRecteur)).toEqual(['etat.issue-impossible']);
    expect(parRecteur.kind === 'refusal' && parRecteur.reasons[0].message).toContain('ministre.saisir');
    j.ok({ type: 'ministre.saisir', date: '2024-06-25' }, acteurs.rectorat, '2024-06-25');
    expect(j.etat.etat).toBe('devant-ministre');
    expect(codes(j.ko(prononcer('licenciement', '2024-07-10'), acteurs.rectorat, '2024-07-10'))).toEqual([
      'decision.autorite-incompetente',
    ]);
    const [d] = j.ok(prononcer('licenciement', '2024-07-10'), acteurs.ministre, '2024-07-10');
    expect(j.etat.etat).toBe('licencie');
    expect(d?.type === 'decision.prononcee' && [d.instance, d.dateEffet, d.date]).toEqual([
      'ministre',
      '2024-09-01',
      '2024-07-10',
    ]);
    // Both years' pieces stay in the dossier.
    expect(j.etat.avis.map((a) => a.annee)).toEqual([1, 1, 1, 2, 2, 2]);
  });

  it('refuses a second renouvellement, citing décret 94-874 art. 5', () => {
    const j = dossierNomme({ stageRenouvele: true });
    expect(j.etat.stage.annees[0]?.numero).toBe(2);
    anneeComplete(j, 'defavorable');
    j.ok(
      {
        type: 'visite.realiser',
        visiteId: 'insp',
        nature: 'inspection',
        date: '2023-03-12',
        pointsAppui: [],
        competencesATravailler: [],
        conseils: [],
        axesDeTravail: [],
      },
      acteurs.inspecteur,
      '2023-03-12',
    );
    j.ok({ type: 'jury.saisir', date: '2023-05-31' }, acteurs.rectorat, '2023-05-31');
    j.ok({ type: 'jury.entendre', date: '2023-06-19' }, acteurs.jury, '2023-06-19');
    const refus = j.ko(
      { type: 'jury.deliberer', constat: 'inapte', proposition: 'renouvellement', jury },
      acteurs.jury,
      '2023-06-20',
    );
    expect(refus.kind).toBe('refusal');
    if (refus.kind !== 'refusal') return;
    expect(refus.reasons.map((r) => r.code)).toEqual(['renouvellement.deja-accorde']);
    expect(refus.reasons[0].source?.article).toBe('art. 5');
    expect(refus.reasons[0].source?.nor).toBe('FPPA9400088D');
    expect(j.etat.etat).toBe('devant-jury');
  });

  it('a détaché is réintégré, not licencié', () => {
    const j = dossierNomme({ categorie: 'detache' });
    anneeComplete(j, 'defavorable');
    j.ok({ type: 'jury.saisir', date: '2023-05-31' }, acteurs.rectorat, '2023-05-31');
    j.ok({ type: 'jury.entendre', date: '2023-06-19' }, acteurs.jury, '2023-06-19');
    expect(
      codes(
        j.ko(
          { type: 'jury.deliberer', constat: 'inapte', proposition: 'licenciement', jury },
          acteurs.jury,
          '2023-06-20',
        ),
      ),
    ).toEqual(['licenciement.detache']);
    j.ok(
      { type: 'jury.deliberer', constat: 'inapte', proposition: 'reintegration', jury },
      acteurs.jury,
      '2023-06-20',
    );
    j.ok({ type: 'ministre.saisir', date: '2023-06-26' }, acteurs.rectorat, '2023-06-26');
    j.ok(prononcer('reintegration', '2023-07-05'), acteurs.ministre, '2023-07-05');
    expect(j.etat.etat).toBe('reintegre');
  });

  it('licenciement in the course of the stage only from half of it (2 March 2023)', () => {
    const j = dossierNomme();
    expect(computeDateMiStage(j.etat, rules)).toBe('2023-03-02');
    const cmd = (date: string) =>
      ({
        type: 'decision.prononcer',
        decision: 'licenciement',
        fondement: 'insuffisance-professionnelle',
        date,
        motivation: 'Insuffisance.',
      }) as const;
    const refus = j.ko(cmd('2023-03-01'), acteurs.ministre, '2023-03-01');
    expect(codes(refus)).toEqual(['licenciement.avant-mi-stage']);
    expect(refus.kind === 'refusal' && refus.reasons[0].message).toContain('2023-03-02');
    // Cessation de fonctions is not delegated to the recteur (an unverified reading, given with the refusal).
    const parRecteur = j.ko(cmd('2023-03-02'), acteurs.rectorat, '2023-03-02');
    expect(codes(parRecteur)).toEqual(['decision.autorite-incompetente']);
    expect(parRecteur.kind === 'refusal' && parRecteur.reasons[0].message).toContain('85-899');
    // A certifié has a jury: by the plain reading of art. 7, no CAP avis (the parameter says so).
    const [d] = j.ok(cmd('2023-03-02'), acteurs.ministre, '2023-03-02');
    expect(j.etat.etat).toBe('licencie');
    expect(d?.type === 'decision.prononcee' && [d.instance, d.fondement]).toEqual([
      'ministre',
      'insuffisance-professionnelle',
    ]);
  });

  it('a prolongation for a missing master, then titularisation once it is justified', () => {
    const j = dossierNomme({ master: 'a-justifier' });
    anneeComplete(j);
    j.ok({ type: 'jury.saisir', date: '2023-05-31' }, acteurs.rectorat, '2023-05-31');
    j.ok({ type: 'jury.deliberer', constat: 'apte', jury }, acteurs.jury, '2023-06-20');
    expect(codes(j.ko(prononcer('titularisation', '2023-06-21'), acteurs.rectorat, '2023-06-21'))).toEqual([
      'titularisation.master-requis',
    ]);
    j.ok(prononcer('prolongation-master', '2023-06-21'), acteurs.rectorat, '2023-06-21');
    expect(j.etat.etat).toBe('prolongation-master');
    expect(j.etat.stage.prolongationMaster).toEqual({ dateDebut: '2023-09-01', dateFin: '2024-08-31' });
    expect(codes(j.ko(prononcer('titularisation', '2024-07-01'), acteurs.rectorat, '2024-07-01'))).toEqual([
      'master.non-justifie',
    ]);
    j.ok(
      { type: 'master.justifier', dateObtention: '2024-06-28', intitule: 'Master MEEF' },
      acteurs.rectorat,
      '2024-07-01',
    );
    const [d] = j.ok(prononcer('titularisation', '2024-07-02'), acteurs.rectorat, '2024-07-02');
    expect(d?.type === 'decision.prononcee' && d.dateEffet).toBe('2024-09-01');
    expect(j.etat.etat).toBe('titularise');
  });
});

describe('an EU-qualified lauréat (décret 2000-129)', () => {
  it('is titularised by the recteur on the inspecteur’s avis, without a jury', () => {
    const j = dossierNomme({ categorie: 'ue-qualifie', master: 'non-requis' });
    expect(codes(j.ko({ type: 'jury.saisir', date: '2023-05-31' }, acteurs.rectorat, '2023-05-31'))).toEqual([
      'jury.sans-jury',
    ]);
    const refus = j.ko(prononcer('titularisation', '2023-05-31'), acteurs.rectorat, '2023-05-31');
    expect(codes(refus)).toEqual(['piece-manquante.avis-inspecteur']);
    // No tuteur report is required before his avis.
    j.ok(
      { type: 'avis.emettre', avisId: 'a', sens: 'favorable', date: '2023-05-10' },
      acteurs.inspecteur,
      '2023-05-10',
    );
    const [d] = j.ok(prononcer('titularisation', '2023-06-01'), acteurs.rectorat, '2023-06-01');
    expect(j.etat.etat).toBe('titularise');
    expect(d?.type === 'decision.prononcee' && [d.instance, d.dateEffet]).toEqual(['recteur', '2023-09-01']);
  });
});

describe('the dispositif d’aide et d’alerte', () => {
  it('an alert, then a protocole d’accompagnement renforcé, closed, then the alert lifted', () => {
    const j = dossierNomme();
    j.ok(
      {
        type: 'alerte.declencher',
        alerteId: 'al1',
        moment: 'precoce',
        motifs: ['mise-en-danger-eleves', 'gestes-postures-inadaptes'],
        date: '2022-09-26',
        description: 'Élèves laissés sans surveillance en TP.',
      },
      acteurs.tuteur,
      '2022-09-26',
    );
    // The tuteur alerts; the institution (chef, inspection) opens the protocole.
    const parTuteur = j.ko(
      { type: 'protocole.ouvrir', alerteId: 'al1', date: '2022-10-03', mesures: ['x'] },
      acteurs.tuteur,
      '2022-10-03',
    );
    expect([parTuteur.kind, ...codes(parTuteur)]).toEqual(['permission', 'permission.role']);
    j.ok(
      {
        type: 'protocole.ouvrir',
        alerteId: 'al1',
        date: '2022-10-03',
        mesures: ['Visites hebdomadaires du tuteur', 'Formation sécurité en TP'],
        dateBilanPrevue: '2022-12-09',
      },
      acteurs.inspecteur,
      '2022-10-03',
    );
    expect(
      codes(
        j.ko(
          { type: 'alerte.lever', alerteId: 'al1', date: '2022-11-10', motif: 'ok' },
          acteurs.chef,
          '2022-11-10',
        ),
      ),
    ).toEqual(['alerte.protocole-en-cours']);
    j.ok(
      {
        type: 'protocole.clore',
        alerteId: 'al1',
        date: '2022-12-09',
        conclusion: 'Progrès nets, sécurité assurée.',
      },
      acteurs.inspecteur,
      '2022-12-09',
    );
    j.ok(
      { type: 'alerte.lever', alerteId: 'al1', date: '2022-12-09', motif: 'Difficultés résolues.' },
      acteurs.chef,
      '2022-12-09',
    );
    const alerte = j.etat.alertes[0];
    expect(alerte?.declenchePar).toEqual({ role: 'tuteur', id: 'tut-1' });
    expect(alerte?.protocole?.cloture?.conclusion).toBe('Progrès nets, sécurité assurée.');
    expect(alerte?.levee?.par.role).toBe('chef-etablissement');
    // An alert is support, not a negative avis: the year can still end in titularisation.
    anneeComplete(j);
    j.ok({ type: 'jury.saisir', date: '2023-05-31' }, acteurs.rectorat, '2023-05-31');
    const [d] = titulariser(j, '2023-06-20');
    const vue =
      d?.type === 'decision.prononcee' ? (d.instantane.vue as { alertes: unknown[] }) : { alertes: [] };
    expect(vue.alertes).toHaveLength(1);
  });
});
