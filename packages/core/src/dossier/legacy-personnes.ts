/**
 * Reading logs written before 0.3, when `dossier.ouvert` and the jury's frozen views carried the stagiaire's
 * NUMEN, date of birth and e-mail: the values are dropped when read, and moved to the register by the stores'
 * migration 4 (see `extractDonneesPersonnelles`).
 *
 * @packageDocumentation
 */
import {
  CHAMPS_PERSONNELS,
  type DonneesPersonnelles,
  omitDonneesPersonnelles,
} from './donnees-personnelles.js';
import { computeEmpreinte } from './empreinte.js';
import { verifyInstantane } from './instantane.js';
import type { InstantaneJury } from './instantane-schema.js';

type Json = Record<string, unknown>;

function isObjet(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function withoutInStagiaire<T>(holder: T): T {
  if (!isObjet(holder) || !isObjet(holder.stagiaire)) return holder;
  const stagiaire = omitDonneesPersonnelles(holder.stagiaire);
  return stagiaire === holder.stagiaire ? holder : ({ ...holder, stagiaire } as T);
}

/**
 * An identity (event or snapshot) without the personal fields of its stagiaire.
 *
 * @param identite - a stored identity.
 * @returns the same object when it has none.
 * @category Dossier
 */
export function omitDonneesPersonnellesIdentite<T>(identite: T): T {
  return withoutInStagiaire(identite);
}

/**
 * A frozen view without the stagiaire's personal fields. Its hash is recomputed only when the stored one
 * matched the stored content, so a view altered in storage stays detectably altered.
 *
 * @param instantane - a stored frozen view.
 * @returns the same object when it has none.
 * @remarks The hash covers what the jury read; removing the personal data (RGPD art. 5 § 1 c) changes no fact
 * the decision rests on.
 * @category Dossier
 */
export function omitDonneesPersonnellesInstantane<T>(instantane: T): T {
  if (!isObjet(instantane) || !isObjet(instantane.vue)) return instantane;
  const identite = withoutInStagiaire(instantane.vue.identite);
  if (identite === instantane.vue.identite) return instantane;
  const avant = instantane as unknown as InstantaneJury;
  const vue = { ...avant.vue, identite };
  const valide = verifyInstantane(avant);
  const apres = { ...avant, vue };
  if (!valide) return apres as unknown as T;
  const { empreinte: _ancienne, ...sansEmpreinte } = apres;
  return { ...sansEmpreinte, empreinte: recomputeEmpreinte(apres) } as unknown as T;
}

function recomputeEmpreinte(instantane: InstantaneJury): string {
  return computeEmpreinte({
    version: 1,
    sequence: instantane.sequence,
    regles: { version: instantane.regles.version, empreinte: instantane.regles.empreinte },
    vue: instantane.vue,
  });
}

/**
 * A stored event (any version, as JSON) without personal data: `dossier.ouvert`'s stagiaire and every frozen
 * view's identity lose NUMEN, date of birth and e-mail.
 *
 * @param event - a stored event.
 * @returns the same object when it holds none.
 * @category Dossier
 */
export function omitDonneesPersonnellesEvent<T>(event: T): T {
  if (!isObjet(event)) return event;
  if (event.type === 'dossier.ouvert') {
    const identite = omitDonneesPersonnellesIdentite(event.identite);
    return identite === event.identite ? event : ({ ...event, identite } as T);
  }
  if (!isObjet(event.instantane)) return event;
  const instantane = omitDonneesPersonnellesInstantane(event.instantane);
  return instantane === event.instantane ? event : ({ ...event, instantane } as T);
}

/**
 * The personal data an old `dossier.ouvert` event carried, to move them to the register (stores' migration 4).
 *
 * @param event - a stored event.
 * @returns the stagiaire's id and his values, or null when the event holds none (a value absent is `null`).
 * @category Dossier
 */
export function extractDonneesPersonnelles(
  event: unknown,
): { readonly stagiaireId: string; readonly donnees: DonneesPersonnelles } | null {
  if (!isObjet(event) || event.type !== 'dossier.ouvert' || !isObjet(event.identite)) return null;
  const stagiaire = event.identite.stagiaire;
  if (!isObjet(stagiaire) || typeof stagiaire.id !== 'string') return null;
  if (!CHAMPS_PERSONNELS.some((champ) => typeof stagiaire[champ] === 'string')) return null;
  const valeur = (champ: string) => (typeof stagiaire[champ] === 'string' ? stagiaire[champ] : null);
  return {
    stagiaireId: stagiaire.id,
    donnees: {
      numen: valeur('numen'),
      dateNaissance: valeur('dateNaissance'),
      courriel: valeur('courriel'),
    } as DonneesPersonnelles,
  };
}

function sansDansListe(x: unknown): unknown {
  if (!Array.isArray(x)) return x;
  return x.map((item) =>
    isObjet(item) && isObjet(item.instantane)
      ? { ...item, instantane: omitDonneesPersonnellesInstantane(item.instantane) }
      : item,
  );
}

/**
 * A serialised state (any version, as JSON) without personal data: its identity and the frozen views of its
 * propositions, referrals and decisions.
 *
 * @param state - a serialised state.
 * @returns a copy without NUMEN, date of birth and e-mail.
 * @category Dossier
 */
export function omitDonneesPersonnellesState(state: Json): Json {
  return {
    ...state,
    identite: omitDonneesPersonnellesIdentite(state.identite),
    propositionsJury: sansDansListe(state.propositionsJury),
    saisines: sansDansListe(state.saisines),
    decisions: sansDansListe(state.decisions),
  };
}
