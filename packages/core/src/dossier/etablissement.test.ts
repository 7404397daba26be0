import { describe, expect, it } from 'vitest';
import { acteurs, dossierNomme } from '../workflow/testing/fixtures.js';
import { computeEmpreinte } from './empreinte.js';
import { computeCleUai } from './identifiants.js';
import { parseDossierState, serializeDossierState } from './serialisation.js';

const AUTRE = `9740002${computeCleUai('9740002')}`;

describe('an EPLE’s name and a discipline’s label in the dossier', () => {
  it('are kept from the opening and from an affectation, and read back from a stored state', () => {
    const j = dossierNomme({
      etablissement: { nom: 'Lycée Leconte-de-Lisle', commune: 'Saint-Denis' },
      disciplineLibelle: 'Mathématiques',
    });
    expect(j.etat.identite.etablissement).toEqual({ nom: 'Lycée Leconte-de-Lisle', commune: 'Saint-Denis' });
    expect(j.etat.identite.disciplineLibelle).toBe('Mathématiques');
    const [event] = j.ok(
      { type: 'affectation.modifier', uai: AUTRE, date: '2023-01-03', etablissement: { nom: 'Collège A' } },
      acteurs.rectorat,
      '2023-01-03',
    );
    expect(event).toMatchObject({ type: 'stagiaire.affecte', etablissement: { nom: 'Collège A' } });
    expect(j.etat.affectations.at(-1)).toEqual({
      uai: AUTRE,
      depuis: '2023-01-03',
      etablissement: { nom: 'Collège A' },
    });
    const relu = parseDossierState(serializeDossierState(j.etat));
    expect(relu.isOk() && relu.value.affectations.at(-1)?.etablissement).toEqual({ nom: 'Collège A' });
  });

  it('change nothing for a dossier that gives none: no field, the same hashes', () => {
    const sans = dossierNomme();
    expect(sans.etat.identite).not.toHaveProperty('etablissement');
    expect(sans.etat.identite).not.toHaveProperty('disciplineLibelle');
    sans.ok({ type: 'affectation.modifier', uai: AUTRE, date: '2023-01-03' }, acteurs.rectorat, '2023-01-03');
    expect(sans.etat.affectations.at(-1)).toEqual({ uai: AUTRE, depuis: '2023-01-03' });
    const ouverture = sans.events[0]?.event;
    expect(ouverture && computeEmpreinte(ouverture)).toBe(computeEmpreinte(dossierNomme().events[0]?.event));
  });

  it('refuses a control character in a name', () => {
    const j = dossierNomme();
    const r = j.run(
      { type: 'affectation.modifier', uai: AUTRE, date: '2023-01-03', etablissement: { nom: 'Lycée\nX' } },
      acteurs.rectorat,
      '2023-01-03',
    );
    expect(r.ok).toBe(false);
  });
});
