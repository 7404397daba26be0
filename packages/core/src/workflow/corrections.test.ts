import { describe, expect, it } from 'vitest';
import type { Acteur } from '../dossier/acteurs.js';
import { foldDossier } from '../dossier/fold.js';
import { parseDossierState, serializeDossierState } from '../dossier/serialisation.js';
import { type Command, commandSchema } from './commands.js';
import { acteurs, anneeComplete, compositionJury, dossierNomme, type Journal } from './testing/fixtures.js';

const chefErrone: Acteur = { role: 'chef-etablissement', id: 'chef-erreur', uai: acteurs.chef.uai };

/** A dossier whose chef was designated by mistake and gave the avis; the rectorat then designates the real one. */
function avisDuMauvaisChef(): { j: Journal; sequenceAvis: number } {
  const j = dossierNomme();
  const designer = (id: string, remplace: string, jour: string): Command => ({
    type: 'acteur.designer',
    role: 'chef-etablissement',
    personne: { id, nom: 'Chef', prenom: id },
    remplace,
    date: jour,
  });
  j.ok(designer('chef-erreur', 'chef-1', '2023-05-02'), acteurs.rectorat, '2023-05-02');
  j.ok(
    { type: 'avis.emettre', avisId: 'av-chef', sens: 'defavorable', motivation: 'M.', date: '2023-05-11' },
    chefErrone,
    '2023-05-11',
  );
  const sequenceAvis = j.events.length;
  j.ok(designer('chef-1', 'chef-erreur', '2023-05-12'), acteurs.rectorat, '2023-05-12');
  return { j, sequenceAvis };
}

const avisDuVraiChef: Command = {
  type: 'avis.emettre',
  avisId: 'av-chef-1',
  sens: 'favorable',
  date: '2023-05-15',
};

