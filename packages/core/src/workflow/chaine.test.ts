/**
 * Scenarios from the texts for the chain of decisions: the jury proposes, an authority decides; agrégés without a
 * jury; documentalistes on the certifiés' jury; commissions, discipline, medical body; the concours and the
 * master; the jury's composition.
 */
import { describe, expect, it } from 'vitest';
import type { Acteur } from '../dossier/acteurs.js';
import { foldDossier } from '../dossier/fold.js';
import type { DossierIdentite } from '../dossier/identite.js';
import type { NatureDecision } from '../dossier/vocabulaire.js';
import type { Command } from './commands.js';
import type { TransitionError } from './contexte-decision.js';
import { checkInvariantsDossier } from './invariants.js';
import type { WorkflowRules } from './rules.js';
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

function codes(error: TransitionError): string[] {
  return error.kind === 'refusal' || error.kind === 'permission'
    ? error.reasons.map((r) => r.code)
    : [error.kind];
}

function message(error: TransitionError): string {
  return error.kind === 'refusal' ? error.reasons.map((r) => r.message).join(' | ') : error.message;
}

function prononcer(decision: NatureDecision, date: string, fondement = 'evaluation' as const): Command {
  return { type: 'decision.prononcer', decision, fondement, date };
}

function devantJury(
  partiel: Partial<DossierIdentite> = {},
  sens: 'favorable' | 'defavorable' = 'favorable',
): Journal {
  const j = dossierNomme(partiel);
  anneeComplete(j, sens);
  j.ok({ type: 'jury.saisir', date: '2023-05-31' }, acteurs.rectorat, '2023-05-31');
  return j;
}

