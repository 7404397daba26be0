/**
 * A `node:http` request handler embedding Tremplin: it exposes a dossier, its deadlines and its alerts, a
 * cohort's alerts, and records commands through the service (`createTremplin`), as a host application (an
 * académie's intranet, a vendor's HR tool) would. Every request carries `Authorization: Bearer <JWT>`, verified
 * before anything is read or written (see `auth.ts`).
 *
 * | Route | What |
 * | --- | --- |
 * | `GET /dossiers/:id` | the dossier's summary (no personal identifier: no NUMEN, birth date or e-mail) |
 * | `GET /dossiers/:id/echeances?at=…` | its deadlines at an instant (default: now), each with its explanation |
 * | `GET /dossiers/:id/alertes?at=…` | its alerts at that instant, with recipients and explanation |
 * | `GET /cohorte/alertes?at=…` | the alerts of every dossier of the rectorat's académie (rectorat only) |
 * | `POST /dossiers/:id/commandes` | records a command (JSON body) as the token's actor, under `Idempotency-Key` |
 *
 * @packageDocumentation
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  createTremplin,
  type DossierEvent,
  type RulesRegistry,
  type Store,
  summarizeDossier,
  type Tremplin,
} from '@tremplin/core';
import { createTokenResolver, type RequestCredentials, type TokenOptions, verifyActeur } from './auth.js';
import { type Answer, badRequest, failure, readBody, send } from './http.js';

/** What the handler needs. */
export interface AppOptions {
  /** Where the dossiers' events live. */
  readonly store: Store<DossierEvent>;
  /** The packs and calendars of each académie and school year. */
  readonly rules: RulesRegistry;
  /** How bearer tokens are verified. */
  readonly token: TokenOptions;
  /** The clock, in epoch milliseconds: the instant of commands, of token expiry, and of reads without `?at=`. */
  readonly clock: () => number;
}

type Service = Tremplin<RequestCredentials>;

/** Whether a body tries to say who acts (`acteur`, `auteur`): only the signed token says it. */
function claimsActeur(body: unknown): boolean {
  return (
    typeof body === 'object' &&
    body !== null &&
    (Object.hasOwn(body, 'acteur') || Object.hasOwn(body, 'auteur'))
  );
}

async function recordCommand(
  service: Service,
  id: string,
  req: IncomingMessage,
  at: string,
): Promise<Answer> {
  const key = req.headers['idempotency-key'];
  if (typeof key !== 'string' || key === '') {
    return badRequest('En-tête Idempotency-Key manquant.', 'cle-idempotence.absente');
  }
  const text = await readBody(req);
  if (text === null) return badRequest('Corps de requête trop long.', 'corps.trop-long');
  let command: unknown;
  try {
    command = JSON.parse(text);
  } catch {
    return badRequest('Corps de requête illisible : JSON attendu.', 'corps.json');
  }
  if (claimsActeur(command)) {
    const message =
      'L’acteur vient du jeton signé, jamais du corps de la requête : retirer « acteur » du corps.';
    return failure(
      { kind: 'validation', message, issues: [{ code: 'corps.acteur-declare', message, path: ['acteur'] }] },
      422,
    );
  }
  // The service validates the command, resolves the actor from the token, checks the key (a client's retry,
  // even later, is a replay), decides, appends, and decides again when another request appended in between.
  const acteur = { authorization: req.headers.authorization, at };
  const executed = await service.execute(id, command, { acteur, at, idempotencyKey: key });
  return executed.match(
    ({ replayed, state, events, idempotencyKey }) => ({
      status: replayed ? 200 : 201,
      body: {
        dossierId: id,
        replayed,
        idempotencyKey,
        sequence: state.sequence,
        etat: state.etat,
        events: events.map((e) => e.type),
      },
    }),
    (error) => failure(error),
  );
}

async function readDossier(service: Service, id: string): Promise<Answer> {
  const loaded = await service.load(id);
  if (loaded.isErr()) return failure(loaded.error);
  const s = loaded.value;
  const { id: stagiaireId, nom, prenom } = s.identite.stagiaire;
  return {
    status: 200,
    body: {
      ...summarizeDossier(s),
      sequence: s.sequence,
      stagiaire: { id: stagiaireId, nom, prenom },
      stage: s.stage,
    },
  };
}

