/**
 * What to do when the database fails, from the driver's error code (PostgreSQL's SQLSTATE, Node's network
 * codes, SQLite's result codes) or else from the store failure's code.
 *
 * @packageDocumentation
 */
import type { StoreFailure } from '@tremplin/core';
import type { DbLocation } from './db-location.js';

/** The parts of a PostgreSQL URL a sentence names (never its password). */
interface PgTarget {
  readonly host: string;
  readonly port: string;
  readonly user: string;
  readonly database: string;
}

function pgTarget(db: DbLocation | undefined): PgTarget | null {
  if (db?.kind !== 'postgres') return null;
  try {
    const url = new URL(db.url);
    return {
      host: url.hostname === '' ? 'localhost' : url.hostname,
      port: url.port === '' ? '5432' : url.port,
      user: decodeURIComponent(url.username),
      database: decodeURIComponent(url.pathname.replace(/^\//, '')),
    };
  } catch {
    return null;
  }
}

/**
 * The driver's error code of a failure: the `code` of its cause, or of the first error an `AggregateError`
 * holds (Node tries every address of a host).
 *
 * @param cause - the driver's exception.
 * @returns the code, or undefined.
 */
function driverCode(cause: unknown): string | undefined {
  if (typeof cause !== 'object' || cause === null) return undefined;
  const code = (cause as { code?: unknown }).code;
  if (typeof code === 'string') return code;
  const errors = (cause as { errors?: unknown }).errors;
  return Array.isArray(errors) ? driverCode(errors[0]) : undefined;
}

function createdb(t: PgTarget | null): string {
  if (t === null) return 'createdb <base>';
  const user = t.user === '' ? '' : ` -U ${t.user}`;
  return `createdb -h ${t.host} -p ${t.port}${user} ${t.database}`;
}

/** Steps of PostgreSQL's connection errors. */
function postgresStep(code: string, db: DbLocation | undefined): string | null {
  const t = pgTarget(db);
  const server = t === null ? 'le serveur PostgreSQL' : `le serveur PostgreSQL ${t.host}:${t.port}`;
  if (code === '3D000') {
    const base = t === null || t.database === '' ? 'demandée' : `« ${t.database} »`;
    return `La base PostgreSQL ${base} n’existe pas : créez-la (${createdb(t)}) puis lancez « tremplin init --db <la même URL> ».`;
  }
  if (code === '28P01' || code === '28000')
    return `${server} refuse cet utilisateur : vérifiez l’utilisateur et le mot de passe de l’URL --db (ou PGPASSWORD), et que pg_hba.conf autorise la connexion.`;
  if (code === 'ECONNREFUSED')
    return `Aucun serveur PostgreSQL ne répond${t === null ? '' : ` à ${t.host}:${t.port}`} : démarrez-le, ou corrigez l’hôte et le port de l’URL --db.`;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
    return `L’hôte${t === null ? '' : ` « ${t.host} »`} est inconnu : corrigez l’URL --db (ou TREMPLIN_DB).`;
  if (['ETIMEDOUT', 'EHOSTUNREACH', 'ECONNRESET', 'EPIPE'].includes(code) || code.startsWith('08'))
    return `La connexion avec ${server} a échoué ou a été coupée : vérifiez le réseau et le serveur, puis relancez.`;
  if (code === '42501')
    return 'L’utilisateur PostgreSQL n’a pas les droits nécessaires sur le schéma de Tremplin : donnez-les-lui (GRANT) ou changez d’utilisateur dans l’URL --db.';
  if (code === '53300')
    return `${server} n’accepte plus de connexions (trop de clients) : relancez plus tard, ou augmentez max_connections.`;
  return null;
}

/** Steps of SQLite's result codes. */
function sqliteStep(code: string): string | null {
  if (/^SQLITE_(BUSY|LOCKED)/.test(code))
    return 'La base est verrouillée par une autre commande ou un autre programme : attendez qu’il ait fini, puis relancez.';
  if (/^SQLITE_(READONLY|PERM|CANTOPEN|AUTH)/.test(code))
    return 'Tremplin ne peut pas ouvrir ou écrire ce fichier : vérifiez le chemin de --db et vos droits sur le fichier et sur son dossier.';
  if (/^SQLITE_(FULL|IOERR)/.test(code))
    return 'Le disque est plein ou en erreur : libérez de la place, ou placez la base ailleurs (--db), puis relancez.';
  return null;
}

/** Steps of the store failure's own code. */
const BY_CODE: Readonly<Record<StoreFailure['code'], string | null>> = {
  'schema-too-new':
    'La base a été écrite par une version plus récente de Tremplin : mettez à jour @tremplin/cli (npm install -g @tremplin/cli@latest).',
  unavailable:
    'Vérifiez le chemin ou l’adresse de la base (--db), qu’elle est accessible et non verrouillée, puis relancez.',
  corrupt: 'Ce fichier n’est pas une base Tremplin lisible : vérifiez --db, ou restaurez une sauvegarde.',
  integrity:
    'Le journal a été modifié hors de Tremplin : « tremplin verify » liste les dossiers touchés ; restaurez-les depuis une sauvegarde.',
  driver:
    'Le pilote de la base a échoué : vérifiez la base (--db) puis relancez ; si l’erreur revient, signalez-la avec ce message.',
  // A closed store used again is a defect of Tremplin: the caller's default sentence says so.
  closed: null,
};

/**
 * What to do after a store failure.
 *
 * @param failure - the store failure.
 * @param db - the database the command used, to name its server and base.
 * @param defect - the sentence of a defect of Tremplin.
 * @returns one sentence, in French.
 */
export function storeStep(failure: StoreFailure, db: DbLocation | undefined, defect: string): string {
  const code = driverCode(failure.cause);
  const known =
    code === undefined
      ? null
      : (postgresStep(code, db) ?? (db?.kind === 'postgres' ? null : sqliteStep(code)));
  return known ?? BY_CODE[failure.code] ?? defect;
}
