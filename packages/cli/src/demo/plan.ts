/**
 * The year of each stagiaire as commands: who gives which command on which day, following the Réunion guide
 * (visits, training days, bilans fin novembre and fin avril, the dispositif d'aide et d'alerte, the three avis,
 * the jury's proposition, the recteur's or the ministre's act; for agrégés the inspecteur général, the recteur
 * and the CAPA) and the stagiaire's scenario. Commands whose content depends on the dossier (positionnements on
 * its grid) are built when they are decided.
 *
 * @packageDocumentation
 */
import {
  type Acteur,
  type Command,
  type CommandeService,
  type DossierState,
  getProfil,
  type NatureConge,
  type UsagePositionnement,
  type WorkflowRules,
} from '@tremplin/core';
import type { DemoCohort, DemoStagiaire } from './cohort.js';
import { positionnement } from './positionnements.js';
import type { Prng } from './prng.js';
import { appreciation, compteRendu, MOTIVATION_DEFAVORABLE } from './texts.js';
import { DEBUT_STAGE, type DemoYear, plusDays } from './year.js';

/** A local date and time of La Réunion. */
export interface LocalAt {
  readonly date: string;
  readonly hour: number;
  readonly minute: number;
}

/** A command of the demo's year. */
export interface PlannedCommand {
  readonly dossierId: string;
  /** The stagiaire's rank (orders commands given at the same minute). */
  readonly order: number;
  readonly at: LocalAt;
  readonly acteur: Acteur;
  /** The command, or how to build it from the dossier when it is decided (null: nothing to do). */
  readonly command: CommandeService | ((state: DossierState) => Command | null);
  /** What the workflow should answer: the demo shows refusals too. */
  readonly expect: 'accepte' | 'refuse';
}

/** What every plan shares. */
export interface PlanContext {
  readonly cohort: DemoCohort;
  readonly year: DemoYear;
  readonly rules: WorkflowRules;
  /** Cohort-wide training days. */
  readonly formation: { readonly eafc: readonly string[]; readonly inspe: readonly string[] };
}

/** The cohort-wide training days of 2022-2023 (Wednesdays of class weeks). */
export const JOURNEES_FORMATION = {
  eafc: ['2022-09-28', '2022-11-16', '2023-02-15', '2023-04-05'],
  inspe: [
    '2022-09-21',
    '2022-10-05',
    '2022-11-09',
    '2022-12-07',
    '2023-02-08',
    '2023-03-08',
    '2023-04-12',
    '2023-05-10',
  ],
} as const;

interface Leave {
  readonly nature: NatureConge;
  readonly debut: string;
  readonly fin: string;
}

const at = (date: string, hour: number, minute = 0): LocalAt => ({ date, hour, minute });

function leaves(s: DemoStagiaire, rng: Prng, year: DemoYear): Leave[] {
  if (s.scenario === 'conge-long') {
    const debut = '2023-01-30';
    return [{ nature: 'maladie-ordinaire', debut, fin: plusDays(debut, rng.int(61, 74)) }];
  }
  if (s.scenario === 'maternite')
    return [{ nature: 'maternite', debut: '2023-02-20', fin: plusDays('2023-02-20', 111) }];
  const out: Leave[] = [];
  if (rng.chance(0.25)) {
    for (const window of rng.chance(0.3)
      ? [
          ['2022-09-12', '2022-12-02'],
          ['2023-01-30', '2023-05-05'],
        ]
      : [['2022-09-12', '2023-05-05']]) {
      const days = year.between(window[0] ?? DEBUT_STAGE, window[1] ?? DEBUT_STAGE);
      const debut = rng.pick(days);
      out.push({ nature: 'maladie-ordinaire', debut, fin: plusDays(debut, rng.int(1, 7)) });
    }
  }
  return out;
}

function onLeave(list: readonly Leave[], date: string): boolean {
  return list.some((l) => l.debut <= date && date <= l.fin);
}

/**
 * Plans a stagiaire's year.
 *
 * @param s - the stagiaire.
 * @param ctx - the cohort, the year, the rules, the training days.
 * @param rng - a generator of this stagiaire only (so plans do not depend on one another).
 * @returns the commands, in no particular order (the simulation sorts them by time).
 */
