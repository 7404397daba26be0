/**
 * The HTTP side of the service: answers, the status of each error of the core, the body reader.
 *
 * @packageDocumentation
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TremplinError } from '@tremplin/core';
import { AUTHENTICATION_CODE_PREFIX } from './auth.js';

/** An HTTP answer: a status, a JSON body and extra headers. */
export interface Answer {
  readonly status: number;
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * The status of each kind of error. `validation` is 422: the request is well-formed JSON whose content is
 * invalid (an unknown command, a missing field, an idempotency key reused for another command — the status the
 * IETF draft « The Idempotency-Key HTTP Header Field » gives that case).
 */
const STATUS: Readonly<Record<TremplinError['kind'], number>> = {
  validation: 422,
  refusal: 422,
  permission: 403,
  'not-found': 404,
  conflict: 409,
  store: 503,
};

/** Whether a `PermissionDenied` says the request is not authenticated (rather than not allowed). */
function isUnauthenticated(error: TremplinError): boolean {
  return (
    error.kind === 'permission' && error.reasons.some((r) => r.code.startsWith(AUTHENTICATION_CODE_PREFIX))
  );
}

/**
 * Every typed error of the core becomes a status and `{ error: { kind, message, … } }`; a request that is not
 * authenticated gets 401 with `WWW-Authenticate: Bearer` (RFC 6750).
 *
 * @param error - the error.
 * @param status - a status other than the kind's.
 * @returns the answer.
 */
export function failure(error: TremplinError, status?: number): Answer {
  const { cause: _cause, ...shown } = error as TremplinError & { cause?: unknown };
  if (isUnauthenticated(error)) {
    return {
      status: 401,
      body: { error: shown },
      headers: { 'www-authenticate': 'Bearer realm="tremplin", error="invalid_token"' },
    };
  }
  return { status: status ?? STATUS[error.kind], body: { error: shown } };
}

/**
 * A request HTTP cannot read (a body that is not JSON, a missing header).
 *
 * @param message - what is wrong, in French.
 * @param code - its code.
 * @returns a 400 answer.
 */
export function badRequest(message: string, code: string): Answer {
  return failure({ kind: 'validation', message, issues: [{ code, message, path: [] }] }, 400);
}

const MAX_BODY = 1 << 20;

/**
 * Reads a request's body.
 *
 * @param req - the request.
 * @returns its text, or `null` beyond 1 MiB.
 */
export async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Writes an answer as JSON.
 *
 * @param res - the response.
 * @param answer - the status, the body and the headers.
 */
export function send(res: ServerResponse, answer: Answer): void {
  const text = JSON.stringify(answer.body);
  res.writeHead(answer.status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...answer.headers,
  });
  res.end(text);
}
