// The service on a real socket: started on port 0 on 127.0.0.1, requested with fetch, over an in-memory store
// and the Réunion pack, with a clock the test moves and tokens signed here as an identity provider would.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { packReunion } from '@tremplin/academie-reunion';
import { createRulesRegistry, createTremplin, type DossierEvent } from '@tremplin/core';
import { createMemoryStore } from '@tremplin/storage-memory';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTremplinHandler } from '../src/app.js';
import { ouvertureReunion, seedDossier } from '../src/seed.js';

const SECRET = new TextEncoder().encode('un secret de test de plus de trente-deux octets');
const ISSUER = 'https://idp.exemple.ac-reunion.fr';
const AUDIENCE = 'tremplin-http';
const RECTORAT = { role: 'rectorat', academie: 'reunion' };
const TUTEUR = { role: 'tuteur' };

const store = createMemoryStore<DossierEvent>();
let now = Date.parse('2022-07-15T10:00:00+04:00');
let server: Server;
let base = '';

beforeAll(async () => {
  const rules = createRulesRegistry({ packs: [packReunion] })._unsafeUnwrap();
  const token = { secret: SECRET, issuer: ISSUER, audience: AUDIENCE };
  server = createServer(createTremplinHandler({ store, rules, token, clock: () => now }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

interface TokenSpec {
  readonly sub?: string;
  readonly scope?: Record<string, unknown>;
  readonly audience?: string;
  readonly issuer?: string;
  /** Seconds of validity from the test's clock (negative: already expired). */
  readonly ttl?: number;
  readonly secret?: Uint8Array;
}

/** A token as the identity provider signs it, valid an hour from the test's clock. */
function sign(spec: TokenSpec = {}): Promise<string> {
  const iat = Math.floor(now / 1000);
  return new SignJWT({ tremplin: spec.scope ?? RECTORAT })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(spec.sub ?? 'dpe-974')
    .setIssuer(spec.issuer ?? ISSUER)
    .setAudience(spec.audience ?? AUDIENCE)
    .setIssuedAt(iat)
    .setExpirationTime(iat + (spec.ttl ?? 3600))
    .sign(spec.secret ?? SECRET);
}

const rectorat = () => sign();
const tuteur = (sub = 'tut-974-12') => sign({ sub, scope: TUTEUR });

async function post(path: string, command: unknown, token: string | null, key: string) {
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'idempotency-key': key,
      ...(token === null ? {} : { authorization: `Bearer ${token}` }),
    },
    body: JSON.stringify(command),
  });
  const body = (await response.json()) as Record<string, unknown>;
  return { status: response.status, body, authenticate: response.headers.get('www-authenticate') };
}

async function get(path: string, token: string | null = null) {
  const response = await fetch(`${base}${path}`, {
    headers: { authorization: `Bearer ${token ?? (await rectorat())}` },
  });
  expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** How many events the dossier holds: what a refused request must leave unchanged. */
async function written(id: string): Promise<number> {
  const loaded = await store.load(id);
  return loaded.isOk() ? loaded.value.events.length : 0;
}

const visite = (visiteId: string, date: string) => ({
  type: 'visite.realiser',
  visiteId,
  nature: 'visite-formative',
  date,
  pointsAppui: [],
  competencesATravailler: [],
  conseils: ['Ritualiser l’entrée en classe.'],
  axesDeTravail: [],
});

describe('recording commands through the service', () => {
  it('opens a dossier and nominates the stagiaire with the rectorat’s token', async () => {
    const opened = await post(
      '/dossiers/REU-1/commandes',
      ouvertureReunion('REU-1'),
      await rectorat(),
      'ouv-1',
    );
    expect(opened).toMatchObject({
      status: 201,
      body: { sequence: 1, etat: 'ouvert', replayed: false, events: ['dossier.ouvert'] },
    });
    now = Date.parse('2022-09-01T08:00:00+04:00');
    const nominated = await post(
      '/dossiers/REU-1/commandes',
      { type: 'nomination.prononcer' },
      await rectorat(),
      'nom-1',
    );
    expect(nominated).toMatchObject({ status: 201, body: { sequence: 2, etat: 'en-stage' } });
  });

  it('answers a retry with the same Idempotency-Key with the original result, even when it arrives later', async () => {
    const again = await post(
      '/dossiers/REU-1/commandes',
      { type: 'nomination.prononcer' },
      await rectorat(),
      'nom-1',
    );
    expect(again).toMatchObject({
      status: 200,
      body: { replayed: true, sequence: 2, events: ['stagiaire.nomme'] },
    });
    now += 90_000;
    const later = await post(
      '/dossiers/REU-1/commandes',
      { type: 'nomination.prononcer' },
      await rectorat(),
      'nom-1',
    );
    expect(later).toMatchObject({ status: 200, body: { replayed: true, sequence: 2 } });
    expect(await written('REU-1')).toBe(2);
  });

  it('refuses another command under a key already used (422), and writes nothing', async () => {
    const reused = await post(
      '/dossiers/REU-1/commandes',
      visite('v0', '2022-09-05'),
      await tuteur(),
      'nom-1',
    );
    expect(reused.status).toBe(422);
    expect(reused.body).toMatchObject({
      error: {
        kind: 'validation',
        issues: [{ code: 'cle-idempotence.reutilisee', path: ['idempotencyKey'] }],
      },
    });
    expect(await written('REU-1')).toBe(2);
  });

  it('records the tuteur’s visit, and refuses it (403) from a tuteur who is not his', async () => {
    now = Date.parse('2022-09-12T16:00:00+04:00');
    const refused = await post(
      '/dossiers/REU-1/commandes',
      visite('v1', '2022-09-12'),
      await tuteur('tut-autre'),
      'v1-x',
    );
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({
      error: { kind: 'permission', reasons: [{ code: 'permission.perimetre' }] },
    });
    const recorded = await post(
      '/dossiers/REU-1/commandes',
      visite('v1', '2022-09-12'),
      await tuteur(),
      'v1',
    );
    expect(recorded).toMatchObject({ status: 201, body: { sequence: 3, events: ['visite.realisee'] } });
  });

  it('refuses a command the workflow does not allow, with every reason', async () => {
    const tooEarly = await post(
      '/dossiers/REU-1/commandes',
      visite('v2', '2022-12-24'),
      await tuteur(),
      'v2',
    );
    expect(tooEarly.status).toBe(422);
    expect(tooEarly.body).toMatchObject({ error: { kind: 'refusal' } });
    const reasons = (tooEarly.body.error as { reasons: { code: string; message: string }[] }).reasons;
    expect(reasons.length).toBeGreaterThan(0);
    for (const r of reasons) expect(r.message.length).toBeGreaterThan(0);
  });

  it('keeps every one of simultaneous commands on the same dossier, deciding again after a conflict', async () => {
    now = Date.parse('2022-10-20T16:00:00+04:00');
    const token = await tuteur();
    const days = ['2022-10-03', '2022-10-04', '2022-10-05', '2022-10-06', '2022-10-07', '2022-10-10'];
    const results = await Promise.all(
      days.map((d) => post('/dossiers/REU-1/commandes', visite(`c-${d}`, d), token, `c-${d}`)),
    );
    expect(results.map((r) => r.status)).toEqual(days.map(() => 201));
    expect(results.map((r) => r.body.sequence).sort()).toEqual([4, 5, 6, 7, 8, 9]);
    expect((await get('/dossiers/REU-1')).body.sequence).toBe(9);
  });
});

describe('authentication: only a token the identity provider signed for this service', () => {
  const attempt = (token: string | null) =>
    post('/dossiers/REU-1/commandes', visite('v-auth', '2022-10-17'), token, 'v-auth');

  it.each([
    ['no token', async () => null, 'authentification.jeton-absent'],
    [
      'a token signed with another secret',
      () => sign({ scope: TUTEUR, sub: 'tut-974-12', secret: new Uint8Array(32) }),
      'authentification.signature',
    ],
    [
      'an expired token',
      () => sign({ scope: TUTEUR, sub: 'tut-974-12', ttl: -1 }),
      'authentification.jeton-expire',
    ],
    [
      'a token for another audience',
      () => sign({ scope: TUTEUR, sub: 'tut-974-12', audience: 'autre-service' }),
      'authentification.audience',
    ],
    [
      'a token from another issuer',
      () => sign({ scope: TUTEUR, sub: 'tut-974-12', issuer: 'https://ailleurs.example' }),
      'authentification.emetteur',
    ],
    ['a token without role', () => sign({ scope: {}, sub: 'tut-974-12' }), 'authentification.revendications'],
  ])('refuses %s with 401 and writes nothing', async (_label, make, code) => {
    const before = await written('REU-1');
    const refused = await attempt(await make());
    expect(refused.status).toBe(401);
    expect(refused.authenticate).toMatch(/^Bearer /);
    expect(refused.body).toMatchObject({ error: { kind: 'permission', reasons: [{ code }] } });
    expect(await written('REU-1')).toBe(before);
  });

  it('refuses a token whose claims were changed after signing (a tuteur made rectorat)', async () => {
    const [header, , signature] = (await tuteur()).split('.');
    const forged = Buffer.from(
      JSON.stringify({
        sub: 'dpe-974',
        tremplin: RECTORAT,
        iss: ISSUER,
        aud: AUDIENCE,
        exp: now / 1000 + 3600,
      }),
    ).toString('base64url');
    const refused = await post(
      '/dossiers/REU-1/commandes',
      { type: 'stage.prolonger' },
      `${header}.${forged}.${signature}`,
      'forge',
    );
    expect(refused).toMatchObject({
      status: 401,
      body: { error: { reasons: [{ code: 'authentification.signature' }] } },
    });
  });

  it('refuses an unsigned token (alg none)', async () => {
    const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const unsigned = `${part({ alg: 'none' })}.${part({ sub: 'dpe-974', tremplin: RECTORAT, iss: ISSUER, aud: AUDIENCE, exp: now / 1000 + 3600 })}.`;
    const refused = await attempt(unsigned);
    expect(refused.status).toBe(401);
    expect(await written('REU-1')).toBe(9);
  });

  it('checks expiry at the request’s instant: a token valid now is refused an hour later', async () => {
    const token = await tuteur();
    now += 3_601_000;
    expect((await attempt(token)).status).toBe(401);
    expect((await get('/dossiers/REU-1', token)).status).toBe(401);
  });

  it('needs a token to read too', async () => {
    const anonymous = await fetch(`${base}/dossiers/REU-1`);
    expect(anonymous.status).toBe(401);
  });

  it.each([
    ['acteur', { role: 'rectorat', id: 'dpe-1', academie: 'reunion' }],
    ['auteur', { role: 'rectorat', id: 'dpe-1' }],
  ])(
    'refuses a body that names the actor (%s) with 422, whatever the token, and writes nothing',
    async (champ, valeur) => {
      const before = await written('REU-1');
      const body = { ...visite('v-corps', '2022-10-18'), [champ]: valeur };
      const refused = await post('/dossiers/REU-1/commandes', body, await tuteur(), `v-corps-${champ}`);
      expect(refused.status).toBe(422);
      expect(refused.body).toMatchObject({
        error: { kind: 'validation', issues: [{ code: 'corps.acteur-declare' }] },
      });
      expect(await written('REU-1')).toBe(before);
    },
  );

  it('records as the token’s actor: a tuteur’s token cannot act as the rectorat', async () => {
    const refused = await post(
      '/dossiers/REU-1/commandes',
      {
        type: 'conge.enregistrer',
        congeId: 'c-jeton',
        nature: 'maladie-ordinaire',
        debut: '2022-10-03',
        fin: '2022-10-04',
      },
      await tuteur(),
      'c-jeton',
    );
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({
      error: { kind: 'permission', reasons: [{ code: 'permission.role' }] },
    });
  });
});

describe('reading through the service', () => {
  it('shows the dossier without any personal identifier', async () => {
    const { status, body } = await get('/dossiers/REU-1');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      dossierId: 'REU-1',
      etat: 'en-stage',
      academie: 'reunion',
      sequence: 9,
      tuteurIds: ['tut-974-12'],
      stagiaire: { id: 'stg-974-1', nom: 'Hoarau', prenom: 'Léa' },
    });
    expect(JSON.stringify(body)).not.toMatch(/numen|dateNaissance|courriel/);
  });

  it('computes the deadlines at an instant in the académie’s zone, with their explanation', async () => {
    // « Fin novembre » in La Réunion ends at 23:59:59 on 30 November, UTC+4.
    const at = encodeURIComponent('2022-12-05T08:00:00+04:00');
    const { status, body } = await get(`/dossiers/REU-1/echeances?at=${at}`);
    expect(status).toBe(200);
    expect(body.today).toBe('2022-12-05');
    const deadlines = body.deadlines as {
      id: string;
      status: string;
      due: string;
      dueAt: string;
      explanation: { sources: unknown[] };
    }[];
    const bilan = deadlines.find((d) => d.id === 'bilan-intermediaire/tuteur');
    expect(bilan).toMatchObject({
      status: 'overdue',
      due: '2022-11-30',
      dueAt: '2022-11-30T23:59:59.999+04:00',
    });
    expect(bilan?.explanation.sources.length).toBeGreaterThan(0);
    const before = await get(
      `/dossiers/REU-1/echeances?at=${encodeURIComponent('2022-11-30T23:00:00+04:00')}`,
    );
    const still = (before.body.deadlines as { id: string; status: string }[]).find(
      (d) => d.id === 'bilan-intermediaire/tuteur',
    );
    expect(still?.status).toBe('due-soon');
  });

  it('lists the alerts at an instant, with their recipients', async () => {
    const at = encodeURIComponent('2022-12-05T08:00:00+04:00');
    const { status, body } = await get(`/dossiers/REU-1/alertes?at=${at}`);
    expect(status).toBe(200);
    const alerts = body.alerts as { code: string; key: string; recipients: string[] }[];
    expect(alerts.find((a) => a.key === 'BILAN_EN_RETARD:bilan-intermediaire/tuteur')).toMatchObject({
      code: 'BILAN_EN_RETARD',
      recipients: expect.arrayContaining(['tuteur']),
    });
  });

  it('uses its clock when no instant is given', async () => {
    now = Date.parse('2022-12-05T08:00:00+04:00');
    const { body } = await get('/dossiers/REU-1/echeances');
    expect(body).toMatchObject({ today: '2022-12-05', instant: '2022-12-05T08:00:00.000+04:00' });
  });

  it('gives the rectorat its académie’s cohort, evaluated dossier by dossier, and refuses it to a tuteur', async () => {
    const seeded = await seedDossier(
      createTremplin({ store, rules: createRulesRegistry({ packs: [packReunion] })._unsafeUnwrap() }),
      'REU-2',
    );
    expect(seeded.isOk()).toBe(true);
    const { status, body } = await get(
      `/cohorte/alertes?at=${encodeURIComponent('2022-12-05T08:00:00+04:00')}`,
    );
    expect(status).toBe(200);
    const dossiers = body.dossiers as { dossierId: string; alerts: { code: string }[] }[];
    expect(dossiers.map((d) => d.dossierId)).toEqual(['REU-1', 'REU-2']);
    expect(dossiers[0]?.alerts.some((a) => a.code === 'BILAN_EN_RETARD')).toBe(true);
    expect((await get('/cohorte/alertes', await tuteur())).status).toBe(403);
  });
});

