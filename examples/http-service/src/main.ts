/**
 * `npm start`: the service on http://127.0.0.1:8080 (or `PORT`), over an in-memory store holding one
 * stagiaire of the académie de La Réunion, nominated on 1 September 2022.
 *
 * @packageDocumentation
 */
import { createServer } from 'node:http';
import { packReunion } from '@tremplin/academie-reunion';
import type { DossierEvent } from '@tremplin/core';
import { createMemoryStore } from '@tremplin/storage-memory';
import { createTremplinHandler } from './app.js';
import { createRules } from './rules.js';
import { seedDossier } from './seed.js';

const store = createMemoryStore<DossierEvent>();
const rules = createRules({ reunion: packReunion });
(await seedDossier(store, rules, 'REU-2022-0001'))._unsafeUnwrap();

const port = Number(process.env.PORT ?? 8080);
const server = createServer(createTremplinHandler({ store, rules, clock: Date.now }));
server.listen(port, '127.0.0.1', () => {
  const base = `http://127.0.0.1:${port}/dossiers/REU-2022-0001`;
  console.log(`Tremplin écoute sur ${base}`);
  console.log(`  curl ${base}`);
  console.log(`  curl '${base}/echeances?at=2022-12-05T08:00:00%2B04:00'`);
  console.log(`  curl '${base}/alertes?at=2022-12-05T08:00:00%2B04:00'`);
});