describe('the jury proposes; the recteur decides (arrêté MENH1411675A art. 9)', () => {
  it('apte → proposition of titularisation → the recteur’s act, with its date and arrêté', () => {
    const j = devantJury();
    const [proposition] = j.ok({ type: 'jury.deliberer', constat: 'apte', jury }, acteurs.jury, '2023-06-20');
    expect(j.etat.etat).toBe('devant-recteur');
    expect(proposition).toMatchObject({
      type: 'jury.proposition-emise',
      constat: 'apte',
      proposition: 'titularisation',
    });
    expect(j.etat.propositionsJury[0]?.jury.membres).toHaveLength(6);
    // The jury cannot pronounce the act.
    expect(codes(j.ko(prononcer('titularisation', '2023-06-20'), acteurs.jury, '2023-06-20'))).toEqual([
      'permission.role',
    ]);
    const [acte] = j.ok(
      { ...prononcer('titularisation', '2023-07-03'), arrete: 'Arrêté rectoral n° 2023-412' } as Command,
      acteurs.rectorat,
      '2023-07-03',
    );
    expect(j.etat.etat).toBe('titularise');
    expect(acte).toMatchObject({
      type: 'decision.prononcee',
      instance: 'recteur',
      fondement: 'evaluation',
      date: '2023-07-03',
      arrete: 'Arrêté rectoral n° 2023-412',
      dateEffet: '2023-09-01',
    });
    // The act's frozen view holds the jury's proposition it rests on.
    const vue =
      acte?.type === 'decision.prononcee' ? (acte.instantane.vue as { propositionsJury: unknown[] }) : null;
    expect(vue?.propositionsJury).toHaveLength(1);
  });

  it('an act edited after the fact no longer matches its frozen view', () => {
    const j = devantJury();
    j.ok({ type: 'jury.deliberer', constat: 'apte', jury }, acteurs.jury, '2023-06-20');
    j.ok(prononcer('titularisation', '2023-07-03'), acteurs.rectorat, '2023-07-03');
    expect(checkInvariantsDossier(j.etat, rules)).toEqual([]);
    const edite = j.events.map((x, i) =>
      i === j.events.length - 1 && x.event.type === 'decision.prononcee'
        ? { ...x, event: { ...x.event, dateEffet: '2023-06-01' } }
        : x,
    );
    // Read back, the edited log is refused by the fold itself (the frozen view is checked on read).
    expect(foldDossier(edite)._unsafeUnwrapErr().issues[0]?.code).toBe('vue-figee.acte-modifie');
  });

  it('inapte → the recteur transmits → the ministre licencie', () => {
    const j = devantJury({}, 'defavorable');
    j.ok({ type: 'jury.entendre', date: '2023-06-19' }, acteurs.jury, '2023-06-19');
    j.ok(
      { type: 'jury.deliberer', constat: 'inapte', proposition: 'licenciement', jury },
      acteurs.jury,
      '2023-06-20',
    );
    expect(codes(j.ko(prononcer('titularisation', '2023-06-25'), acteurs.rectorat, '2023-06-25'))).toEqual([
      'decision.non-apte',
    ]);
    j.ok({ type: 'ministre.saisir', date: '2023-06-25' }, acteurs.rectorat, '2023-06-25');
    const [acte] = j.ok(prononcer('licenciement', '2023-07-12'), acteurs.ministre, '2023-07-12');
    expect(j.etat.etat).toBe('licencie');
    expect(acte).toMatchObject({ instance: 'ministre', dateEffet: '2023-09-01' });
  });

  it('a vice-rectorat’s pack records the vice-recteur as the authority (art. 12)', () => {
    const vr: WorkflowRules = {
      ...rules,
      autoriteAcademique: { ...rules.autoriteAcademique, valeur: 'vice-recteur' },
    };
    const j = dossierNomme({}, vr);
    anneeComplete(j);
    j.ok({ type: 'jury.saisir', date: '2023-05-31' }, acteurs.rectorat, '2023-05-31');
    j.ok({ type: 'jury.deliberer', constat: 'apte', jury }, acteurs.jury, '2023-06-20');
    const [acte] = j.ok(prononcer('titularisation', '2023-06-30'), acteurs.rectorat, '2023-06-30');
    expect(acte).toMatchObject({ instance: 'vice-recteur' });
  });

  it('not evaluated at this session → back in stage, evaluated by the next jury (art. 4)', () => {
    const j = dossierNomme();
    anneeComplete(j);
    j.ok({ type: 'jury.saisir', date: '2023-05-31' }, acteurs.rectorat, '2023-05-31');
    // Not prolonged: « non évalué » is refused.
    expect(
      codes(j.ko({ type: 'jury.deliberer', constat: 'non-evalue', jury }, acteurs.jury, '2023-06-20')),
    ).toEqual(['jury.non-evalue-sans-prolongation']);
    j.ok(
      {
        type: 'conge.enregistrer',
        congeId: 'clm',
        nature: 'longue-maladie',
        debut: '2023-03-01',
        fin: '2023-06-30',
      },
      acteurs.rectorat,
      '2023-06-20',
    );
    j.ok({ type: 'jury.deliberer', constat: 'non-evalue', jury }, acteurs.jury, '2023-06-21');
    expect(j.etat.etat).toBe('en-stage');
    j.ok({ type: 'jury.saisir', date: '2023-10-02' }, acteurs.rectorat, '2023-10-02');
    const suivant = { ...compositionJury('certifie', 5), session: 2024 };
    j.ok({ type: 'jury.deliberer', constat: 'apte', jury: suivant }, acteurs.jury, '2023-10-10');
    j.ok(prononcer('titularisation', '2023-10-12'), acteurs.rectorat, '2023-10-12');
    expect(j.etat.etat).toBe('titularise');
    expect(j.etat.propositionsJury.map((p) => p.constat)).toEqual(['non-evalue', 'apte']);
  });
});