describe('requests HTTP cannot take', () => {
  it('answers 400 without an Idempotency-Key or with a body that is not JSON, 422 for an invalid command', async () => {
    const token = await tuteur();
    const noKey = await fetch(`${base}/dossiers/REU-1/commandes`, {
      method: 'POST',
      body: '{}',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(noKey.status).toBe(400);
    const badJson = await fetch(`${base}/dossiers/REU-1/commandes`, {
      method: 'POST',
      body: '{',
      headers: { 'idempotency-key': 'k', authorization: `Bearer ${token}` },
    });
    expect(badJson.status).toBe(400);
    const unknown = await post('/dossiers/REU-1/commandes', { type: 'visite.inventer' }, token, 'k');
    expect(unknown).toMatchObject({
      status: 422,
      body: {
        error: { kind: 'validation', issues: [expect.objectContaining({ path: ['command', 'type'] })] },
      },
    });
    const mismatch = await post(
      '/dossiers/REU-2/commandes',
      ouvertureReunion('REU-3'),
      await rectorat(),
      'k',
    );
    expect(mismatch.status).toBe(422);
  });

  it('answers 404 for an unknown dossier or path, 405 for a wrong method', async () => {
    expect((await get('/dossiers/REU-404')).status).toBe(404);
    expect((await get('/dossiers/REU-404/alertes')).status).toBe(404);
    const absent = await post(
      '/dossiers/REU-404/commandes',
      { type: 'nomination.prononcer' },
      await rectorat(),
      'k',
    );
    expect(absent.status).toBe(404);
    expect((await get('/ailleurs')).status).toBe(404);
    const wrong = await fetch(`${base}/dossiers/REU-1/commandes`);
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('POST');
  });
});