describe('enregistrement.annuler', () => {
  it('cancels an avis given by the wrong chef; the real chef then gives his, and the log keeps both', () => {
    const { j, sequenceAvis } = avisDuMauvaisChef();
    const bloque = j.ko(avisDuVraiChef, acteurs.chef, '2023-05-15');
    expect(bloque.kind === 'refusal' && bloque.reasons.map((r) => r.code)).toEqual(['avis.deja-emis']);

    const annulation = j.ok(
      {
        type: 'enregistrement.annuler',
        sequence: sequenceAvis,
        motif: 'Avis donné par un chef désigné par erreur.',
      },
      acteurs.rectorat,
      '2023-05-14',
    );
    expect(annulation).toMatchObject([
      { type: 'enregistrement.annule', sequence: sequenceAvis, evenement: 'avis.emis', cle: 'av-chef' },
    ]);
    expect(j.etat.avis.some((a) => a.avisId === 'av-chef')).toBe(false);

    j.ok(avisDuVraiChef, acteurs.chef, '2023-05-15');
    expect(j.etat.avis.filter((a) => a.role === 'chef-etablissement').map((a) => a.auteurId)).toEqual([
      'chef-1',
    ]);
    const types = j.events.map((x) => x.event.type);
    expect(types.filter((t) => t === 'avis.emis')).toHaveLength(2);
    expect(j.events[sequenceAvis - 1]?.event).toMatchObject({
      type: 'avis.emis',
      auteur: { id: 'chef-erreur' },
    });
    const suivi = j.etat.enregistrements.find((x) => x.sequence === sequenceAvis);
    expect(suivi?.corrections).toEqual([
      expect.objectContaining({ nature: 'annulation', motif: 'Avis donné par un chef désigné par erreur.' }),
    ]);
  });

  it('is refused to anyone but the rectorat', () => {
    const { j, sequenceAvis } = avisDuMauvaisChef();
    const annuler: Command = { type: 'enregistrement.annuler', sequence: sequenceAvis, motif: 'Erreur.' };
    for (const acteur of [acteurs.chef, acteurs.inspecteur, acteurs.jury, acteurs.stagiaire]) {
      const refus = j.ko(annuler, acteur, '2023-05-14');
      expect(refus.kind === 'permission' && refus.reasons.map((r) => r.code)).toEqual(['permission.role']);
    }
    const autreAcademie: Acteur = { role: 'rectorat', id: 'dpe-lyon', academie: 'lyon' };
    const refus = j.ko(annuler, autreAcademie, '2023-05-14');
    expect(refus.kind === 'permission' && refus.reasons.map((r) => r.code)).toEqual(['permission.perimetre']);
  });

  it('is refused without a reason: missing at the edge, blank in the workflow', () => {
    const sans = commandSchema.safeParse({ type: 'enregistrement.annuler', sequence: 3 });
    expect(sans.success).toBe(false);
    expect(sans.error?.issues.map((i) => i.path.join('.'))).toEqual(['motif']);
    const { j, sequenceAvis } = avisDuMauvaisChef();
    const refus = j.ko(
      { type: 'enregistrement.annuler', sequence: sequenceAvis, motif: '   ' },
      acteurs.rectorat,
      '2023-05-14',
    );
    expect(refus.kind === 'refusal' && refus.reasons.map((r) => r.code)).toEqual(['correction.motif']);
  });

  it('refuses an event that is not a correctable recording, an unknown sequence, and a second cancellation', () => {
    const { j, sequenceAvis } = avisDuMauvaisChef();
    const codes = (sequence: number) => {
      const r = j.ko(
        { type: 'enregistrement.annuler', sequence, motif: 'Erreur.' },
        acteurs.rectorat,
        '2023-05-14',
      );
      return r.kind === 'refusal' ? r.reasons.map((x) => x.code) : [r.kind];
    };
    expect(codes(1)).toEqual(['correction.non-corrigeable']);
    expect(codes(999)).toEqual(['correction.introuvable']);
    j.ok(
      { type: 'enregistrement.annuler', sequence: sequenceAvis, motif: 'Erreur.' },
      acteurs.rectorat,
      '2023-05-14',
    );
    expect(codes(sequenceAvis)).toEqual(['correction.deja-annule']);
  });

  it('before the jury, a recording is corrected, not cancelled; after its deliberation, neither', () => {
    const j = dossierNomme();
    anneeComplete(j);
    const sequenceAvis = j.events.findIndex((x) => x.event.type === 'avis.emis') + 1;
    j.ok({ type: 'jury.saisir', date: '2023-05-31' }, acteurs.rectorat, '2023-05-31');
    const annuler: Command = { type: 'enregistrement.annuler', sequence: sequenceAvis, motif: 'Erreur.' };
    const codes = (c: Command, jour: string) => {
      const r = j.ko(c, acteurs.rectorat, jour);
      return r.kind === 'refusal' ? r.reasons.map((x) => x.code) : [r.kind];
    };
    expect(codes(annuler, '2023-06-01')).toEqual(['etat.commande-impossible']);
    const corriger: Command = {
      type: 'enregistrement.corriger',
      sequence: sequenceAvis,
      motif: 'Date de l’avis mal saisie.',
      remplacement: {
        type: 'avis.emis',
        avisId: 'a-ipr-2022',
        sens: 'favorable',
        motivation: null,
        date: '2023-05-09',
      },
    };
    j.ok(corriger, acteurs.rectorat, '2023-06-01');
    expect(j.etat.avis.find((a) => a.avisId === 'a-ipr-2022')?.date).toBe('2023-05-09');
    j.ok({ type: 'jury.deliberer', constat: 'apte', jury: compositionJury() }, acteurs.jury, '2023-06-20');
    expect(codes(corriger, '2023-06-21')).toEqual(['etat.commande-impossible']);
  });

  it('in a second year, the first year’s recordings, frozen by the jury, are not corrected', () => {
    const j = dossierNomme();
    anneeComplete(j, 'defavorable');
    const sequenceBilan = j.events.findIndex((x) => x.event.type === 'bilan.depose') + 1;
    j.ok({ type: 'jury.saisir', date: '2023-05-31' }, acteurs.rectorat, '2023-05-31');
    j.ok({ type: 'jury.entendre', date: '2023-06-19' }, acteurs.jury, '2023-06-19');
    j.ok(
      {
        type: 'jury.deliberer',
        constat: 'inapte',
        proposition: 'renouvellement',
        motivation: 'M.',
        jury: compositionJury(),
      },
      acteurs.jury,
      '2023-06-20',
    );
    j.ok(
      { type: 'decision.prononcer', decision: 'renouvellement', fondement: 'evaluation', date: '2023-06-28' },
      acteurs.rectorat,
      '2023-06-28',
    );
    expect(j.etat.etat).toBe('en-stage');
    const refus = j.ko(
      { type: 'enregistrement.annuler', sequence: sequenceBilan, motif: 'Erreur.' },
      acteurs.rectorat,
      '2023-09-10',
    );
    expect(refus.kind === 'refusal' && refus.reasons.map((r) => r.code)).toEqual(['correction.vue-figee']);
  });
});

