/**
 * `tremplin identite rectifier|effacer <dossier>`: rectification (RGPD art. 16) and erasure (art. 17) of a
 * stagiaire's personal data in the register of persons, each with its audit entry in the dossier's log — the
 * fields and the reason, never the values.
 *
 * @packageDocumentation
 */
import type { CommandeService } from '@tremplin/core';
import { err, ok, type Result } from 'neverthrow';
import { ACTOR_DECLARED_NOTE, describeActorOption, parseActor } from '../args/actor.js';
import { parseAt } from '../args/instant.js';
import { positionals, stringOption } from '../args/values.js';
import type { CommandOutput, CommandSpec } from '../command.js';
import { type CliFailure, usage } from '../failure.js';
import { etatLabel } from '../output/labels.js';
import { withStore } from '../store/with-store.js';
import { decideOne } from '../workflow/decide-one.js';

const USAGE_RECTIFIER =
  'tremplin identite rectifier <dossier> [--numen N] [--date-naissance AAAA-MM-JJ] [--courriel C] --motif texte --as rectorat:…';
const USAGE_EFFACER =
  'tremplin identite effacer <dossier> --fondement donnees-plus-necessaires|opposition|traitement-illicite|obligation-legale --motif texte --as rectorat:…';

/** `--numen ''` (an empty value) records the field as not known. */
function valeursOf(values: Readonly<Record<string, unknown>>): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const [option, champ] of [
    ['numen', 'numen'],
    ['date-naissance', 'dateNaissance'],
    ['courriel', 'courriel'],
  ] as const) {
    const v = values[option];
    if (typeof v === 'string') out[champ] = v === '' ? null : v;
  }
  return out;
}

function commandOf(
  action: string,
  values: Readonly<Record<string, unknown>>,
): Result<CommandeService, CliFailure> {
  const motif = typeof values.motif === 'string' ? values.motif : '';
  if (motif === '') return err(usage('--motif est obligatoire : la raison est gardée dans le journal.'));
  if (action === 'rectifier') {
    const valeurs = valeursOf(values);
    if (Object.keys(valeurs).length === 0) {
      return err(usage('Indiquez au moins un champ à rectifier.', USAGE_RECTIFIER));
    }
    return ok({ type: 'identite.rectifier', valeurs, motif });
  }
  const fondement = values.fondement;
  if (typeof fondement !== 'string') return err(usage('--fondement est obligatoire.', USAGE_EFFACER));
  return ok({ type: 'identite.effacer', motif, fondement } as CommandeService);
}

/** The `identite` command. */
export const identiteCommand: CommandSpec = {
  name: 'identite',
  summary:
    'Rectifie ou efface les données personnelles d’un stagiaire (RGPD art. 16 et 17), avec trace au journal.',
  usage: [USAGE_RECTIFIER, USAGE_EFFACER],
  description: [
    'NUMEN, date de naissance et courriel sont gardés au registre des personnes, hors du journal du dossier.',
    'La rectification remplace les valeurs données ; l’effacement supprime la fiche. Chacun ajoute au journal',
    'une entrée d’audit (identite.rectifiee, identite.effacee) qui nomme les champs et le motif, jamais les valeurs.',
    'Le rectorat agit ; le stagiaire peut le lui demander. L’effacement au motif « données plus nécessaires »',
    'attend la fin du stage (RGPD art. 17 § 3 b : obligation légale de conserver le dossier).',
    'Aucune valeur n’est affichée : « tremplin status <dossier> --sensitive » les montre.',
  ],
  options: {
    numen: {
      type: 'string',
      value: 'NUMEN',
      description: 'nouveau NUMEN (13 caractères ; vide : non renseigné)',
    },
    'date-naissance': {
      type: 'string',
      value: 'date',
      description: 'nouvelle date de naissance (AAAA-MM-JJ)',
    },
    courriel: { type: 'string', value: 'adresse', description: 'nouveau courriel' },
    fondement: {
      type: 'string',
      value: 'motif légal',
      description:
        'effacer : donnees-plus-necessaires, opposition, traitement-illicite ou obligation-legale (RGPD art. 17 § 1)',
    },
    motif: { type: 'string', value: 'texte', description: 'la raison, gardée au journal' },
    as: {
      type: 'string',
      value: 'acteur',
      description: describeActorOption(' (rectorat:dpe-1,academie=reunion)'),
    },
    at: { type: 'string', value: 'instant', description: 'instant de la commande (défaut : maintenant)' },
  },
  examples: [
    "tremplin identite rectifier D-0042 --courriel marie.payet@ac-reunion.fr --motif 'Demande du stagiaire' --as rectorat:dpe-1,academie=reunion",
    "tremplin identite effacer D-0042 --fondement traitement-illicite --motif 'Saisie sans base légale' --as rectorat:dpe-1,academie=reunion",
  ],
  async run(ctx, args) {
    const pos = positionals(args, 2, 2, `${USAGE_RECTIFIER}\n${USAGE_EFFACER}`);
    if (pos.isErr()) return err(pos.error);
    const [action = '', dossierId = ''] = pos.value;
    if (action !== 'rectifier' && action !== 'effacer') {
      return err(usage(`Action « ${action} » inconnue : rectifier ou effacer.`));
    }
    const command = commandOf(action, args.values);
    if (command.isErr()) return err(command.error);
    const acteur = parseActor(stringOption(args, 'as') ?? ctx.io.env.TREMPLIN_AS);
    if (acteur.isErr()) return err(acteur.error);
    const at = parseAt(stringOption(args, 'at'), () => ctx.io.now());
    if (at.isErr()) return err(at.error);
    return withStore<CommandOutput>(ctx, 'existing', async (opened) => {
      const decided = await decideOne(ctx, opened, {
        dossierId,
        command: command.value,
        acteur: acteur.value,
        at: at.value,
      });
      if (decided.isErr()) return err(decided.error);
      const d = decided.value;
      // The events name the fields and the reason: they are what is printed, never the values.
      return ok({
        json: {
          dossierId,
          action,
          replayed: d.replayed,
          events: d.events,
          acteur: { role: acteur.value.role, id: acteur.value.id },
          acteurDeclare: true,
          sequence: d.state.sequence,
        },
        human: (s) => [
          d.replayed
            ? `${s('green', '✓')} Déjà enregistrée : rien de nouveau.`
            : `${s('green', '✓')} ${action === 'rectifier' ? 'Données personnelles rectifiées' : 'Données personnelles effacées'} (${dossierId}, ${d.now})`,
          ...d.events.map((e) =>
            e.type === 'identite.rectifiee' ? `  + ${e.type} : ${e.champs.join(', ')}` : `  + ${e.type}`,
          ),
          `  Acteur ${acteur.value.role}:${acteur.value.id} (${ACTOR_DECLARED_NOTE}, --as)`,
          `  Dossier ${dossierId} : ${etatLabel(d.state.etat)} (séquence ${d.state.sequence})`,
        ],
      });
    });
  },
};