describe('the jury académique’s composition (art. 4)', () => {
  it('refuses a jury of 4, without a president, with an INSPÉ member, or of another corps', () => {
    const j = devantJury();
    const deliberer = (composition: ReturnType<typeof compositionJury>) =>
      j.ko({ type: 'jury.deliberer', constat: 'apte', jury: composition }, acteurs.jury, '2023-06-20');
    const quatre = deliberer(compositionJury('certifie', 4));
    expect(codes(quatre)).toEqual(['jury.effectif']);
    expect(message(quatre)).toContain('de 5 à 8');
    expect(quatre.kind === 'refusal' && quatre.reasons[0]?.source?.article).toBe('art. 4');
    expect(codes(deliberer(compositionJury('certifie', 9)))).toEqual(['jury.effectif']);
    const base = compositionJury();
    const sansPresident = {
      ...base,
      membres: base.membres.map((m) => ({
        ...m,
        qualite: 'membre' as const,
        categorie: m.categorie ?? 'corps-inspection',
      })),
    };
    expect(codes(deliberer(sansPresident))).toEqual(['jury.president']);
    const inspe = {
      ...base,
      membres: base.membres.map((m, i) => (i === 3 ? { ...m, affecteEtablissementFormation: true } : m)),
    };
    expect(codes(deliberer(inspe))).toEqual(['jury.membre-inspe']);
    expect(codes(deliberer(compositionJury('plp')))).toEqual(['jury.corps']);
    expect(j.etat.etat).toBe('devant-jury');
  });
});

describe('a documentaliste is a certifié (CAPES, section documentation)', () => {
  it('goes before the certifiés’ jury', () => {
    const j = devantJury({ corps: 'certifie', fonction: 'documentaliste' });
    expect(j.etat.identite).toMatchObject({ corps: 'certifie', fonction: 'documentaliste' });
    j.ok({ type: 'jury.deliberer', constat: 'apte', jury }, acteurs.jury, '2023-06-20');
    j.ok(prononcer('titularisation', '2023-06-30'), acteurs.rectorat, '2023-06-30');
    expect(j.etat.etat).toBe('titularise');
  });
});

