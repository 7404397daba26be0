// The service on a real socket: started on port 0 on 127.0.0.1, requested with fetch, over an in-memory store
// and the Réunion pack, with a clock the test moves.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { packReunion } from '@tremplin/academie-reunion';
import type { DossierEvent } from '@tremplin/core';
import { createMemoryStore } from '@tremplin/storage-memory';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTremplinHandler } from '../src/app.js';
import { createRules } from '../src/rules.js';
import { ouvertureReunion, RECTORAT_REUNION } from '../src/seed.js';

const TUTEUR = { role: 'tuteur', id: 'tut-974-12' } as const;
let now = Date.parse('2022-07-15T10:00:00+04:00');
let server: Server;
let base = '';

beforeAll(async () => {
  const store = createMemoryStore<DossierEvent>();
  const rules = createRules({ reunion: packReunion });
  server = createServer(createTremplinHandler({ store, rules, clock: () => now }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function post(path: string, command: unknown, acteur: unknown, key: string) {
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-tremplin-acteur': JSON.stringify(acteur),
      'idempotency-key': key,
    },
    body: JSON.stringify(command),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function get(path: string) {
  const response = await fetch(`${base}${path}`);
  expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
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

describe('a node:http service embedding Tremplin', () => {
  it('opens a dossier and nominates the stagiaire, answering a repeated command with the original result', async () => {
    const opened = await post(
      '/dossiers/REU-1/commandes',
      ouvertureReunion('REU-1'),
      RECTORAT_REUNION,
      'ouv-1',
    );
    expect(opened).toMatchObject({
      status: 201,
      body: { sequence: 1, etat: 'ouvert', events: ['dossier.ouvert'] },
    });
    now = Date.parse('2022-09-01T08:00:00+04:00');
    const nominated = await post(
      '/dossiers/REU-1/commandes',
      { type: 'nomination.prononcer' },
      RECTORAT_REUNION,
      'nom-1',
    );
    expect(nominated).toMatchObject({ status: 201, body: { sequence: 2, etat: 'en-stage' } });
    const again = await post(
      '/dossiers/REU-1/commandes',
      { type: 'nomination.prononcer' },
      RECTORAT_REUNION,
      'nom-1',
    );
    expect(again).toMatchObject({ status: 200, body: { replayed: true, sequence: 2 } });
  });

  it('shows the dossier without any personal identifier', async () => {
    const { status, body } = await get('/dossiers/REU-1');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      dossierId: 'REU-1',
      etat: 'en-stage',
      academie: 'reunion',
      sequence: 2,
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

  it('records the tuteur’s visit, and refuses it from a tuteur who is not his', async () => {
    now = Date.parse('2022-09-12T16:00:00+04:00');
    const refused = await post(
      '/dossiers/REU-1/commandes',
      visite('v1', '2022-09-12'),
      { role: 'tuteur', id: 'tut-autre' },
      'v1-x',
    );
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ error: { kind: 'permission' } });
    const recorded = await post('/dossiers/REU-1/commandes', visite('v1', '2022-09-12'), TUTEUR, 'v1');
    expect(recorded).toMatchObject({ status: 201, body: { sequence: 3, events: ['visite.realisee'] } });
  });

  it('refuses a command the workflow does not allow, with every reason', async () => {
    const tooEarly = await post('/dossiers/REU-1/commandes', visite('v2', '2022-12-24'), TUTEUR, 'v2');
    expect(tooEarly.status).toBe(422);
    expect(tooEarly.body).toMatchObject({ error: { kind: 'refusal' } });
    const reasons = (tooEarly.body.error as { reasons: { code: string; message: string }[] }).reasons;
    expect(reasons.length).toBeGreaterThan(0);
    for (const r of reasons) expect(r.message.length).toBeGreaterThan(0);
  });

  it('keeps every one of simultaneous commands on the same dossier, deciding again after a conflict', async () => {
    now = Date.parse('2022-10-20T16:00:00+04:00');
    const days = ['2022-10-03', '2022-10-04', '2022-10-05', '2022-10-06', '2022-10-07', '2022-10-10'];
    const results = await Promise.all(
      days.map((d) => post('/dossiers/REU-1/commandes', visite(`c-${d}`, d), TUTEUR, `c-${d}`)),
    );
    expect(results.map((r) => r.status)).toEqual(days.map(() => 201));
    expect(results.map((r) => r.body.sequence).sort()).toEqual([4, 5, 6, 7, 8, 9]);
    expect((await get('/dossiers/REU-1')).body.sequence).toBe(9);
  });

  it('answers bad requests with 400 and what is wrong', async () => {
    const noActor = await fetch(`${base}/dossiers/REU-1/commandes`, {
      method: 'POST',
      body: '{}',
      headers: { 'idempotency-key': 'k' },
    });
    expect(noActor.status).toBe(400);
    const badJson = await fetch(`${base}/dossiers/REU-1/commandes`, {
      method: 'POST',
      body: '{',
      headers: { 'idempotency-key': 'k', 'x-tremplin-acteur': JSON.stringify(TUTEUR) },
    });
    expect(badJson.status).toBe(400);
    const unknown = await post('/dossiers/REU-1/commandes', { type: 'visite.inventer' }, TUTEUR, 'k');
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({
      error: { kind: 'validation', issues: [expect.objectContaining({ path: ['type'] })] },
    });
    const mismatch = await post(
      '/dossiers/REU-2/commandes',
      ouvertureReunion('REU-3'),
      RECTORAT_REUNION,
      'k',
    );
    expect(mismatch.status).toBe(400);
    const noOffset = await get(`/dossiers/REU-1/echeances?at=2022-12-05T08:00:00`);
    expect(noOffset.status).toBe(400);
  });

  it('answers 404 for an unknown dossier or path, 405 for a wrong method', async () => {
    expect((await get('/dossiers/REU-404')).status).toBe(404);
    expect((await get('/dossiers/REU-404/alertes')).status).toBe(404);
    expect(
      (await post('/dossiers/REU-404/commandes', { type: 'nomination.prononcer' }, RECTORAT_REUNION, 'k'))
        .status,
    ).toBe(404);
    expect((await get('/ailleurs')).status).toBe(404);
    const wrong = await fetch(`${base}/dossiers/REU-1/commandes`);
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('POST');
  });
});
