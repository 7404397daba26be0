import { describe, expect, it } from 'vitest';
import type { DossierEvent } from '../dossier/events.js';
import { foldDossier } from '../dossier/fold.js';
import type { NatureConge } from '../dossier/vocabulaire.js';
import { computeEffetConges } from './conges.js';
import { acteurs, dossierNomme, type Journal, le, rules } from './testing/fixtures.js';

function conge(j: Journal, congeId: string, nature: NatureConge, debut: string, fin: string): void {
  j.ok({ type: 'conge.enregistrer', congeId, nature, debut, fin }, acteurs.rectorat, fin);
}

describe('unpaid leave of art. 19 bis and 21 bis: day for day, titularisation not backdated', () => {
  it('congé de présence parentale (art. 21 bis): 30 days move both ends by 30 days', () => {
    const j = dossierNomme();
    conge(j, 'pp', 'presence-parentale', '2023-01-09', '2023-02-07');
    const effet = computeEffetConges(j.etat, rules);
    expect(effet).toMatchObject({
      joursCongesRemuneres: 0,
      joursNonComptes: 30,
      joursProlongation: 30,
      dateFinEffective: '2023-09-30',
      dateFinPourTitularisation: '2023-09-30',
    });
    const texte = effet?.explication.join(' ') ?? '';
    expect(texte).toContain('congé de présence parentale (art. 21 bis) : 30 jour(s)');
    expect(texte).not.toContain('art. 22');
  });

  it('congé d’accompagnement d’une personne en fin de vie (art. 19 bis): « compte tenu de la prolongation »', () => {
    const j = dossierNomme();
    conge(j, 'fv', 'accompagnement-fin-de-vie', '2023-02-01', '2023-02-21');
    const effet = computeEffetConges(j.etat, rules);
    expect(effet).toMatchObject({
      joursNonComptes: 21,
      joursProlongation: 21,
      dateFinEffective: '2023-09-21',
      dateFinPourTitularisation: '2023-09-21',
    });
    const texte = effet?.explication.join(' ') ?? '';
    expect(texte).toContain(
      '« compte tenu de la prolongation imputable à ce congé » (décret n° 94-874 art. 19 bis)',
    );
    expect(texte).not.toContain('art. 22');
  });

  it('with maternity leave as well, only the maternity days are left out of the titularisation date', () => {
    const j = dossierNomme();
    conge(j, 'm', 'maternite', '2022-11-01', '2023-02-20');
    conge(j, 'fv', 'accompagnement-fin-de-vie', '2023-03-01', '2023-03-21');
    const effet = computeEffetConges(j.etat, rules);
    // 112 − 36 = 76 days of maternity beyond the threshold, plus 21 days that never count.
    expect(effet).toMatchObject({ joursProlongation: 97, joursArt22: 112 });
    expect(effet?.dateFinEffective).toBe('2023-12-06');
    expect(effet?.dateFinPourTitularisation).toBe('2023-09-21');
    const texte = effet?.explication.join(' ') ?? '';
    expect(texte).toContain('« compte non tenu de la prolongation imputable »');
    expect(texte).toContain('congé de maternité (art. 22) : 112 jour(s)');
    expect(texte).toContain('art. 19 bis');
  });
});

describe('a stored « accident-service » leave', () => {
  it('is read as a CITIS and counted as paid leave', () => {
    const j = dossierNomme();
    const ancien = {
      type: 'conge.enregistre',
      v: 1,
      le: le('2023-03-01'),
      auteur: { role: 'rectorat', id: 'dpe-1' },
      congeId: 'as',
      nature: 'accident-service',
      debut: '2023-01-09',
      fin: '2023-02-27',
    } as unknown as DossierEvent;
    const folded = foldDossier([...j.events, { sequence: j.events.length + 1, event: ancien }]);
    expect(folded.isOk()).toBe(true);
    if (folded.isErr()) return;
    expect(folded.value.conges).toMatchObject([{ congeId: 'as', nature: 'citis' }]);
    const effet = computeEffetConges(folded.value, rules);
    expect(effet).toMatchObject({ joursCongesRemuneres: 50, joursNonComptes: 0, joursProlongation: 14 });
    expect(effet?.dateFinEffective).toBe('2023-09-14');
    expect(effet?.explication.join(' ')).toContain('Congés rémunérés depuis le 2022-09-01 : 50 jour(s)');
  });
});
