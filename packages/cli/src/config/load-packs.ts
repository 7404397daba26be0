/**
 * Loads the académie packs the configuration names: npm packages (resolved from the configuration file's
 * directory, like any dependency of the project) or pack files (`.json`, `.yaml`).
 *
 * @packageDocumentation
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packLyon } from '@tremplin/academie-lyon';
import { packReunion } from '@tremplin/academie-reunion';
import type { RulePack, RulePackText } from '@tremplin/core';
import { err, ok, type Result } from 'neverthrow';
import type { FileError } from '../failure.js';

/** The packs shipped with the command, used when the configuration names none (or none is found). */
export const SHIPPED_PACKS: Readonly<Record<string, RulePack>> = {
  '@tremplin/academie-reunion': packReunion,
  '@tremplin/academie-lyon': packLyon,
};

function isFileSpec(spec: string): boolean {
  return /\.(json|ya?ml)$/iu.test(spec) || spec.startsWith('.') || spec.startsWith('/');
}

function looksLikePack(value: unknown): value is RulePack {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.id === 'string' && typeof v.layer === 'string' && typeof v.parameters === 'object';
}

function packError(spec: string, path: string, message: string, hint: string): FileError {
  return { kind: 'file', message: `Paquet de règles « ${spec} » : ${message}`, path, hint };
}

/**
 * The pack a module exports: the named export, or the only pack-shaped export.
 *
 * @param mod - the module's namespace.
 * @param spec - the entry of `packs` (for messages).
 * @param name - the export named after `#`, when given.
 * @param path - where the module was found.
 * @returns the pack (to be validated by the registry), or why none could be chosen.
 */
export function pickPackExport(
  mod: Record<string, unknown>,
  spec: string,
  name: string | undefined,
  path: string,
): Result<RulePack, FileError> {
  if (name !== undefined) {
    const value = mod[name];
    if (looksLikePack(value)) return ok(value);
    return err(
      packError(
        spec,
        path,
        `aucun export « ${name} » en forme de paquet de règles.`,
        'Vérifiez le nom après « # ».',
      ),
    );
  }
  const candidates = [...new Set(Object.values(mod).filter(looksLikePack))];
  const [only, ...others] = candidates;
  if (only !== undefined && others.length === 0) return ok(only);
  const exports = Object.entries(mod)
    .filter(([, v]) => looksLikePack(v))
    .map(([k]) => k);
  return err(
    packError(
      spec,
      path,
      candidates.length === 0
        ? 'ce module n’exporte aucun paquet de règles (objet { id, layer, parameters }).'
        : `plusieurs paquets exportés (${exports.join(', ')}).`,
      `Nommez l’export : « ${spec}#${exports[0] ?? 'nomDeLExport'} ».`,
    ),
  );
}

async function loadPackage(dir: string, spec: string): Promise<Result<RulePack, FileError>> {
  const hash = spec.lastIndexOf('#');
  const name = hash > 0 ? spec.slice(0, hash) : spec;
  const exportName = hash > 0 ? spec.slice(hash + 1) : undefined;
  let path: string;
  try {
    path = createRequire(join(dir, 'tremplin.config.js')).resolve(name);
  } catch {
    const shipped = SHIPPED_PACKS[name];
    if (shipped !== undefined && exportName === undefined) return ok(shipped);
    return err(
      packError(
        spec,
        dir,
        `paquet introuvable depuis ${dir}.`,
        `Installez-le dans le projet : npm install ${name}`,
      ),
    );
  }
  let mod: Record<string, unknown>;
  try {
    mod = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
  } catch (e) {
    const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
    return err(
      packError(spec, path, `chargement impossible (${why}).`, 'Vérifiez que le paquet est bien installé.'),
    );
  }
  return pickPackExport(mod, spec, exportName, path);
}

async function loadFile(dir: string, spec: string): Promise<Result<RulePackText, FileError>> {
  const path = resolve(dir, spec);
  try {
    const text = await readFile(path, 'utf8');
    return ok({ text, format: /\.ya?ml$/iu.test(path) ? 'yaml' : 'json', origin: path });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'erreur';
    return err(
      packError(
        spec,
        path,
        `lecture impossible (${code}).`,
        'Vérifiez le chemin (relatif au fichier de configuration).',
      ),
    );
  }
}

/**
 * Loads the packs of the configuration.
 *
 * @param dir - the configuration file's directory.
 * @param specs - the `packs` entries.
 * @returns the packs (objects or file contents, validated by the registry), or the first that cannot be loaded.
 */
export async function loadPacks(
  dir: string,
  specs: readonly string[],
): Promise<Result<(RulePack | RulePackText)[], FileError>> {
  const packs: (RulePack | RulePackText)[] = [];
  for (const spec of specs) {
    const pack = isFileSpec(spec) ? await loadFile(dir, spec) : await loadPackage(dir, spec);
    if (pack.isErr()) return err(pack.error);
    packs.push(pack.value);
  }
  return ok(packs);
}
