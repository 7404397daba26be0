/**
 * The « → » line of a failure: what to do next, in French, derived from the failure's kind and codes and from
 * the command that failed (its name, its arguments, its database).
 *
 * @packageDocumentation
 */
import type { Issue, RefusalReason, StoreFailure } from '@tremplin/core';
import { BUGS_URL, guideUrl } from './docs-url.js';
import type { CliFailure, RowsRejected } from './failure.js';
import type { DbLocation } from './store/db-location.js';
import { storeStep } from './store/store-step.js';

/** What is known of the command that failed, to name the next command to type. */
export interface FailureContext {
  /** The sub-command's name (`record`, `status`…). */
  readonly command?: string;
  /** Its positional arguments, after its name. */
  readonly positionals?: readonly string[];
  /** The database it used. */
  readonly db?: DbLocation;
}

/** The commands whose first positional argument is a dossier, and where it is. */
const DOSSIER_POSITION: Readonly<Record<string, number>> = { record: 0, status: 0, explain: 0, identite: 1 };

/** The defect sentence, for failures nobody can fix but Tremplin's maintainers. */
export const DEFECT_STEP = `C’est un défaut de Tremplin : signalez-le avec ce message et la commande lancée (${BUGS_URL}).`;

function dossierOf(context: FailureContext): string {
  const at = context.command === undefined ? undefined : DOSSIER_POSITION[context.command];
  const id = at === undefined ? undefined : context.positionals?.[at];
  return id === undefined || id === '' ? '<dossier>' : id;
}

/** A step a code calls for, whatever the kind that carries it (refusal reason, issue, refused row). */
function codeStep(code: string, context: FailureContext): string | null {
  const d = dossierOf(context);
  if (code === 'etat.commande-impossible' || code === 'etat.issue-impossible')
    return `Cette commande vient à une autre étape du dossier (citée ci-dessus) : enregistrez d’abord celles qui l’y mènent ; « tremplin status ${d} » montre où en est le dossier.`;
  if (code === 'dossier.inexistant' || code === 'dossier.inconnu')
    return 'Ouvrez d’abord le dossier : « tremplin import dossiers <fichier> » (« tremplin status » liste les dossiers de la base).';
  if (code === 'dossier.deja-ouvert')
    return `Ce dossier est déjà ouvert : « tremplin status ${d} » le montre ; une identité se corrige avec « tremplin identite rectifier ${d} ».`;
  if (code === 'date.future')
    return 'Datez l’acte au plus tard du jour de la commande, ou donnez l’instant de la commande avec --at.';
  if (code === 'cle-idempotence.reutilisee')
    return 'Donnez une autre clé (--key), ou relancez la commande d’origine telle quelle.';
  if (code === 'cle-idempotence.invalide') return 'Donnez une clé de 1 à 200 caractères (--key).';
  if (code === 'evenement.inconnu' || code === 'evenement.version-inconnue')
    return 'La base a été écrite par une version plus récente de Tremplin : mettez à jour @tremplin/cli (npm install -g @tremplin/cli@latest).';
  if (code === 'evenement.incoherent')
    return 'Le journal de ce dossier a été altéré : « tremplin verify » liste les dossiers touchés ; restaurez-les depuis une sauvegarde.';
  if (code === 'calendrier.absent')
    return `Ajoutez ce calendrier : « tremplin calendrier import <fichier> » lit le jeu de données officiel « fr-en-calendrier-scolaire » (CSV ou JSON tel que publié) ; voir ${guideUrl('configuration')}.`;
  if (code.startsWith('calendrier.'))
    return 'Vérifiez le fichier : il doit venir du jeu de données « fr-en-calendrier-scolaire », en CSV ou en JSON tel que publié.';
  if (code === 'annee-scolaire.invalide')
    return 'Écrivez l’année scolaire sous la forme AAAA-AAAA+1, par exemple 2025-2026.';
  if (code === 'date.invalide') return 'Donnez une date qui existe, au format AAAA-MM-JJ.';
  if (code.startsWith('acteur.'))
    return 'Vérifiez l’acteur donné avec --as (ou TREMPLIN_AS) : « tremplin help record » en donne les formes.';
  return null;
}

function firstCodeStep(codes: readonly string[], context: FailureContext): string | null {
  for (const code of codes) {
    const step = codeStep(code, context);
    if (step !== null) return step;
  }
  return null;
}

function refusalStep(reasons: readonly RefusalReason[], context: FailureContext): string {
  const known = firstCodeStep(
    reasons.map((r) => r.code),
    context,
  );
  if (known !== null) return known;
  return `Rien n’a été enregistré : réglez chaque raison ci-dessus (la source citée dit ce que le texte exige), puis relancez ; « tremplin status ${dossierOf(context)} » montre où en est le dossier.`;
}