describe('agrégés: no jury académique (arrêté MENH1411677A)', () => {
  const agrege = { corps: 'agrege', discipline: 'mathematiques' } as const;
  const ig = acteurs.inspecteurGeneral;

  function annee(j: Journal, sens: 'favorable' | 'defavorable', secondeAnnee?: 'favorable' | 'defavorable') {
    j.ok(
      bilan(j.etat, 'final', 'b-tut', '2023-04-25', sens === 'favorable' ? 'suffisant' : 'insuffisant'),
      acteurs.tuteur,
      '2023-04-25',
    );
    j.ok(
      bilan(j.etat, 'final', 'b-chef', '2023-04-27', sens === 'favorable' ? 'suffisant' : 'insuffisant'),
      acteurs.chef,
      '2023-04-27',
    );
    j.ok(
      {
        type: 'visite.realiser',
        visiteId: 'insp',
        nature: 'inspection',
        date: '2023-03-14',
        pointsAppui: [],
        competencesATravailler: [],
        conseils: [],
        axesDeTravail: [],
      },
      ig,
      '2023-03-14',
    );
    const motivation = sens === 'defavorable' ? { motivation: 'Rapport d’évaluation motivé.' } : {};
    const seconde = secondeAnnee === undefined ? {} : { secondeAnnee };
    j.ok(
      { type: 'avis.emettre', avisId: 'a-ig', sens, date: '2023-05-10', ...motivation, ...seconde },
      ig,
      '2023-05-10',
    );
    j.ok(
      { type: 'avis.emettre', avisId: 'a-chef', sens: 'favorable', date: '2023-05-11' },
      acteurs.chef,
      '2023-05-11',
    );
    j.ok(
      { type: 'avis.emettre', avisId: 'a-dir', sens: 'favorable', date: '2023-05-12' },
      acteurs.directeur,
      '2023-05-12',
    );
  }

  it('favourable: avis and reports to the recteur, the CAPA’s avis, then the recteur titularises', () => {
    const j = dossierNomme(agrege);
    annee(j, 'favorable');
    expect(codes(j.ko({ type: 'jury.saisir', date: '2023-05-31' }, acteurs.rectorat, '2023-05-31'))).toEqual([
      'jury.corps-sans-jury',
    ]);
    j.ok({ type: 'recteur.saisir', date: '2023-05-31' }, acteurs.rectorat, '2023-05-31');
    expect(j.etat.etat).toBe('devant-recteur');
    const sansCapa = j.ko(prononcer('titularisation', '2023-06-15'), acteurs.rectorat, '2023-06-15');
    expect(codes(sansCapa)).toEqual(['decision.avis-commission-requis']);
    expect(message(sansCapa)).toContain('CAPA');
    j.ok(
      {
        type: 'commission.rendre-avis',
        avisId: 'capa-1',
        commission: 'capa',
        formation: 'ordinaire',
        objet: 'titularisation',
        sens: 'favorable',
        date: '2023-06-20',
      },
      acteurs.capa,
      '2023-06-20',
    );
    j.ok(prononcer('titularisation', '2023-06-22'), acteurs.rectorat, '2023-06-22');
    expect(j.etat.etat).toBe('titularise');
  });

  it('unfavourable in a first year: the avis on a « seconde et dernière année » is required; the ministre decides after the CAPN', () => {
    const j = dossierNomme(agrege);
    expect(() => annee(j, 'defavorable')).toThrow(/avis.seconde-annee-requise/);
    const k = dossierNomme(agrege);
    annee(k, 'defavorable', 'defavorable');
    k.ok({ type: 'recteur.saisir', date: '2023-05-31' }, acteurs.rectorat, '2023-05-31');
    expect(codes(k.ko(prononcer('titularisation', '2023-06-15'), acteurs.rectorat, '2023-06-15'))).toContain(
      'decision.non-apte',
    );
    k.ok({ type: 'ministre.saisir', date: '2023-06-26' }, acteurs.rectorat, '2023-06-26');
    const sansCapn = k.ko(prononcer('licenciement', '2023-07-10'), acteurs.ministre, '2023-07-10');
    expect(codes(sansCapn)).toEqual(['decision.avis-commission-requis']);
    expect(message(sansCapn)).toContain('CAPN');
    k.ok(
      {
        type: 'commission.rendre-avis',
        avisId: 'capn-1',
        commission: 'capn',
        formation: 'ordinaire',
        objet: 'licenciement',
        sens: 'favorable',
        date: '2023-07-05',
      },
      acteurs.capn,
      '2023-07-05',
    );
    k.ok(prononcer('licenciement', '2023-07-10'), acteurs.ministre, '2023-07-10');
    expect(k.etat.etat).toBe('licencie');
  });

  it('an in-year licenciement is refused by name without the CAP’s avis (no jury: art. 7’s exception does not apply)', () => {
    const j = dossierNomme(agrege);
    const cmd = prononcer('licenciement', '2023-03-10', 'insuffisance-professionnelle' as 'evaluation');
    const refus = j.ko(cmd, acteurs.ministre, '2023-03-10');
    expect(codes(refus)).toEqual(['decision.avis-commission-requis']);
    expect(message(refus)).toContain('commission administrative paritaire compétente');
    expect(refus.kind === 'refusal' && refus.reasons[0]?.source?.article).toBe('art. 7');
    j.ok(
      {
        type: 'commission.rendre-avis',
        avisId: 'cap-1',
        commission: 'capn',
        formation: 'ordinaire',
        objet: 'licenciement',
        sens: 'favorable',
        date: '2023-03-08',
      },
      acteurs.capn,
      '2023-03-08',
    );
    j.ok(cmd, acteurs.ministre, '2023-03-10');
    expect(j.etat.etat).toBe('licencie');
  });
});

describe('in-year licenciement of a certifié follows the parameter, with its reading', () => {
  const cmd = prononcer('licenciement', '2023-03-10', 'insuffisance-professionnelle' as 'evaluation');

  it('plain reading (default): no CAP avis, the jury appreciates aptitude', () => {
    const j = dossierNomme();
    j.ok(cmd, acteurs.ministre, '2023-03-10');
    expect(j.etat.etat).toBe('licencie');
    const exigence = rules.avisCommissions.find(
      (a) => a.acte === 'licenciement-insuffisance-professionnelle' && a.corps?.includes('certifie'),
    );
    expect(exigence?.requis).toBe(false);
    expect(exigence?.note).toContain('Lecture simple');
  });

  it('an académie taking the strict reading requires the CAP avis and the refusal explains it', () => {
    const strict: WorkflowRules = {
      ...rules,
      avisCommissions: rules.avisCommissions.map((a) =>
        a.acte === 'licenciement-insuffisance-professionnelle'
          ? { ...a, requis: true, note: 'Lecture stricte retenue par l’académie.' }
          : a,
      ),
    };
    const j = dossierNomme({}, strict);
    const refus = j.ko(cmd, acteurs.ministre, '2023-03-10');
    expect(codes(refus)).toEqual(['decision.avis-commission-requis']);
    expect(message(refus)).toContain('Lecture stricte retenue par l’académie.');
  });
});