export function planYear(s: DemoStagiaire, ctx: PlanContext, rng: Prng): PlannedCommand[] {
  const { year, rules, cohort } = ctx;
  const plan: PlannedCommand[] = [];
  const add = (
    when: LocalAt,
    acteur: Acteur,
    command: PlannedCommand['command'],
    expect: PlannedCommand['expect'] = 'accepte',
  ) => plan.push({ dossierId: s.dossierId, order: s.index, at: when, acteur, command, expect });
  const { scenario, qualite, identite } = s;
  const corps = identite.corps;
  const profil = getProfil(identite);
  const demission = scenario === 'demission';
  /** Last day of visits and records: the dossier goes to the jury on 5 June (nothing is added after). */
  const fin = demission ? '2023-02-10' : '2023-06-02';
  const conges = leaves(s, rng, year).filter((c) => c.debut <= fin);
  const positionne = (usage: UsagePositionnement, q: number) => (state: DossierState) =>
    positionnement(state, usage, rules, q, rng);

  // The rectorat opens the dossier in July and nominates on 1 September.
  add(at('2022-07-11', 9 + Math.floor(s.index / 120), s.index % 60), cohort.rectorat, {
    type: 'dossier.ouvrir',
    dossierId: s.dossierId,
    // The e-mail goes with the command: the service keeps it in the register of persons, not in the log.
    identite: { ...identite, stagiaire: { ...identite.stagiaire, ...s.donnees } },
    acteurs: s.acteurs,
  });
  add(at(DEBUT_STAGE, 7, 30), cohort.rectorat, { type: 'nomination.prononcer' });

  // Auto-positionnement in the first weeks (fiche 14 of NS 2015-055).
  const autoDay = year.plusClassDays(DEBUT_STAGE, rng.int(3, 8));
  add(at(autoDay, 19), s.as.stagiaire, (state) => {
    const p = positionne('autopositionnement', 0.2 + qualite * 0.3)(state);
    return p === null
      ? null
      : {
          type: 'autopositionnement.enregistrer',
          autopositionnementId: 'auto-1',
          date: autoDay,
          positionnement: p,
        };
  });

  // Visits of the tuteur: « très régulières en début d'année », then spaced out (the pack's cadence).
  let day = year.plusClassDays(DEBUT_STAGE, rng.int(2, 7));
  let n = 0;
  while (day <= fin) {
    if (!onLeave(conges, day)) {
      n++;
      const visiteId = `vf-${n}`;
      const date = day;
      if (rng.chance(0.3)) {
        add(at(year.plusClassDays(plusDays(date, -7), 0), 12), s.as.tuteur, {
          type: 'visite.planifier',
          visiteId,
          nature: 'visite-formative',
          datePrevue: date,
        });
      }
      const cr = compteRendu(rng, profil, qualite);
      add(at(date, 17, rng.int(0, 59)), s.as.tuteur, {
        type: 'visite.realiser',
        visiteId,
        nature: 'visite-formative',
        date,
        ...cr,
      });
    }
    const max = day < '2022-10-08' ? 10 : 20;
    const gap =
      s.tuteurIrregulier && rng.chance(0.3)
        ? rng.int(max + 1, max + 8)
        : rng.int(Math.max(3, max - 6), max - 1);
    day = year.plusClassDays(day, gap);
  }

  // The stagiaire's visits to the tuteur's classes: « très régulières jusqu'aux vacances de l'été austral ».
  day = year.plusClassDays(DEBUT_STAGE, rng.int(1, 6));
  n = 0;
  while (day <= fin) {
    if (!onLeave(conges, day)) {
      n++;
      const cr = compteRendu(rng, profil, 0.8);
      add(at(day, 18, rng.int(0, 59)), s.as.stagiaire, {
        type: 'visite.realiser',
        visiteId: `vt-${n}`,
        nature: 'visite-chez-tuteur',
        date: day,
        pointsAppui: cr.pointsAppui,
        competencesATravailler: [],
        conseils: [],
        axesDeTravail: [],
      });
    }
    const max = day < '2022-12-17' ? 10 : 20;
    day = year.plusClassDays(day, rng.int(Math.max(3, max - 5), max - 1));
  }

  // Training days: EAFC (recorded by the rectorat), INSPÉ (by the formateur). EU-qualified: dispensed.
  if (identite.categorie !== 'ue-qualifie') {
    ctx.formation.eafc.forEach((date, i) => {
      if (date > fin) return;
      add(at(date, 17), cohort.rectorat, {
        type: 'formation.enregistrer',
        formationId: `eafc-${i + 1}`,
        date,
        operateur: 'EAFC',
        heures: 6,
        intitule: `Journée EAFC ${i + 1} : ${['accueil et posture', 'gestion de classe', 'évaluation', 'différenciation'][i] ?? 'formation'}`,
        presence: onLeave(conges, date) ? 'absent-justifie' : rng.chance(0.02) ? 'absent' : 'present',
      });
    });
    ctx.formation.inspe.forEach((date, i) => {
      if (date > fin) return;
      add(at(date, 17, 30), s.as.formateur, {
        type: 'formation.enregistrer',
        formationId: `inspe-${i + 1}`,
        date,
        operateur: 'INSPE',
        heures: 6,
        intitule: `INSPÉ, journée ${i + 1} : analyse réflexive de pratiques`,
        presence: onLeave(conges, date) ? 'absent-justifie' : rng.chance(0.02) ? 'absent' : 'present',
      });
    });
  }

  // Leave, recorded by the rectorat; beyond 36 days the stage is prolonged (décret 94-874 art. 26).
  conges.forEach((c, i) => {
    add(at(c.debut, 10, 15), cohort.rectorat, {
      type: 'conge.enregistrer',
      congeId: `cg-${i + 1}`,
      nature: c.nature,
      debut: c.debut,
      fin: c.fin,
    });
  });
  if (scenario === 'conge-long' || scenario === 'maternite') {
    const c = conges[0];
    if (c !== undefined) add(at(plusDays(c.debut, 1), 10, 30), cohort.rectorat, { type: 'stage.prolonger' });
  }

  // The chef's entretiens intermédiaires.
  if (!demission || '2022-11-10' <= fin) {
    const d1 = year.onOrAfter(plusDays('2022-11-07', rng.int(0, 10)));
    add(at(d1, 15), s.as.chef, {
      type: 'entretien.enregistrer',
      entretienId: 'ent-1',
      nature: 'intermediaire',
      date: d1,
    });
  }
  if (!demission) {
    const d2 = year.onOrAfter(plusDays('2023-03-01', rng.int(0, 8)));
    add(at(d2, 15), s.as.chef, {
      type: 'entretien.enregistrer',
      entretienId: 'ent-2',
      nature: 'intermediaire',
      date: d2,
    });
  }

  // The dispositif d'aide et d'alerte and the protocole d'accompagnement renforcé.
  const alerte = (
    declenche: LocalAt,
    by: Acteur,
    moment: 'precoce' | 'en-cours-annee',
    delai: number,
    closeOn: string | null,
    lever: boolean,
  ) => {
    const motifs =
      moment === 'precoce'
        ? (['gestes-postures-inadaptes', 'difficultes-nombreuses'] as const)
        : (['evolution-insuffisante'] as const);
    add(declenche, by, {
      type: 'alerte.declencher',
      alerteId: 'al-1',
      moment,
      motifs: [...motifs],
      date: declenche.date,
      description:
        moment === 'precoce'
          ? 'Difficultés nombreuses dans la conduite de classe dès les premières semaines ; mise en place d’un accompagnement renforcé demandée.'
          : 'L’évolution professionnelle est jugée insuffisante malgré l’accompagnement.',
    });
    const ouverture = year.onOrAfter(plusDays(declenche.date, delai));
    add(at(ouverture, 11), s.as.inspecteur, {
      type: 'protocole.ouvrir',
      alerteId: 'al-1',
      date: ouverture,
      mesures: [
        'Visite conseil de l’inspecteur',
        'Visites du tuteur toutes les deux semaines',
        'Formation ciblée gestion de classe',
      ],
      dateBilanPrevue: year.onOrAfter(plusDays(ouverture, 70)),
    });
    if (closeOn !== null) {
      add(at(closeOn, 11), s.as.inspecteur, {
        type: 'protocole.clore',
        alerteId: 'al-1',
        date: closeOn,
        conclusion: lever
          ? 'Progrès nets : les objectifs du protocole sont atteints.'
          : 'Progrès insuffisants au regard des objectifs du protocole.',
      });
      if (lever) {
        const l = year.plusClassDays(closeOn, 3);
        add(at(l, 12), s.as.chef, {
          type: 'alerte.lever',
          alerteId: 'al-1',
          date: l,
          motif: 'Difficultés surmontées à l’issue du protocole.',
        });
      }
    }
  };
  if (scenario === 'difficulte-levee') {
    alerte(
      at(year.onOrAfter(plusDays('2022-09-26', rng.int(0, 8))), 18),
      s.as.tuteur,
      'precoce',
      rng.chance(0.35) ? 22 : rng.int(5, 12),
      year.onOrAfter(plusDays('2023-03-06', rng.int(0, 4))),
      true,
    );
  } else if (scenario === 'renouvellement' || scenario === 'reintegration') {
    alerte(
      at(year.onOrAfter(plusDays('2023-01-30', rng.int(0, 9))), 18),
      s.as.tuteur,
      'en-cours-annee',
      rng.int(5, 10),
      '2023-05-12',
      false,
    );
  } else if (scenario === 'licenciement') {
    alerte(at('2022-10-03', 18), s.as.chef, 'precoce', 7, '2023-05-12', false);
  }

  // Bilans: « fin novembre 2022 » and « fin avril 2023 » (Réunion guide § 5), by the tuteur and the chef.
  const lateRole = scenario === 'bilan-en-retard' ? rng.pick(['tuteur', 'chef'] as const) : null;
  const bilan = (nature: 'intermediaire' | 'final', who: 'tuteur' | 'chef', date: string) => {
    const acteur = who === 'tuteur' ? s.as.tuteur : s.as.chef;
    const q = nature === 'intermediaire' ? Math.min(qualite, 0.5 + qualite / 2) : qualite;
    add(at(date, 20, s.index % 60), acteur, (state) => {
      const p = positionne(nature === 'final' ? 'bilan-final' : 'bilan-intermediaire', q)(state);
      return p === null
        ? null
        : {
            type: 'bilan.deposer',
            bilanId: `b-${nature}-${who}`,
            nature,
            date,
            positionnement: p,
            appreciation: appreciation(q, nature === 'final'),
          };
    });
  };
  const bilanFinal: Record<'tuteur' | 'chef', string> = { tuteur: fin, chef: fin };
  for (const who of ['tuteur', 'chef'] as const) {
    const inter =
      lateRole === who
        ? year.onOrAfter(plusDays('2022-12-05', rng.int(0, 9)))
        : year.onOrAfter(plusDays('2022-11-21', rng.int(0, 9)));
    if (inter <= fin) bilan('intermediaire', who, inter);
    let finale =
      lateRole === who && rng.chance(0.5)
        ? year.onOrAfter(plusDays('2023-05-02', rng.int(0, 8)))
        : year.onOrAfter(plusDays('2023-04-17', rng.int(0, 10)));
    if (scenario === 'maternite') finale = year.onOrAfter(plusDays('2023-02-15', who === 'tuteur' ? 0 : 1));
    bilanFinal[who] = finale;
    if (finale <= fin) bilan('final', who, finale);
  }
  if (demission) {
    add(at('2023-02-06', 9), s.as.stagiaire, {
      type: 'demission.presenter',
      dateDemande: '2023-02-06',
      dateCessation: '2023-03-10',
    });
    add(at('2023-02-13', 9), cohort.rectorat, { type: 'demission.accepter', date: '2023-02-13' });
    return plan;
  }

  // An inspection for the agrégés (by the inspecteur général) and for a second year (pieces the jury requires).
  if (corps === 'agrege' || identite.stageRenouvele) {
    const d = year.onOrAfter(plusDays('2023-03-06', rng.int(0, 40)));
    const cr = compteRendu(rng, profil, qualite);
    add(at(d, 15), s.as.evaluateur, {
      type: 'visite.realiser',
      visiteId: 'insp-1',
      nature: 'inspection',
      date: d,
      ...cr,
      compteRendu: 'Rapport d’inspection.',
    });
  }

  // The three avis (arrêté du 22 août 2014 art. 5; agrégés: arrêté MENH1411677A art. 4 and 5).
  const defavorable =
    scenario === 'renouvellement' || scenario === 'licenciement' || scenario === 'reintegration';
  const avis = (who: Acteur, id: string, date: string, contraire: boolean) =>
    add(at(date, 16, s.index % 60), who, {
      type: 'avis.emettre',
      avisId: id,
      sens: contraire ? 'defavorable' : 'favorable',
      date,
      ...(contraire ? { motivation: MOTIVATION_DEFAVORABLE } : {}),
    });
  // After the final bilans; the vacances après la 4e période run from 14 to 29 May 2023.
  const apres = (date: string, candidate: string) =>
    candidate > date ? candidate : year.plusClassDays(date, 1);
  if (identite.categorie !== 'ue-qualifie') {
    avis(
      s.as.chef,
      'avis-chef',
      apres(bilanFinal.chef, year.onOrAfter(plusDays('2023-05-02', rng.int(0, 10)))),
      defavorable,
    );
    avis(cohort.directeurInspe, 'avis-inspe', '2023-05-30', defavorable && rng.chance(0.5));
  }
  const avisInspecteur =
    scenario === 'avis-tardif'
      ? year.onOrAfter(plusDays('2023-06-06', rng.int(0, 2)))
      : apres(
          bilanFinal.tuteur,
          rng.chance(0.6)
            ? year.onOrAfter(plusDays('2023-05-08', rng.int(0, 4)))
            : year.onOrAfter('2023-05-30'),
        );
  avis(s.as.evaluateur, corps === 'agrege' ? 'avis-igesr' : 'avis-ipr', avisInspecteur, defavorable);

  // The recteur titularises an EU-qualified lauréat without a jury (arrêté du 22 août 2014 art. 11).
  if (identite.categorie === 'ue-qualifie') {
    add(at('2023-06-12', 10), cohort.rectorat, {
      type: 'decision.prononcer',
      decision: 'titularisation',
      fondement: 'evaluation',
      date: '2023-06-12',
    });
    return plan;
  }

  // Agrégés: no jury académique. The avis and reports go to the recteur, the CAPA gives its avis, the recteur
  // titularises (arrêté MENH1411677A art. 7).
  if (corps === 'agrege') {
    add(at('2023-06-05', 8, 30), cohort.rectorat, { type: 'recteur.saisir', date: '2023-06-05' });
    add(at('2023-06-23', 14, s.index % 60), cohort.capa, {
      type: 'commission.rendre-avis',
      avisId: 'capa-titularisation',
      commission: 'capa',
      formation: 'ordinaire',
      objet: 'titularisation',
      sens: 'favorable',
      date: '2023-06-23',
    });
    add(at('2023-06-29', 10, s.index % 60), cohort.rectorat, {
      type: 'decision.prononcer',
      decision: 'titularisation',
      fondement: 'evaluation',
      date: '2023-06-29',
    });
    return plan;
  }

  // The rectorat sends complete dossiers to the jury; an incomplete one is refused with what it lacks.
  if (scenario === 'avis-tardif')
    add(at('2023-06-05', 8), cohort.rectorat, { type: 'jury.saisir', date: '2023-06-05' }, 'refuse');
  add(at(scenario === 'avis-tardif' ? '2023-06-12' : '2023-06-05', 8), cohort.rectorat, {
    type: 'jury.saisir',
    date: scenario === 'avis-tardif' ? '2023-06-12' : '2023-06-05',
  });

  // The jury of the corps d'accès (the documentalistes sit before the certifiés' jury) finds and proposes.
  const jury = cohort.jurys[corps];
  const membres = cohort.compositions[corps];
  const proposition =
    scenario === 'renouvellement'
      ? 'renouvellement'
      : scenario === 'licenciement'
        ? 'licenciement'
        : scenario === 'reintegration'
          ? 'reintegration'
          : null;
  const deliberation: Command =
    proposition === null
      ? { type: 'jury.deliberer', constat: 'apte', jury: membres }
      : {
          type: 'jury.deliberer',
          constat: 'inapte',
          proposition,
          motivation: 'Proposition du jury académique après examen du dossier et entretien.',
          jury: membres,
        };
  if (defavorable) {
    // Proposing before hearing the stagiaire is refused (art. 6), then the entretien, then the proposition.
    if (scenario === 'renouvellement') add(at('2023-06-16', 9), jury, deliberation, 'refuse');
    add(at('2023-06-19', 9, s.index % 60), jury, {
      type: 'jury.entendre',
      date: '2023-06-19',
      compteRendu: 'Le stagiaire a présenté son année et les difficultés rencontrées.',
    });
  }
  add(at('2023-06-22', 10, s.index % 60), jury, deliberation);

  // The competent authority decides on the jury's proposition (art. 9): the recteur titularises, renews or
  // prolongs; he sends the others to the ministre, who licencie or réintègre.
  if (proposition === 'licenciement' || proposition === 'reintegration') {
    add(at('2023-06-26', 9, s.index % 60), cohort.rectorat, {
      type: 'ministre.saisir',
      date: '2023-06-26',
      motif: 'Stagiaire ni titularisé ni autorisé à accomplir une seconde année de stage.',
    });
    add(at('2023-07-05', 11, s.index % 60), cohort.ministre, {
      type: 'decision.prononcer',
      decision: proposition,
      fondement: 'evaluation',
      date: '2023-07-05',
      motivation: 'Sur proposition du jury académique.',
    });
    return plan;
  }
  const decision =
    proposition === 'renouvellement'
      ? 'renouvellement'
      : scenario === 'prolongation-master'
        ? 'prolongation-master'
        : 'titularisation';
  add(at('2023-06-29', 10, s.index % 60), cohort.rectorat, {
    type: 'decision.prononcer',
    decision,
    fondement: 'evaluation',
    date: '2023-06-29',
  });
  return plan;
}
