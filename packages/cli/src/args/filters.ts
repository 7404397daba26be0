/**
 * The cohort filters shared by `status`, `deadlines`, `alerts` and `export`.
 *
 * @packageDocumentation
 */
import type { Corps, DossierFilter } from '@tremplin/core';
import type { OptionSpec, ParsedArgs } from '../command.js';
import { listOption } from './values.js';

/** The filter options. */
export const FILTER_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  academie: { type: 'string', multiple: true, value: 'code', description: 'académie (reunion) ; répétable' },
  annee: { type: 'string', multiple: true, value: 'AAAA-AAAA', description: 'année scolaire' },
  uai: { type: 'string', multiple: true, value: 'UAI', description: 'EPLE d’affectation' },
  corps: {
    type: 'string',
    multiple: true,
    value: 'corps',
    description:
      'certifie (professeurs documentalistes compris), agrege, plp, eps, cpe ; « documentaliste » : certifiés de la discipline documentation',
  },
  discipline: { type: 'string', multiple: true, value: 'discipline', description: 'discipline' },
  etat: { type: 'string', multiple: true, value: 'état', description: 'en-stage, devant-jury, titularise…' },
  tuteur: { type: 'string', multiple: true, value: 'id', description: 'dossiers de ce tuteur' },
};

/**
 * The store filter of the options.
 *
 * @param args - the parsed command line.
 * @returns the filter (`{}` selects every dossier).
 */
export function filterOf(args: ParsedArgs): DossierFilter {
  const f: { -readonly [K in keyof DossierFilter]: DossierFilter[K] } = {};
  const academie = listOption(args, 'academie');
  const annee = listOption(args, 'annee');
  const uai = listOption(args, 'uai');
  const corps = listOption(args, 'corps');
  const discipline = listOption(args, 'discipline');
  const etat = listOption(args, 'etat');
  const tuteur = listOption(args, 'tuteur');
  if (academie.length > 0) f.academie = academie;
  if (annee.length > 0) f.anneeScolaire = annee;
  if (uai.length > 0) f.uai = uai;
  // « documentaliste » is no longer a corps: a professeur documentaliste is a certifié of the documentation
  // section; alone, it selects the certifiés of that discipline (the index has no fonction).
  const seulementDocumentalistes = corps.length > 0 && corps.every((c) => c === 'documentaliste');
  const corpsLus = [...new Set(corps.map((c) => (c === 'documentaliste' ? 'certifie' : c)))];
  if (corpsLus.length > 0) f.corps = corpsLus as Corps[];
  if (discipline.length > 0) f.discipline = discipline;
  else if (seulementDocumentalistes) f.discipline = 'documentation';
  if (etat.length > 0) f.etat = etat;
  if (tuteur.length > 0) f.tuteurId = tuteur;
  return f;
}
