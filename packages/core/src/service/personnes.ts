/**
 * The service's side of the register of persons: the personal values a request carries are split off before
 * the command is checked, keyed, decided or logged, and written to the register once the command is decided.
 *
 * @packageDocumentation
 */
import { err, ok, type Result } from 'neverthrow';
import type { Acteur } from '../dossier/acteurs.js';
import {
  CHAMPS_PERSONNELS,
  type DonneesPersonnelles,
  donneesPersonnellesSchema,
  rectificationPersonnelleSchema,
} from '../dossier/donnees-personnelles.js';
import { checkDateNaissance } from '../dossier/identifiants.js';
import type { DossierIdentite, Stagiaire } from '../dossier/identite.js';
import type { DossierState } from '../dossier/state.js';
import {
  issue,
  type Refusal,
  refusal,
  refusalReason,
  type SourceRef,
  type StoreFailure,
  type ValidationError,
  validationError,
} from '../errors.js';
import type { RegistrePersonnes } from '../ports/personnes.js';
import { issuesFromZod } from '../referentiel/zod-issues.js';
import type { Command, CommandOf } from '../workflow/commands.js';
import { rgpd } from '../workflow/sources-rgpd.js';
import type { KeyedEvent } from './decide.js';

/**
 * How long the personal data are kept after a dossier is closed before an erasure on the ground « données plus
 * nécessaires » is accepted.
 *
 * @remarks RGPD art. 5 § 1 e) (storage limitation) and art. 17 § 3 b). Assumption: the duration of keeping a
 * fonctionnaire's dossier individuel is not verified in Tremplin's reference texts, so no default is given;
 * the host sets it from its archiving rules (and cites them in `source`).
 * @category Service
 */
export interface ConservationPersonnes {
  /** Whole years after the dossier's closing act. */
  readonly annees: number;
  /** The rule the host applies (its archiving circular). */
  readonly source?: SourceRef;
}

/**
 * The register of persons the service writes to.
 *
 * @category Service
 */
export interface PersonnesOptions {
  /** Where the personal data live. */
  readonly registre: RegistrePersonnes;
  /**
   * The retention period; absent, an erasure on the ground « données plus nécessaires » is refused (the host
   * has not said how long the record is kept).
   */
  readonly conservation?: ConservationPersonnes;
}

/**
 * What a request asks of the register, split off the command.
 *
 * @category Service
 */
export type EcriturePersonne =
  | { readonly kind: 'ouvrir'; readonly donnees: DonneesPersonnelles }
  | { readonly kind: 'rectifier'; readonly valeurs: Partial<DonneesPersonnelles> }
  | { readonly kind: 'effacer' };

type Json = Record<string, unknown>;

