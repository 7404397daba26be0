/**
 * A missing school calendar said as such: « Aucun calendrier scolaire pour l’académie de Lyon en 2025-2026. »,
 * with the way to add it — in the registry's answers, in the dossiers an evaluation sets aside, and in an
 * import whose rows are refused only for that reason.
 *
 * @packageDocumentation
 */
import { findAcademie, type NotFoundError, type RulesRegistry } from '@tremplin/core';
import type { Result } from 'neverthrow';
import type { CliFailure } from '../failure.js';

function notFound(id: string, message: string): NotFoundError {
  return { kind: 'not-found', message, id };
}

/** Académies whose name takes an article (« l’académie de La Réunion »). */
const WITH_ARTICLE: Readonly<Record<string, string>> = {
  Réunion: 'La Réunion',
  Guadeloupe: 'la Guadeloupe',
  Martinique: 'la Martinique',
  Guyane: 'la Guyane',
  Corse: 'Corse',
  Polynésie: 'la Polynésie française',
  'Nouvelle Calédonie': 'la Nouvelle-Calédonie',
};

/**
 * « l’académie de Lyon », « l’académie d’Amiens », « l’académie de La Réunion ».
 *
 * @param academie - the académie as a dossier names it (`lyon`, `Réunion`…).
 * @returns the phrase.
 */
export function academiePhrase(academie: string): string {
  const nom = findAcademie(academie)?.nom ?? academie;
  const shown = WITH_ARTICLE[nom] ?? nom;
  return /^[aeiouyàâéèêîôûh]/iu.test(shown) ? `l’académie d’${shown}` : `l’académie de ${shown}`;
}

/**
 * The error of a missing calendar; its id (`<académie>/<année>`) lets the « → » line name `tremplin calendrier
 * import`.
 *
 * @param academie - the académie.
 * @param anneeScolaire - the school year.
 * @returns the not-found error.
 */
export function missingCalendrier(academie: string, anneeScolaire: string): NotFoundError {
  const nom = findAcademie(academie)?.nom ?? academie;
  return notFound(
    `${nom}/${anneeScolaire}`,
    `Aucun calendrier scolaire pour ${academiePhrase(academie)} en ${anneeScolaire}.`,
  );
}

/**
 * The académie and year of a calendar's not-found error.
 *
 * @param error - any failure.
 * @returns them, or null when the failure is not a missing calendar.
 */
export function calendrierOfNotFound(error: CliFailure): { academie: string; anneeScolaire: string } | null {
  if (error.kind !== 'not-found') return null;
  const m = /^(.+)\/(\d{4}-\d{4})$/u.exec(error.id);
  return m?.[1] === undefined || m[2] === undefined ? null : { academie: m[1], anneeScolaire: m[2] };
}

/**
 * A registry whose missing calendars are said in the words above.
 *
 * @param registry - core's registry.
 * @returns the same registry, `rulesFor` rewording its not-found errors.
 */
export function sayMissingCalendriers(registry: RulesRegistry): RulesRegistry {
  return {
    packs: registry.packs,
    calendriers: registry.calendriers,
    ruleSetFor: (academie) => registry.ruleSetFor(academie),
    timeZoneOf: (academie) => registry.timeZoneOf(academie),
    rulesFor: (academie, anneeScolaire) =>
      registry
        .rulesFor(academie, anneeScolaire)
        .mapErr((e) => (e.kind === 'not-found' ? missingCalendrier(academie, anneeScolaire) : e)),
  };
}

/**
 * An import refused only because calendars are missing, reported as that (not as rows to correct).
 *
 * @param failure - the import's failure.
 * @returns a not-found error naming every missing calendar, or the failure unchanged.
 */
export function missingCalendriersOfRows(failure: CliFailure): CliFailure {
  if (failure.kind !== 'rows' || failure.rows.length === 0) return failure;
  const issues = failure.rows.flatMap((r) => r.issues);
  if (!issues.every((i) => i.code === 'calendrier.absent')) return failure;
  const messages = [...new Set(issues.map((i) => i.message))];
  const named = /l’académie (?:de |d’)(.+) en (\d{4}-\d{4})\.$/u.exec(messages[0] ?? '');
  return notFound(
    named === null ? `?/0000-0000` : `${named[1]}/${named[2]}`,
    `${messages.join(' ')} Rien n’a été importé de ${failure.file} : ses lignes sont correctes, c’est le calendrier qui manque.`,
  );
}