async function readEvaluation(
  service: Service,
  id: string,
  at: string,
  part: 'deadlines' | 'alerts',
): Promise<Answer> {
  const evaluated = await service.evaluate(id, at);
  if (evaluated.isErr()) return failure(evaluated.error);
  const { instant, today } = evaluated.value;
  return { status: 200, body: { dossierId: id, instant, today, [part]: evaluated.value[part] } };
}

/** The alerts of a cohort, one dossier folded and evaluated at a time (`readCohort`). */
async function readCohortAlerts(service: Service, academie: string, at: string): Promise<Answer> {
  const dossiers: unknown[] = [];
  const skipped: unknown[] = [];
  for await (const item of service.readCohort({ academie }, { at })) {
    if (item.isErr()) return failure(item.error);
    const entry = item.value;
    if (entry.kind === 'skipped') {
      skipped.push({ dossierId: entry.dossierId, error: entry.error.message });
      continue;
    }
    const alerts = entry.evaluation.alerts.map(({ code, key, severity, due, recipients }) => ({
      code,
      key,
      severity,
      due,
      recipients,
    }));
    dossiers.push({ dossierId: entry.dossierId, etat: entry.state.etat, alerts });
  }
  return { status: 200, body: { academie, at, dossiers, skipped } };
}

const ROUTE = /^\/(?:dossiers\/([^/]+)(?:\/(echeances|alertes|commandes))?|cohorte\/alertes)$/;

async function route(service: Service, options: AppOptions, req: IncomingMessage): Promise<Answer> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const match = ROUTE.exec(url.pathname);
  if (match === null) {
    return failure({ kind: 'not-found', message: `Aucune ressource ${url.pathname}.`, id: url.pathname });
  }
  const part = match[2];
  const method = part === 'commandes' ? 'POST' : 'GET';
  if (req.method !== method) {
    return {
      status: 405,
      body: { error: { kind: 'method', message: `${method} attendu.` } },
      headers: { allow: method },
    };
  }
  // The request's instant: that of a command, and the one a token's expiry is checked at.
  const now = new Date(options.clock()).toISOString();
  if (part === 'commandes') return recordCommand(service, decodeURIComponent(match[1] as string), req, now);
  const acteur = await verifyActeur({ authorization: req.headers.authorization, at: now }, options.token);
  if (acteur.isErr()) return failure(acteur.error);
  const at = url.searchParams.get('at') ?? now;
  if (match[1] === undefined) {
    if (acteur.value.role !== 'rectorat') {
      const message = 'Seuls les services du rectorat lisent la cohorte de leur académie.';
      return failure({ kind: 'permission', message, reasons: [{ code: 'lecture.cohorte', message }] });
    }
    return readCohortAlerts(service, acteur.value.academie, at);
  }
  const id = decodeURIComponent(match[1]);
  if (part === undefined) return readDossier(service, id);
  return readEvaluation(service, id, at, part === 'echeances' ? 'deadlines' : 'alerts');
}

/**
 * Creates the request handler and the service behind it.
 *
 * @param options - the store, the rules, the token settings and the clock.
 * @returns a handler for `http.createServer`.
 * @remarks Trust boundary: the actor of a command is the one the token names, checked by the workflow against
 * the dossier (role and scope); reads need a valid token too. See the README for what stays the host's job.
 * @example
 * ```ts
 * const server = createServer(createTremplinHandler({ store, rules: registry, token, clock: Date.now }));
 * server.listen(8080, '127.0.0.1');
 * ```
 */
export function createTremplinHandler(
  options: AppOptions,
): (req: IncomingMessage, res: ServerResponse) => void {
  const service = createTremplin({
    store: options.store,
    rules: options.rules,
    resolveActeur: createTokenResolver(options.token),
    maxAttempts: 10,
    keyPrefix: 'http',
  });
  return (req, res) => {
    route(service, options, req)
      .catch(
        (): Answer => ({
          status: 500,
          body: { error: { kind: 'internal', message: 'Erreur interne du service.' } },
        }),
      )
      .then((answer) => send(res, answer));
  };
}