describe('the concours and the master (art. 9: « lauréats des concours externes »)', () => {
  function apte(j: Journal) {
    anneeComplete(j);
    j.ok({ type: 'jury.saisir', date: '2023-05-31' }, acteurs.rectorat, '2023-05-31');
    j.ok({ type: 'jury.deliberer', constat: 'apte', jury }, acteurs.jury, '2023-06-20');
  }

  it('an interne without master is titularised', () => {
    const j = dossierNomme({ master: 'a-justifier', concours: { voie: 'interne', session: 2021 } });
    apte(j);
    j.ok(prononcer('titularisation', '2023-06-30'), acteurs.rectorat, '2023-06-30');
    expect(j.etat.etat).toBe('titularise');
  });

  it('an externe of session 2021 without master is prolonged; one of session 2022 is not (master at nomination)', () => {
    const e21 = dossierNomme({ master: 'a-justifier', concours: { voie: 'externe', session: 2021 } });
    apte(e21);
    expect(codes(e21.ko(prononcer('titularisation', '2023-06-30'), acteurs.rectorat, '2023-06-30'))).toEqual([
      'titularisation.master-requis',
    ]);
    e21.ok(prononcer('prolongation-master', '2023-06-30'), acteurs.rectorat, '2023-06-30');
    expect(e21.etat.etat).toBe('prolongation-master');
    const e22 = dossierNomme({ master: 'a-justifier', concours: { voie: 'externe', session: 2022 } });
    apte(e22);
    expect(
      codes(e22.ko(prononcer('prolongation-master', '2023-06-30'), acteurs.rectorat, '2023-06-30')),
    ).toEqual(['prolongation-master.sans-objet']);
  });

  it('a master prolongation that ends without the master goes to the ministre', () => {
    const j = dossierNomme({ master: 'a-justifier', concours: { voie: 'externe', session: 2020 } });
    apte(j);
    j.ok(prononcer('prolongation-master', '2023-06-30'), acteurs.rectorat, '2023-06-30');
    expect(
      codes(j.ko({ type: 'ministre.saisir', date: '2024-06-01' }, acteurs.rectorat, '2024-06-01')),
    ).toEqual(['prolongation-master.en-cours']);
    j.ok({ type: 'ministre.saisir', date: '2024-09-02' }, acteurs.rectorat, '2024-09-02');
    j.ok(prononcer('licenciement', '2024-09-10'), acteurs.ministre, '2024-09-10');
    expect(j.etat.etat).toBe('licencie');
  });
});

