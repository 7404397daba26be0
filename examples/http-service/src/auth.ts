/**
 * Who is acting: a signed token (JWT, HS256) verified with `jose`, its claims checked with zod and turned into
 * the `Acteur` the workflow checks. This is the service's trust boundary: nothing the client says about itself
 * is believed unless the identity provider signed it.
 *
 * @packageDocumentation
 */
import {
  type Acteur,
  type ActeurResolver,
  type PermissionDenied,
  type RefusalReason,
  type ValidationError,
  validationError,
} from '@tremplin/core';
import { acteurSchema } from '@tremplin/core/schemas';
import { errors, jwtVerify } from 'jose';
import { err, ok, type Result } from 'neverthrow';
import { z } from 'zod';

/** How tokens are checked: the shared secret of the identity provider, and who issues them for whom. */
export interface TokenOptions {
  /** The HS256 secret shared with the identity provider: at least 32 bytes. */
  readonly secret: Uint8Array;
  /** The `iss` a token must carry (the identity provider). */
  readonly issuer: string;
  /** The `aud` a token must carry (this service). */
  readonly audience: string;
}

/** What the handler hands to the service as `acteur`: the `Authorization` header and the request's instant. */
export interface RequestCredentials {
  /** The `Authorization` header as received (`Bearer <JWT>`), or `undefined`. */
  readonly authorization: string | undefined;
  /** The instant of the request (ISO 8601): a token is checked for expiry at that instant. */
  readonly at: string;
}

/** The code of every reason given when a request is not authenticated: the handler answers them with 401. */
export const AUTHENTICATION_CODE_PREFIX = 'authentification.';

/**
 * The claims a token must carry: `sub` is the person's identifier, `tremplin` the role and the scope in which
 * he acts (`{ "role": "tuteur" }`, `{ "role": "rectorat", "academie": "reunion" }`…).
 */
const claimsSchema = z.object({
  sub: z.string().min(1).max(200),
  tremplin: z.record(z.string(), z.unknown()),
});

function unauthenticated(code: string, message: string): PermissionDenied {
  const reason: RefusalReason = { code: `${AUTHENTICATION_CODE_PREFIX}${code}`, message };
  return {
    kind: 'permission',
    message: 'Requête non authentifiée : la commande n’est pas enregistrée.',
    reasons: [reason],
  };
}

/** Why jose refused a token, in French. */
function describeJoseError(error: unknown): PermissionDenied {
  if (error instanceof errors.JWTExpired) return unauthenticated('jeton-expire', 'Le jeton a expiré.');
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'aud') return unauthenticated('audience', 'Le jeton n’est pas destiné à ce service.');
    if (error.claim === 'iss')
      return unauthenticated('emetteur', 'Le jeton n’a pas été émis par le fournisseur d’identité attendu.');
    return unauthenticated('revendication', `La revendication « ${error.claim} » du jeton est invalide.`);
  }
  if (error instanceof errors.JOSEAlgNotAllowed) {
    return unauthenticated('algorithme', 'Le jeton n’est pas signé avec l’algorithme attendu (HS256).');
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) {
    return unauthenticated('signature', 'La signature du jeton est invalide.');
  }
  return unauthenticated('jeton-illisible', 'Le jeton est illisible.');
}

/**
 * Checks the options of token verification.
 *
 * @param options - the secret, the issuer and the audience.
 * @returns the options, or a `ValidationError` when the secret is shorter than 32 bytes (HS256 needs 256 bits).
 */
export function checkTokenOptions(options: TokenOptions): Result<TokenOptions, ValidationError> {
  if (options.secret.byteLength >= 32 && options.issuer !== '' && options.audience !== '') return ok(options);
  return err(
    validationError('Configuration de l’authentification invalide.', [
      {
        code: 'authentification.configuration',
        message: 'Le secret HS256 doit compter au moins 32 octets, l’émetteur et l’audience être renseignés.',
        path: [],
      },
    ]),
  );
}

/**
 * Verifies the bearer token of a request and builds its actor.
 *
 * @param credentials - the `Authorization` header and the request's instant.
 * @param options - the secret, the issuer and the audience.
 * @returns the actor, or a `PermissionDenied` whose reason's code starts with `authentification.`.
 * @remarks Only HS256 is accepted (never `none`, never another algorithm the token names); `iss`, `aud` and
 * `exp` are required and checked, the expiry at the request's instant rather than the machine's clock.
 */
export async function verifyActeur(
  credentials: RequestCredentials,
  options: TokenOptions,
): Promise<Result<Acteur, PermissionDenied>> {
  const match = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/.exec(credentials.authorization ?? '');
  if (match === null) {
    return err(
      unauthenticated('jeton-absent', 'En-tête « Authorization: Bearer <jeton> » manquant ou mal formé.'),
    );
  }
  let payload: unknown;
  try {
    ({ payload } = await jwtVerify(match[1] as string, options.secret, {
      algorithms: ['HS256'],
      issuer: options.issuer,
      audience: options.audience,
      requiredClaims: ['exp', 'sub'],
      currentDate: new Date(credentials.at),
    }));
  } catch (error) {
    return err(describeJoseError(error));
  }
  const claims = claimsSchema.safeParse(payload);
  const acteur = claims.success
    ? acteurSchema.safeParse({ ...claims.data.tremplin, id: claims.data.sub })
    : null;
  if (acteur === null || !acteur.success) {
    return err(
      unauthenticated('revendications', 'Le jeton ne dit pas qui agit, ni dans quel rôle et quel périmètre.'),
    );
  }
  return ok(acteur.data);
}

/**
 * The service's actor resolver: every command's actor comes from a verified token.
 *
 * @param options - the secret, the issuer and the audience.
 * @returns the resolver to give `createTremplin`.
 */
export function createTokenResolver(options: TokenOptions): ActeurResolver<RequestCredentials> {
  return (credentials) => verifyActeur(credentials, options);
}
