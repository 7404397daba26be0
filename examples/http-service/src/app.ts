/**
 * A `node:http` request handler embedding Tremplin: it exposes a dossier, its deadlines and its alerts, and
 * records commands through the workflow, as a host application (an académie's intranet, a vendor's HR tool)
 * would.
 *
 * | Route | What |
 * | --- | --- |
 * | `GET /dossiers/:id` | the dossier's summary (no personal identifier: no NUMEN, birth date or e-mail) |
 * | `GET /dossiers/:id/echeances?at=…` | its deadlines at an instant (default: now), each with its explanation |
 * | `GET /dossiers/:id/alertes?at=…` | its alerts at that instant, with recipients and explanation |
 * | `POST /dossiers/:id/commandes` | records a command (JSON body) as the actor of `X-Tremplin-Acteur`, with `Idempotency-Key` |
 *
 * @packageDocumentation
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  type Acteur,
  type Command,
  type DossierEvent,
  type DossierState,
  dossierSummary,
  evaluateDossier,
  foldDossier,
  formatInstant,
  type Store,
  type TremplinError,
  transition,
} from '@tremplin/core';
import { acteurSchema, commandSchema } from '@tremplin/core/schemas';
import type { RulesFor } from './rules.js';

/** What the handler needs. */
export interface AppOptions {
  /** Where the dossiers' events live. */
  readonly store: Store<DossierEvent>;
  /** The compiled rules of each académie and school year. */
  readonly rules: RulesFor;
  /** The clock, in epoch milliseconds: the instant of commands, and of reads without `?at=`. */
  readonly clock: () => number;
}

/** An HTTP answer: a status and a JSON body. */
interface Answer {
  readonly status: number;
  readonly body: unknown;
}

const STATUS: Readonly<Record<TremplinError['kind'], number>> = {
  validation: 422,
  refusal: 422,
  permission: 403,
  'not-found': 404,
  conflict: 409,
  store: 503,
};

/** Every typed error of the core becomes a status and `{ error: { kind, message, … } }`. */
function failure(error: TremplinError, status = STATUS[error.kind]): Answer {
  const { cause: _cause, ...shown } = error as TremplinError & { cause?: unknown };
  return { status, body: { error: shown } };
}

function badRequest(message: string, code: string): Answer {
  return failure({ kind: 'validation', message, issues: [{ code, message, path: [] }] }, 400);
}

const MAX_BODY = 1 << 20;

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Loads and folds a dossier: `null` when it does not exist. */
async function loadState(
  store: Store<DossierEvent>,
  id: string,
): Promise<{ state: DossierState | null } | { error: TremplinError }> {
  const loaded = await store.load(id);
  if (loaded.isErr()) return loaded.error.kind === 'not-found' ? { state: null } : { error: loaded.error };
  const folded = foldDossier(loaded.value.events);
  return folded.isErr() ? { error: folded.error } : { state: folded.value };
}

/**
 * Creates the request handler.
 *
 * @param options - the store, the rules and the clock.
 * @returns a handler for `http.createServer`.
 * @example
 * ```ts
 * const server = createServer(createTremplinHandler({ store, rules: createRules({ reunion: packReunion }), clock: Date.now }));
 * server.listen(8080, '127.0.0.1');
 * ```
 */