function fieldsOf(issues: readonly Issue[]): string {
  const paths = [...new Set(issues.filter((i) => i.path.length > 0).map((i) => i.path.join('.')))];
  if (paths.length === 0) return 'les données indiquées';
  const shown = paths.slice(0, 4).map((p) => `« ${p} »`);
  const more = paths.length > 4 ? ` (et ${paths.length - 4} autre(s))` : '';
  return paths.length === 1 ? `le champ ${shown[0]}` : `les champs ${shown.join(', ')}${more}`;
}

/** The type of the command `record` was given (`record D-1 visite.realiser …` or its JSON form), when known. */
function recordTypeOf(context: FailureContext): string | null {
  const arg = context.command === 'record' ? context.positionals?.[1] : undefined;
  let type: unknown = arg;
  if (arg?.trimStart().startsWith('{') === true) {
    try {
      type = (JSON.parse(arg) as { type?: unknown }).type;
    } catch {
      type = undefined;
    }
  }
  return typeof type === 'string' && /^[a-z-]+(\.[a-z-]+)+$/.test(type) ? type : null;
}

function validationStep(issues: readonly Issue[], context: FailureContext): string {
  const known = firstCodeStep(
    issues.map((i) => i.code),
    context,
  );
  if (known !== null) return known;
  const fields = fieldsOf(issues);
  switch (context.command) {
    case undefined:
      return `Corrigez ${fields} puis relancez.`;
    case 'record': {
      const type = recordTypeOf(context);
      return `Corrigez ${fields} puis relancez ; « tremplin help record${type === null ? '' : ` ${type}`} » décrit les champs attendus (« tremplin schema command » en donne le schéma JSON).`;
    }
    case 'import': {
      const kind = context.positionals?.[0] === 'events' ? 'events' : 'dossiers';
      return `Corrigez ${fields} dans le fichier puis relancez ; « tremplin schema ${kind} » donne le format attendu.`;
    }
    default:
      return `Corrigez ${fields} puis relancez ; « tremplin help ${context.command} » décrit ce que la commande attend.`;
  }
}

function rowsStep(failure: RowsRejected, context: FailureContext): string {
  const codes = [...new Set(failure.rows.flatMap((r) => r.issues.map((i) => i.code)))];
  // One cause shared by every row (a missing calendar, dossiers already open) has its own step.
  const shared = codes.length === 1 ? firstCodeStep(codes, context) : null;
  return (
    shared ??
    'Corrigez les lignes indiquées puis relancez ; rien n’a été importé. « --skip-invalid » importe les lignes valides seulement.'
  );
}

/**
 * Whether a not-found identifier names a school calendar (« académie/AAAA-AAAA ») rather than a dossier (whose
 * identifier never holds a « / »).
 *
 * @param id - the identifier of a `NotFoundError`.
 * @returns true for a calendar.
 */
export function isCalendrierId(id: string): boolean {
  return /\/\d{4}-\d{4}$/.test(id);
}

function notFoundStep(id: string): string {
  if (isCalendrierId(id)) return codeStep('calendrier.absent', {}) ?? DEFECT_STEP;
  return 'Vérifiez l’identifiant du dossier : « tremplin status » liste les dossiers de la base.';
}

/**
 * The step of a failure that carries no hint of its own.
 *
 * @param failure - what went wrong.
 * @param context - the command that failed, when known.
 * @returns one sentence, in French.
 */
export function stepFor(failure: CliFailure, context: FailureContext): string {
  switch (failure.kind) {
    case 'usage':
      return `Voir « tremplin help${context.command === undefined ? '' : ` ${context.command}`} ».`;
    case 'file':
      return `Vérifiez le chemin « ${failure.path} » et vos droits sur ce fichier, puis relancez.`;
    case 'rows':
      return rowsStep(failure, context);
    case 'conflict':
      return 'Un autre utilisateur a modifié ce dossier au même moment ; rien n’a été enregistré : relancez la commande.';
    case 'store':
      return storeStep(failure as StoreFailure, context.db, DEFECT_STEP);
    case 'not-found':
      return notFoundStep(failure.id);
    case 'permission':
      return `Agissez avec le rôle et le périmètre qui conviennent (--as rôle:identifiant,…) : « tremplin help ${context.command ?? 'record'} » en donne les formes.`;
    case 'refusal':
      return refusalStep(failure.reasons, context);
    case 'validation':
      return validationStep(failure.issues, context);
    case 'internal':
      return DEFECT_STEP;
  }
}
