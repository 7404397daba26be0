/**
 * Reading what earlier versions wrote: stored events and snapshots keep their words, and are read in today's.
 * Tremplin 0.1 modelled « documentaliste » as a corps (it is the documentaliste fonction of a certifié) and named
 * the CITIS `accident-service`.
 *
 * @packageDocumentation
 */
import type { DossierEvent } from './events.js';
import type { DossierIdentite } from './identite.js';
import { omitDonneesPersonnellesEvent, omitDonneesPersonnellesIdentite } from './legacy-personnes.js';

type Json = Record<string, unknown>;

function isObjet(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * An identity as written by any version, read in today's words: corps `documentaliste` becomes corps
 * `certifie` with the `documentaliste` fonction.
 *
 * @param stored - a stored identity (event or snapshot).
 * @returns the same object when nothing changes; without the stagiaire's personal data (since 0.3).
 * @remarks Arrêté du 19 avril 2013 (NOR MENH1310120A) art. 1: the CAPES has a « Section documentation ».
 * @category Dossier
 */
export function upgradeIdentite<T>(stored: T): T {
  // Before 0.3 the stagiaire's NUMEN, date of birth and e-mail were in the identity: never read them again.
  const identite = omitDonneesPersonnellesIdentite(stored);
  if (!isObjet(identite) || identite.corps !== 'documentaliste') return identite;
  return { ...identite, corps: 'certifie', fonction: 'documentaliste' } as T;
}

/**
 * A kind of leave as written by any version: `accident-service` is today's `citis`.
 *
 * @param nature - a stored kind of leave.
 * @remarks Ordonnance n° 2017-53 du 19 janvier 2017 (congé pour invalidité temporaire imputable au service).
 * @category Dossier
 */
export function upgradeNatureConge<T>(nature: T): T {
  return (nature === 'accident-service' ? 'citis' : nature) as T;
}

/**
 * A stored event read in today's words (see the module's note); other events are returned as they are.
 *
 * @param stored - an event as stored; personal data it holds (before 0.3) are dropped.
 * @category Dossier
 */
export function upgradeEvent(stored: DossierEvent): DossierEvent {
  // Personal data written by earlier versions (in `dossier.ouvert` and frozen views) are dropped when read.
  const event = omitDonneesPersonnellesEvent(stored);
  if (event.type === 'dossier.ouvert') {
    const identite: DossierIdentite = upgradeIdentite(event.identite);
    return identite === event.identite ? event : { ...event, identite };
  }
  if (event.type === 'conge.enregistre') {
    const nature = upgradeNatureConge(event.nature);
    return nature === event.nature ? event : { ...event, nature };
  }
  return event;
}

/**
 * The changes from a version-2 snapshot to version 3 (the chain of decisions).
 *
 * @param v2 - a parsed version-2 state.
 * @category Dossier
 */
export function migrateStateV2(v2: Json): Json {
  const stage = isObjet(v2.stage) ? v2.stage : {};
  const liste = (x: unknown): Json[] => (Array.isArray(x) ? (x as Json[]) : []);
  return {
    ...v2,
    schemaVersion: 3,
    identite: upgradeIdentite(v2.identite),
    stage: {
      ...stage,
      prolongationsConges: liste(stage.prolongationsConges).map((p) => ({ ...p, joursTempsPartiel: 0 })),
    },
    avis: liste(v2.avis).map((a) => ({ ...a, secondeAnnee: null })),
    conges: liste(v2.conges).map((c) => ({ ...c, nature: upgradeNatureConge(c.nature) })),
    decisions: liste(v2.decisions).map((d) => ({
      ...d,
      fondement: null,
      date: typeof d.le === 'string' ? d.le.slice(0, 10) : d.le,
      arrete: null,
    })),
    tempsPartiel: [],
    propositionsJury: [],
    saisines: [],
    avisCommissions: [],
    procedures: [],
    avisMedicaux: [],
  };
}

/**
 * The changes from a version-3 snapshot to version 4: each avis names the grid it rests on. Avis recorded
 * before grids were named get `grilleId: null` and no positionnement; positionnements keep their
 * per-competency entries, which stay valid.
 *
 * @param v3 - a parsed version-3 state.
 * @remarks Arrêté du 22 août 2014 (NOR MENH1411675A), art. 5.
 * @category Dossier
 */
export function migrateStateV3(v3: Json): Json {
  const liste = (x: unknown): Json[] => (Array.isArray(x) ? (x as Json[]) : []);
  return {
    ...v3,
    schemaVersion: 4,
    avis: liste(v3.avis).map((a) => ({ ...a, grilleId: null, positionnement: null })),
  };
}
