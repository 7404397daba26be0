import type { DossierState } from '@tremplin/core';
import { describe, expect, it } from 'vitest';
import {
  collectLibelles,
  findLibelleDiscipline,
  findNomEtablissement,
  formatEtablissement,
  LIBELLES_VIDES,
} from './libelles.js';

type Etat = Pick<DossierState, 'identite' | 'affectations'>;

const state = (identite: Partial<DossierState['identite']>, affectations: Etat['affectations'] = []): Etat =>
  ({
    identite: { uai: '9740001H', discipline: 'mathematiques', ...identite },
    affectations: [{ uai: identite.uai ?? '9740001H', depuis: null }, ...affectations],
  }) as unknown as Etat;

const config = {
  etablissements: { '9740001H': { nom: 'Lycée de la configuration' }, '9740002J': { nom: 'Collège B' } },
  disciplines: { mathematiques: 'Maths (configuration)' },
};

describe('libellés', () => {
  it('takes the dossier’s names first, then the configuration’s, else null', () => {
    const s = state({ etablissement: { nom: 'Lycée Leconte-de-Lisle' }, disciplineLibelle: 'Mathématiques' });
    expect(findNomEtablissement('9740001H', config, s)).toBe('Lycée Leconte-de-Lisle');
    expect(findNomEtablissement('9740001H', config)).toBe('Lycée de la configuration');
    expect(findNomEtablissement('9740099Z', config, s)).toBeNull();
    expect(findLibelleDiscipline('mathematiques', config, s)).toBe('Mathématiques');
    expect(findLibelleDiscipline('mathematiques', config, state({}))).toBe('Maths (configuration)');
    expect(findLibelleDiscipline('lettres', LIBELLES_VIDES, s)).toBeNull();
    expect(findNomEtablissement('toString', LIBELLES_VIDES)).toBeNull();
  });

  it('names a later affectation’s EPLE from its event, and prints « nom (UAI) »', () => {
    const s = state({}, [{ uai: '9740003K', depuis: '2023-01-03', etablissement: { nom: 'Lycée C' } }]);
    expect(formatEtablissement('9740003K', LIBELLES_VIDES, s)).toBe('Lycée C (9740003K)');
    expect(formatEtablissement('9740001H', LIBELLES_VIDES, s)).toBe('9740001H');
  });

  it('collects a cohort’s names over the configuration’s', () => {
    const libelles = collectLibelles(
      [
        state({
          etablissement: { nom: 'Lycée A', commune: 'Saint-Denis' },
          disciplineLibelle: 'Mathématiques',
        }),
      ],
      config,
    );
    expect(libelles.etablissements['9740001H']).toEqual({ nom: 'Lycée A', commune: 'Saint-Denis' });
    expect(libelles.etablissements['9740002J']).toEqual({ nom: 'Collège B' });
    expect(libelles.disciplines.mathematiques).toBe('Mathématiques');
  });
});