export function createTremplinHandler(
  options: AppOptions,
): (req: IncomingMessage, res: ServerResponse) => void {
  const { store, rules, clock } = options;

  const summary = async (id: string): Promise<Answer> => {
    const loaded = await loadState(store, id);
    if ('error' in loaded) return failure(loaded.error);
    if (loaded.state === null) return failure({ kind: 'not-found', message: `Aucun dossier ${id}.`, id });
    const s = loaded.state;
    const { id: stagiaireId, nom, prenom } = s.identite.stagiaire;
    return {
      status: 200,
      body: {
        ...dossierSummary(s),
        sequence: s.sequence,
        stagiaire: { id: stagiaireId, nom, prenom },
        stage: s.stage,
      },
    };
  };

  const evaluation = async (id: string, at: string | null, part: 'deadlines' | 'alerts'): Promise<Answer> => {
    const loaded = await loadState(store, id);
    if ('error' in loaded) return failure(loaded.error);
    if (loaded.state === null) return failure({ kind: 'not-found', message: `Aucun dossier ${id}.`, id });
    const { academie, anneeScolaire } = loaded.state.identite;
    const compiled = rules(academie, anneeScolaire);
    if (compiled.isErr()) return failure(compiled.error);
    const evaluated = evaluateDossier(loaded.state, at ?? clock(), compiled.value);
    if (evaluated.isErr()) return failure(evaluated.error, 400);
    const { instant, today } = evaluated.value;
    return { status: 200, body: { dossierId: id, instant, today, [part]: evaluated.value[part] } };
  };

  const record = async (id: string, req: IncomingMessage): Promise<Answer> => {
    const actorHeader = req.headers['x-tremplin-acteur'];
    const key = req.headers['idempotency-key'];
    // In production the actor comes from the authenticated session, never from the client as here.
    let acteur: Acteur;
    try {
      const parsed = acteurSchema.safeParse(JSON.parse(String(actorHeader)));
      if (!parsed.success) return badRequest('En-tête X-Tremplin-Acteur invalide.', 'acteur.invalide');
      acteur = parsed.data;
    } catch {
      return badRequest('En-tête X-Tremplin-Acteur manquant ou illisible (JSON attendu).', 'acteur.absent');
    }
    if (typeof key !== 'string' || key === '') {
      return badRequest('En-tête Idempotency-Key manquant.', 'cle-idempotence.absente');
    }
    const text = await readBody(req);
    if (text === null) return badRequest('Corps de requête trop long.', 'corps.trop-long');
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return badRequest('Corps de requête illisible : JSON attendu.', 'corps.json');
    }
    const parsed = commandSchema.safeParse(json);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({
        code: `commande.${i.code}`,
        message: i.message,
        path: i.path.map((p) => (typeof p === 'number' ? p : String(p))),
      }));
      return failure({ kind: 'validation', message: 'Commande invalide.', issues }, 400);
    }
    const command: Command = parsed.data;
    if (command.type === 'dossier.ouvrir' && command.dossierId !== id) {
      return badRequest(
        `La commande ouvre ${command.dossierId}, l’adresse désigne ${id}.`,
        'dossier.identifiant',
      );
    }
    // Optimistic concurrency: another request may append between our read and our write; the store then
    // answers a ConflictError and we decide again on the new state.
    let conflict: TremplinError | null = null;
    for (let attempt = 0; attempt < 5; attempt++) {
      const loaded = await loadState(store, id);
      if ('error' in loaded) return failure(loaded.error);
      const before = loaded.state;
      if (before !== null) {
        const history = await store.history(id);
        if (history.isErr()) return failure(history.error);
        const done = history.value.commands.find((c) => c.idempotencyKey === key);
        if (done !== undefined) {
          return {
            status: 200,
            body: {
              dossierId: id,
              replayed: true,
              sequence: done.lastSequence,
              events: done.events.map((e) => e.event.type),
            },
          };
        }
      }
      const identite = before?.identite ?? (command.type === 'dossier.ouvrir' ? command.identite : null);
      if (identite === null) return failure({ kind: 'not-found', message: `Aucun dossier ${id}.`, id });
      const compiled = rules(identite.academie, identite.anneeScolaire);
      if (compiled.isErr()) return failure(compiled.error);
      const now = formatInstant(clock(), compiled.value.timeZone);
      const decided = transition(before, command, { acteur, now, regles: compiled.value.workflow });
      if (decided.isErr()) return failure(decided.error);
      const base = before?.sequence ?? 0;
      const after = foldDossier(
        decided.value.map((event, i) => ({ sequence: base + i + 1, event })),
        before,
      );
      if (after.isErr()) return failure(after.error);
      const appended = await store.append({
        dossierId: id,
        expectedSequence: base,
        idempotencyKey: key,
        recordedAt: now,
        events: decided.value,
        index: dossierSummary(after.value),
      });
      if (appended.isOk()) {
        return {
          status: appended.value.replayed ? 200 : 201,
          body: {
            dossierId: id,
            replayed: appended.value.replayed,
            sequence: appended.value.lastSequence,
            etat: after.value.etat,
            events: decided.value.map((e) => e.type),
          },
        };
      }
      if (appended.error.kind !== 'conflict') return failure(appended.error);
      conflict = appended.error;
    }
    return failure(conflict ?? { kind: 'not-found', message: `Aucun dossier ${id}.`, id });
  };

  const route = async (req: IncomingMessage): Promise<Answer> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const match = /^\/dossiers\/([^/]+)(?:\/(echeances|alertes|commandes))?$/.exec(url.pathname);
    if (match === null)
      return failure({ kind: 'not-found', message: `Aucune ressource ${url.pathname}.`, id: url.pathname });
    const id = decodeURIComponent(match[1] as string);
    const part = match[2];
    const method = part === 'commandes' ? 'POST' : 'GET';
    if (req.method !== method)
      return { status: 405, body: { error: { kind: 'method', message: `${method} attendu.` } } };
    if (part === 'commandes') return record(id, req);
    if (part === undefined) return summary(id);
    return evaluation(id, url.searchParams.get('at'), part === 'echeances' ? 'deadlines' : 'alerts');
  };

  return (req, res) => {
    route(req)
      .catch(
        (error: unknown): Answer => ({
          status: 500,
          body: { error: { kind: 'internal', message: String(error) } },
        }),
      )
      .then(({ status, body }) => {
        const text = JSON.stringify(body);
        res.writeHead(status, {
          'content-type': 'application/json; charset=utf-8',
          'content-length': Buffer.byteLength(text),
          ...(status === 405 ? { allow: req.url?.endsWith('/commandes') ? 'POST' : 'GET' } : {}),
        });
        res.end(text);
      });
  };
}