describe('enregistrement.corriger', () => {
  it('corrects a leave’s dates, but not once a prolongation of the stage counted it', () => {
    const j = dossierNomme();
    const conge: Command = {
      type: 'conge.enregistrer',
      congeId: 'c1',
      nature: 'maladie-ordinaire',
      debut: '2022-10-03',
      fin: '2022-11-30',
    };
    j.ok(conge, acteurs.rectorat, '2022-12-01');
    const sequence = j.events.length;
    const corriger = (fin: string): Command => ({
      type: 'enregistrement.corriger',
      sequence,
      motif: 'Fin du congé mal saisie.',
      remplacement: {
        type: 'conge.enregistre',
        congeId: 'c1',
        nature: 'maladie-ordinaire',
        debut: '2022-10-03',
        fin,
      },
    });
    j.ok(corriger('2022-12-09'), acteurs.rectorat, '2022-12-12');
    expect(j.etat.conges.map((c) => c.fin)).toEqual(['2022-12-09']);
    j.ok({ type: 'stage.prolonger' }, acteurs.rectorat, '2022-12-12');
    const refus = j.ko(corriger('2022-12-16'), acteurs.rectorat, '2022-12-19');
    expect(refus.kind === 'refusal' && refus.reasons.map((r) => r.code)).toEqual([
      'correction.conge-prolonge',
    ]);
  });

  function visiteRealisee(): { j: Journal; sequence: number } {
    const j = dossierNomme();
    j.ok(
      { type: 'visite.planifier', visiteId: 'v1', nature: 'visite-formative', datePrevue: '2022-10-03' },
      acteurs.tuteur,
      '2022-09-20',
    );
    j.ok(
      {
        type: 'visite.realiser',
        visiteId: 'v1',
        nature: 'visite-formative',
        date: '2022-10-30',
        pointsAppui: [],
        competencesATravailler: [],
        conseils: ['Varier les supports.'],
        axesDeTravail: [],
      },
      acteurs.tuteur,
      '2022-10-30',
    );
    return { j, sequence: j.events.length };
  }
  const corrigee = (date: string) => ({
    type: 'visite.realisee' as const,
    visiteId: 'v1',
    nature: 'visite-formative' as const,
    date,
    visiteur: { role: 'tuteur' as const, id: 'tut-1' },
    pointsAppui: [],
    competencesATravailler: [],
    conseils: ['Varier les supports.'],
    axesDeTravail: [],
    compteRendu: null,
  });

  it('corrects a visit’s date: it counts with the new date, under its author, and the log keeps both', () => {
    const { j, sequence } = visiteRealisee();
    j.ok(
      {
        type: 'enregistrement.corriger',
        sequence,
        motif: 'Date mal saisie (3 octobre).',
        remplacement: corrigee('2022-10-03'),
      },
      acteurs.rectorat,
      '2022-11-02',
    );
    const visite = j.etat.visites.find((v) => v.visiteId === 'v1');
    expect(visite?.statut).toBe('realisee');
    expect(visite?.realisation?.date).toBe('2022-10-03');
    expect(visite?.datePrevue).toBe('2022-10-03');
    expect(j.events[sequence - 1]?.event).toMatchObject({ type: 'visite.realisee', date: '2022-10-30' });
    expect(j.events.at(-1)?.event).toMatchObject({
      type: 'enregistrement.corrige',
      sequence,
      cle: 'v1',
      auteur: { role: 'rectorat', id: 'dpe-1' },
    });
    expect(
      j.etat.enregistrements.find((x) => x.sequence === sequence)?.corrections.map((c) => c.nature),
    ).toEqual(['correction']);
    // The state is the fold of the log, and serialises.
    expect(foldDossier(j.events)._unsafeUnwrap()).toEqual(j.etat);
    expect(parseDossierState(serializeDossierState(j.etat))._unsafeUnwrap()).toEqual(j.etat);
    // A state serialised before the index existed reads with an empty one.
    const { enregistrements: _index, ...avant } = j.etat;
    expect(parseDossierState(JSON.stringify(avant))._unsafeUnwrap().enregistrements).toEqual([]);
  });

  it('refuses a replacement of another recording, another visitor, or a date after today', () => {
    const { j, sequence } = visiteRealisee();
    const codes = (remplacement: ReturnType<typeof corrigee> | Record<string, unknown>) => {
      const r = j.ko(
        { type: 'enregistrement.corriger', sequence, motif: 'Erreur.', remplacement } as Command,
        acteurs.rectorat,
        '2022-11-02',
      );
      return r.kind === 'refusal' ? r.reasons.map((x) => x.code) : [r.kind];
    };
    expect(codes({ ...corrigee('2022-10-03'), visiteId: 'v2' })).toEqual(['correction.autre-enregistrement']);
    expect(codes({ ...corrigee('2022-10-03'), visiteur: { role: 'tuteur', id: 'tut-2' } })).toEqual([
      'correction.visiteur',
    ]);
    expect(codes(corrigee('2022-12-01'))).toEqual(['date.future']);
  });

  it('corrects an affectation in its place: the current EPLE stays the last one', () => {
    const j = dossierNomme();
    j.ok(
      { type: 'affectation.modifier', uai: '0750655E', date: '2022-10-03' },
      acteurs.rectorat,
      '2022-10-03',
    );
    const sequence = j.events.length;
    j.ok(
      { type: 'affectation.modifier', uai: '9740002J', date: '2023-01-03' },
      acteurs.rectorat,
      '2023-01-03',
    );
    j.ok(
      {
        type: 'enregistrement.corriger',
        sequence,
        motif: 'Premier jour mal saisi.',
        remplacement: { type: 'stagiaire.affecte', uai: '0750655E', date: '2022-10-04' },
      },
      acteurs.rectorat,
      '2023-01-05',
    );
    expect(j.etat.enregistrements.find((x) => x.sequence === sequence)?.cle).toBe('0750655E@2022-10-04');
    expect(j.etat.affectations.map((a) => `${a.uai}@${a.depuis}`)).toEqual([
      `${acteurs.chef.uai}@null`,
      '0750655E@2022-10-04',
      '9740002J@2023-01-03',
    ]);
  });
});