function isObjet(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function invalide(issues: ReturnType<typeof issuesFromZod>): ValidationError {
  // zod's issues carry the path and the rule, never the value given: nothing personal is echoed.
  return validationError('Les données personnelles sont invalides.', issues);
}

function splitOuvrir(
  command: Json,
): Result<{ command: Json; ecriture: EcriturePersonne | null }, ValidationError> {
  const identite = command.identite;
  if (!isObjet(identite) || !isObjet(identite.stagiaire)) return ok({ command, ecriture: null });
  const { numen, dateNaissance, courriel, ...stagiaire } = identite.stagiaire;
  if (!CHAMPS_PERSONNELS.some((champ) => champ in (identite.stagiaire as Json))) {
    return ok({ command, ecriture: null });
  }
  const sans = { ...command, identite: { ...identite, stagiaire } };
  const parsed = donneesPersonnellesSchema.safeParse({
    numen: numen ?? null,
    dateNaissance: dateNaissance ?? null,
    courriel: courriel ?? null,
  });
  if (!parsed.success)
    return err(invalide(issuesFromZod(parsed.error, ['command', 'identite', 'stagiaire'])));
  const donnees = parsed.data;
  const debut = identite.dateNominationPrevue;
  if (donnees.dateNaissance !== null && typeof debut === 'string') {
    const path = ['command', 'identite', 'stagiaire', 'dateNaissance'];
    const implausible = checkDateNaissance(donnees.dateNaissance, debut, path);
    if (implausible !== null) return err(invalide([implausible]));
  }
  const vide = CHAMPS_PERSONNELS.every((champ) => donnees[champ] === null);
  return ok({ command: sans, ecriture: vide ? null : { kind: 'ouvrir', donnees } });
}

function splitRectifier(
  command: Json,
): Result<{ command: Json; ecriture: EcriturePersonne }, ValidationError> {
  const { valeurs, ...reste } = command;
  const parsed = rectificationPersonnelleSchema.safeParse(valeurs);
  if (!parsed.success) return err(invalide(issuesFromZod(parsed.error, ['command', 'valeurs'])));
  const champs = CHAMPS_PERSONNELS.filter((champ) => champ in parsed.data);
  return ok({
    command: { ...reste, champs },
    ecriture: { kind: 'rectifier', valeurs: parsed.data as Partial<DonneesPersonnelles> },
  });
}

/**
 * Splits the personal values off a request's command: `dossier.ouvrir`'s `identite.stagiaire.{numen,
 * dateNaissance, courriel}`, `identite.rectifier`'s `valeurs` (the command then names the fields in
 * `champs`). Other commands pass through.
 *
 * @param command - the command as received.
 * @returns the command without personal values, and what to write to the register (null: nothing); a
 * `ValidationError` naming the field (never the value) when a value is malformed.
 * @category Service
 */
export function splitDonneesPersonnelles(
  command: unknown,
): Result<{ readonly command: unknown; readonly ecriture: EcriturePersonne | null }, ValidationError> {
  if (!isObjet(command)) return ok({ command, ecriture: null });
  if (command.type === 'dossier.ouvrir') return splitOuvrir(command);
  if (command.type === 'identite.rectifier') return splitRectifier(command);
  if (command.type === 'identite.effacer') return ok({ command, ecriture: { kind: 'effacer' } });
  return ok({ command, ecriture: null });
}

/**
 * The error of a request carrying personal data to a service without a register.
 *
 * @returns a `ValidationError` (code `personnes.registre-absent`).
 * @category Service
 */
export function missingRegistre(): ValidationError {
  return validationError(
    'Aucun registre des personnes : les données personnelles ne peuvent être enregistrées.',
    [
      issue(
        'personnes.registre-absent',
        'Donnez un registre des personnes au service (`createTremplin({ personnes: { registre } })`), ou retirez NUMEN, date de naissance et courriel de la commande.',
        ['command'],
      ),
    ],
  );
}

function anneesApres(instant: string, annees: number): string {
  const annee = Number.parseInt(instant.slice(0, 4), 10) + annees;
  return `${String(annee).padStart(4, '0')}${instant.slice(4, 10)}`;
}

/**
 * Checks the retention rule before an erasure on the ground « données plus nécessaires »: the host must have
 * set the retention period, and it must have run since the dossier's last act (its log's last event other than
 * the register's audit entries).
 *
 * @param command - the decided command.
 * @param events - the dossier's log.
 * @param at - the instant of the request.
 * @param conservation - the host's retention period.
 * @returns nothing, or a refusal (codes `identite.conservation-non-fixee`, `identite.conservation`).
 * @remarks RGPD art. 5 § 1 e) and art. 17 § 3 b).
 * @category Service
 */
export function checkConservation(
  command: Command,
  events: readonly KeyedEvent[],
  at: string,
  conservation: ConservationPersonnes | undefined,
): Result<void, Refusal> {
  if (command.type !== 'identite.effacer' || command.fondement !== 'donnees-plus-necessaires')
    return ok(undefined);
  if (conservation === undefined) {
    return err(
      refusal([
        refusalReason(
          'identite.conservation-non-fixee',
          'Aucune durée de conservation n’est fixée : l’effacement au motif « données plus nécessaires » est refusé.',
          rgpd.article5Paragraphe1e,
        ),
      ]),
    );
  }
  const actes = events.filter((e) => !e.event.type.startsWith('identite.'));
  const dernier = actes.at(-1)?.event.le ?? at;
  const fin = anneesApres(dernier, Math.max(0, Math.trunc(conservation.annees)));
  if (at.slice(0, 10) < fin) {
    return err(
      refusal([
        refusalReason(
          'identite.conservation',
          `Les données personnelles sont conservées jusqu’au ${fin} (${conservation.annees} ans après le dernier acte du dossier).`,
          conservation.source ?? rgpd.article17Paragraphe3,
        ),
      ]),
    );
  }
  return ok(undefined);
}

function acteurRef(acteur: Acteur): string {
  return `${acteur.role}:${acteur.id}`;
}

/**
 * Writes what a decided request asks of the register: the values of an opened dossier or a rectification (merged
 * with the record), or the erasure.
 *
 * @param registre - the register.
 * @param ecriture - what to write.
 * @param state - the dossier after the command (for the stagiaire's id).
 * @param acteur - who acts.
 * @param at - when.
 * @returns nothing, or the register's failure.
 * @category Service
 */
export async function writeEcriturePersonne(
  registre: RegistrePersonnes,
  ecriture: EcriturePersonne,
  state: DossierState,
  acteur: Acteur,
  at: string,
): Promise<Result<void, StoreFailure | ValidationError>> {
  const stagiaireId = state.identite.stagiaire.id;
  const meta = { stagiaireId, rectifieLe: at, rectifiePar: acteurRef(acteur) };
  if (ecriture.kind === 'effacer') {
    const erased = await registre.erase(stagiaireId);
    return erased.map(() => undefined);
  }
  if (ecriture.kind === 'ouvrir') return registre.put({ ...ecriture.donnees, ...meta });
  const current = await registre.get(stagiaireId);
  if (current.isErr()) return err(current.error);
  const base: DonneesPersonnelles = current.value ?? { numen: null, dateNaissance: null, courriel: null };
  const donnees = {
    numen: base.numen,
    dateNaissance: base.dateNaissance,
    courriel: base.courriel,
    ...ecriture.valeurs,
  };
  return registre.put({ ...donnees, ...meta });
}

/**
 * `dossier.ouvrir` as a host sends it to the service: the stagiaire may carry his NUMEN, date of birth and
 * e-mail, which the service writes to the register (never to the log).
 *
 * @category Service
 */
export type OuvertureAvecDonnees = Omit<CommandOf<'dossier.ouvrir'>, 'identite'> & {
  readonly identite: Omit<DossierIdentite, 'stagiaire'> & {
    readonly stagiaire: Stagiaire & Partial<Record<keyof DonneesPersonnelles, string | null>>;
  };
};

/**
 * `identite.rectifier` as a host sends it to the service: the new values, whose fields become `champs`.
 *
 * @category Service
 */
export interface RectificationAvecValeurs {
  readonly type: 'identite.rectifier';
  readonly valeurs: Partial<Record<keyof DonneesPersonnelles, string | null>>;
  readonly motif: string;
}

/**
 * A command as a host sends it to the service: any workflow command, or one carrying personal values.
 *
 * @category Service
 */
export type CommandeService = Command | OuvertureAvecDonnees | RectificationAvecValeurs;
