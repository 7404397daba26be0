import { packReunion } from '@tremplin/academie-reunion';
import { createRulesRegistry, createTremplin, type DossierEvent, describeError } from '@tremplin/core';
import { createMemoryStore } from '@tremplin/storage-memory';
import { ouverture } from './ouverture.js';

const rectorat = { role: 'rectorat', id: 'dpe-974', academie: 'reunion' } as const;
const commandes = [
  [ouverture, '2022-07-15T10:00:00+04:00'],
  [{ type: 'nomination.prononcer' }, '2022-09-01T08:00:00+04:00'],
] as const;

async function main(): Promise<string | undefined> {
  // 1. Les règles (le national, puis ce que La Réunion change) et un store : en mémoire ici.
  const rules = createRulesRegistry({ packs: [packReunion] });
  if (rules.isErr()) return describeError(rules.error);
  const tremplin = createTremplin({ store: createMemoryStore<DossierEvent>(), rules: rules.value });
  // 2. Les commandes : le service vérifie, le workflow décide (ou refuse, en disant pourquoi), le store garde.
  for (const [commande, at] of commandes) {
    const r = await tremplin.execute('REU-2022-0001', commande, { acteur: rectorat, at });
    if (r.isErr()) return describeError(r.error);
  }
  // 3. Les échéances et les alertes du dossier à un instant, dans le fuseau de l’académie.
  const evaluation = await tremplin.evaluate('REU-2022-0001', '2022-12-05T08:00:00+04:00');
  return evaluation.match(({ deadlines, alerts }) => {
    for (const e of deadlines.filter((d) => !d.informative)) console.log(`${e.due} ${e.status} ${e.label}`);
    for (const a of alerts) console.log(`${a.code} → ${a.recipients.join(', ')} : ${a.message}`);
    return undefined;
  }, describeError);
}
await main().then((echec) => echec === undefined || console.error(`Échec : ${echec}`));