/** The hint printed after a missing calendar (also the `nextStep` of the JSON). */
export const ADD_CALENDRIER_STEP =
  'Ajoutez-le : tremplin calendrier import <fichier du jeu fr-en-calendrier-scolaire> (CSV ou JSON tel que publié).';

/** A dossier an evaluation set aside, said in full when its calendar is missing. */
export interface DossierMisDeCote {
  readonly dossierId: string;
  readonly error: CliFailure;
  /** `calendrier-absent` when no calendar covers the dossier's current school year. */
  readonly raison?: 'calendrier-absent';
  /** The académie and school year without calendar. */
  readonly academie?: string;
  readonly anneeScolaire?: string;
  /** What to do, in French. */
  readonly nextStep?: string;
}

/**
 * Says why each dossier was set aside; a missing calendar gets its académie, its year and the way to add it.
 *
 * @param skipped - the dossiers the evaluation set aside.
 * @returns the same dossiers, explained.
 */
export function explainSetAside<T extends { readonly dossierId: string; readonly error: CliFailure }>(
  skipped: readonly T[],
): (T | (T & DossierMisDeCote))[] {
  return skipped.map((x) => {
    const missing = calendrierOfNotFound(x.error);
    if (missing === null) return x;
    const error = missingCalendrier(missing.academie, missing.anneeScolaire);
    return {
      ...x,
      error,
      raison: 'calendrier-absent' as const,
      academie: missing.academie,
      anneeScolaire: missing.anneeScolaire,
      nextStep: ADD_CALENDRIER_STEP,
    };
  });
}

/**
 * The warning lines of dossiers set aside for a missing calendar (stderr, human mode): how many, which
 * académies and years, and the way to add the calendars (the commands list each dossier themselves).
 *
 * @param skipped - the explained dossiers.
 * @returns the lines, none when no calendar is missing.
 */
export function setAsideWarnings(skipped: readonly DossierMisDeCote[]): string[] {
  const missing = skipped.filter((x) => x.raison === 'calendrier-absent');
  if (missing.length === 0) return [];
  const years = [
    ...new Set(missing.map((x) => `${academiePhrase(x.academie ?? '?')} en ${x.anneeScolaire ?? '?'}`)),
  ];
  return [
    `${missing.length} dossier(s) mis de côté, ni échéances ni alertes calculées : aucun calendrier scolaire pour ${years.join(', ')}.`,
    `→ ${ADD_CALENDRIER_STEP}`,
  ];
}

/**
 * The JSON field of a dossier whose rules are missing for lack of a calendar (`status`).
 *
 * @param rules - the registry's answer for the dossier's year.
 * @returns `{ calendrierAbsent: { academie, anneeScolaire, message, nextStep } }`, or `{}`.
 */
export function calendrierAbsentJson(rules: Result<unknown, CliFailure>): {
  readonly calendrierAbsent?: { academie: string; anneeScolaire: string; message: string; nextStep: string };
} {
  if (rules.isOk()) return {};
  const missing = calendrierOfNotFound(rules.error);
  if (missing === null) return {};
  const message = `${missingCalendrier(missing.academie, missing.anneeScolaire).message} Étape suivante, échéances et alertes non calculées.`;
  return { calendrierAbsent: { ...missing, message, nextStep: ADD_CALENDRIER_STEP } };
}

/**
 * The warnings of a dossier whose rules are missing for lack of a calendar (`status`).
 *
 * @param rules - the registry's answer for the dossier's year.
 * @returns `{ warnings }` saying so and how to add the calendar, or `{}`.
 */
export function calendrierAbsentWarnings(rules: Result<unknown, CliFailure>): {
  readonly warnings?: string[];
} {
  const absent = calendrierAbsentJson(rules).calendrierAbsent;
  return absent === undefined ? {} : { warnings: [absent.message, `→ ${absent.nextStep}`] };
}
