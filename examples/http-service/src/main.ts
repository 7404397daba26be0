/**
 * `npm start`: the service on http://127.0.0.1:8080 (or `PORT`), over an in-memory store holding one
 * stagiaire of the académie de La Réunion, nominated on 1 September 2022.
 *
 * Tokens are checked with `TREMPLIN_JWT_SECRET` (at least 32 bytes), `TREMPLIN_JWT_ISSUER` and
 * `TREMPLIN_JWT_AUDIENCE`. Without a secret, the service makes one for its lifetime and prints a token of the
 * rectorat valid one hour, for trying it out.
 *
 * @packageDocumentation
 */
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { packReunion } from '@tremplin/academie-reunion';
import { createRulesRegistry, createTremplin, type DossierEvent, describeError } from '@tremplin/core';
import { createMemoryStore } from '@tremplin/storage-memory';
import { SignJWT } from 'jose';
import { createTremplinHandler } from './app.js';
import { checkTokenOptions } from './auth.js';
import { seedDossier } from './seed.js';

async function main(): Promise<string | undefined> {
  const env = process.env;
  const token = checkTokenOptions({
    secret: env.TREMPLIN_JWT_SECRET ? new TextEncoder().encode(env.TREMPLIN_JWT_SECRET) : randomBytes(32),
    issuer: env.TREMPLIN_JWT_ISSUER ?? 'https://idp.exemple.ac-reunion.fr',
    audience: env.TREMPLIN_JWT_AUDIENCE ?? 'tremplin-http',
  });
  if (token.isErr()) return describeError(token.error);
  const rules = createRulesRegistry({ packs: [packReunion] });
  if (rules.isErr()) return describeError(rules.error);
  const store = createMemoryStore<DossierEvent>();
  // The seed runs on the operator's machine: a service trusting its caller, not the HTTP one.
  const seeded = await seedDossier(createTremplin({ store, rules: rules.value }), 'REU-2022-0001');
  if (seeded.isErr()) return describeError(seeded.error);

  const port = Number(env.PORT ?? 8080);
  const handler = createTremplinHandler({ store, rules: rules.value, token: token.value, clock: Date.now });
  createServer(handler).listen(port, '127.0.0.1', () => {
    console.log(`Tremplin écoute sur http://127.0.0.1:${port}/dossiers/REU-2022-0001`);
  });
  if (env.TREMPLIN_JWT_SECRET === undefined) {
    const demo = await new SignJWT({ tremplin: { role: 'rectorat', academie: 'reunion' } })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('dpe-974')
      .setIssuer(token.value.issuer)
      .setAudience(token.value.audience)
      .setExpirationTime('1h')
      .sign(token.value.secret);
    console.log('Secret éphémère (TREMPLIN_JWT_SECRET absent) ; jeton du rectorat valable une heure :');
    console.log(`  curl -H 'Authorization: Bearer ${demo}' http://127.0.0.1:${port}/dossiers/REU-2022-0001`);
  }
  return undefined;
}

const echec = await main();
if (echec !== undefined) {
  console.error(`Échec : ${echec}`);
  process.exitCode = 1;
}
