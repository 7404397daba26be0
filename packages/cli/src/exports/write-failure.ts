/**
 * A file that could not be written, said in French with what to do: no stack trace, the path and the fix.
 *
 * @packageDocumentation
 */
import type { FileError } from '../failure.js';

const REASONS: Readonly<Record<string, { readonly message: string; readonly hint: string }>> = {
  EACCES: {
    message: 'Écriture refusée (droits insuffisants)',
    hint: 'Choisissez un dossier où vous pouvez écrire (--out), ou donnez-vous le droit d’écrire dans celui-ci.',
  },
  EPERM: {
    message: 'Écriture refusée par le système',
    hint: 'Choisissez un autre dossier (--out) ; vérifiez qu’aucun fichier n’y est verrouillé.',
  },
  ENOTDIR: {
    message: 'Un fichier occupe la place d’un dossier',
    hint: 'Déplacez ou renommez ce fichier, ou choisissez un autre dossier de sortie (--out).',
  },
  EISDIR: {
    message: 'Un dossier occupe la place d’un fichier',
    hint: 'Déplacez ou renommez ce dossier, ou choisissez un autre dossier de sortie (--out).',
  },
  EEXIST: {
    message: 'Un fichier occupe la place d’un dossier',
    hint: 'Déplacez ou renommez ce fichier, ou choisissez un autre dossier de sortie (--out).',
  },
  EFBIG: {
    message: 'Fichier trop gros pour ce disque',
    hint: 'Écrivez sur un autre disque (--out), ou exportez moins de dossiers à la fois (filtres --academie, --corps…).',
  },
  ENOSPC: {
    message: 'Disque plein',
    hint: 'Libérez de la place, ou écrivez sur un autre disque (--out), puis relancez.',
  },
  EDQUOT: {
    message: 'Quota disque dépassé',
    hint: 'Libérez de la place, ou écrivez sur un autre disque (--out), puis relancez.',
  },
  EROFS: {
    message: 'Disque en lecture seule',
    hint: 'Choisissez un dossier de sortie sur un disque où l’on peut écrire (--out).',
  },
};

/**
 * The failure of a write.
 *
 * @param error - what the file system threw.
 * @param path - the file or folder concerned (as shown to people).
 * @returns a `file` failure (exit code 3) with its French reason and fix; nothing of the error's stack.
 */
export function writeFailure(error: unknown, path: string): FileError {
  const code = (error as { code?: unknown } | null)?.code;
  const known = typeof code === 'string' ? REASONS[code] : undefined;
  if (known !== undefined)
    return { kind: 'file', message: `${known.message} [${String(code)}]`, path, hint: known.hint };
  return {
    kind: 'file',
    message: `Écriture impossible (${typeof code === 'string' ? code : 'erreur inconnue'})`,
    path,
    hint: 'Vérifiez le dossier de sortie (--out) : existe-t-il, peut-on y écrire, reste-t-il de la place ?',
  };
}