describe('discipline (décret 94-874 art. 10 and 13)', () => {
  function engage(j: Journal) {
    j.ok(
      {
        type: 'discipline.engager',
        procedureId: 'p1',
        date: '2023-01-09',
        dateInformation: '2023-01-09',
        griefs: 'Absences injustifiées répétées.',
      },
      acteurs.rectorat,
      '2023-01-09',
    );
  }
  const sanction = (s: string, par: Acteur, extra: object = {}) => ({
    command: {
      type: 'sanction.prononcer',
      procedureId: 'p1',
      sanction: s,
      date: '2023-02-01',
      motivation: 'Faits établis.',
      ...extra,
    } as Command,
    par,
  });

  it('a blâme is pronounced by the recteur without conseil de discipline, after the procedure is engaged', () => {
    const j = dossierNomme();
    const blame = sanction('blame', acteurs.rectorat);
    expect(codes(j.ko(blame.command, blame.par, '2023-02-01'))).toEqual(['sanction.procedure']);
    engage(j);
    j.ok(blame.command, blame.par, '2023-02-01');
    expect(j.etat.procedures[0]?.sanction).toMatchObject({ sanction: 'blame', autorite: 'recteur' });
    expect(j.etat.etat).toBe('en-stage');
  });

  it('an exclusion temporaire needs the conseil de discipline and lasts two months at most', () => {
    const j = dossierNomme();
    engage(j);
    const longue = sanction('exclusion-temporaire', acteurs.rectorat, {
      exclusion: { debut: '2023-02-06', fin: '2023-04-10' },
    });
    expect(codes(j.ko(longue.command, longue.par, '2023-02-01'))).toEqual([
      'sanction.exclusion-duree',
      'decision.avis-commission-requis',
    ]);
    j.ok(
      {
        type: 'commission.rendre-avis',
        avisId: 'cd-1',
        commission: 'capa',
        formation: 'conseil-de-discipline',
        objet: 'sanction',
        sens: 'favorable',
        motivation: 'Faits établis.',
        date: '2023-01-30',
        procedureId: 'p1',
      },
      acteurs.conseilDiscipline,
      '2023-01-30',
    );
    const courte = sanction('exclusion-temporaire', acteurs.rectorat, {
      exclusion: { debut: '2023-02-06', fin: '2023-03-05' },
    });
    j.ok(courte.command, courte.par, '2023-02-01');
    expect(j.etat.procedures[0]?.sanction?.exclusion).toEqual({ debut: '2023-02-06', fin: '2023-03-05' });
  });

  it('an exclusion définitive is the ministre’s, after the conseil de discipline, and ends the stage', () => {
    const j = dossierNomme();
    engage(j);
    j.ok(
      {
        type: 'commission.rendre-avis',
        avisId: 'cd-1',
        commission: 'capa',
        formation: 'conseil-de-discipline',
        objet: 'sanction',
        sens: 'defavorable',
        motivation: 'Gravité des faits.',
        date: '2023-01-30',
        procedureId: 'p1',
      },
      acteurs.conseilDiscipline,
      '2023-01-30',
    );
    const parRecteur = sanction('exclusion-definitive', acteurs.rectorat);
    expect(codes(j.ko(parRecteur.command, parRecteur.par, '2023-02-01'))).toEqual([
      'decision.autorite-incompetente',
    ]);
    const parMinistre = sanction('exclusion-definitive', acteurs.ministre);
    j.ok(parMinistre.command, parMinistre.par, '2023-02-01');
    expect(j.etat.etat).toBe('exclu');
  });
});

describe('inaptitude physique (décret 94-874 art. 24)', () => {
  it('licenciement after the conseil médical finds the impossibility, not before', () => {
    const j = dossierNomme();
    const cmd = prononcer('licenciement', '2023-02-15', 'inaptitude-physique' as 'evaluation');
    expect(codes(j.ko(cmd, acteurs.ministre, '2023-02-15'))).toEqual([
      'licenciement.conge-sante-requis',
      'licenciement.avis-medical-requis',
    ]);
    j.ok(
      {
        type: 'conge.enregistrer',
        congeId: 'clm',
        nature: 'longue-maladie',
        debut: '2022-10-03',
        fin: '2023-02-05',
      },
      acteurs.rectorat,
      '2023-02-06',
    );
    expect(codes(j.ko(cmd, acteurs.ministre, '2023-02-15'))).toEqual(['licenciement.avis-medical-requis']);
    expect(
      codes(
        j.ko(
          {
            type: 'avis-medical.enregistrer',
            avisId: 'm1',
            instance: 'comite-medical',
            conclusion: 'impossibilite-definitive-et-absolue',
            date: '2023-02-10',
          },
          acteurs.conseilMedical,
          '2023-02-10',
        ),
      ),
    ).toEqual(['medical.instance']);
    j.ok(
      {
        type: 'avis-medical.enregistrer',
        avisId: 'm1',
        instance: 'conseil-medical',
        conclusion: 'impossibilite-definitive-et-absolue',
        date: '2023-02-10',
      },
      acteurs.conseilMedical,
      '2023-02-10',
    );
    // Not bound by art. 7's half-stage rule.
    const [acte] = j.ok(cmd, acteurs.ministre, '2023-02-15');
    expect(acte).toMatchObject({ fondement: 'inaptitude-physique', dateEffet: '2023-02-15' });
  });
});
