import type { DossierState, Exporter, ExportOptions, Issue } from '@tremplin/core';
import { err, ok } from 'neverthrow';

/**
 * Une synthèse du dossier en texte brut, derrière le port `Exporter` du cœur.
 *
 * @returns l’exporteur.
 */
export function createSyntheseExporter(): Exporter<DossierState, string> {
  return {
    format: 'synthese-txt',
    mediaType: 'text/plain; charset=utf-8',
    fileExtension: 'txt',
    // Même entrée, même nom : pas d’horloge, et seulement des caractères sûrs.
    fileName: (state) => `synthese-${state.dossierId.replace(/[^A-Za-z0-9-]/g, '_')}.txt`,
    export(state, options: ExportOptions = {}) {
      // Tout vérifier avant d’écrire le moindre octet, et dire tout ce qui manque.
      const issues: Issue[] = [];
      if (state.stage.annees.length === 0) {
        issues.push({
          code: 'synthese.non-nomme',
          message: 'Le stagiaire n’est pas encore nommé.',
          path: ['stage'],
        });
      }
      if (issues.length > 0) return err({ kind: 'validation', message: 'Synthèse impossible.', issues });
      const { identite } = state;
      const lignes = [
        `${identite.stagiaire.prenom} ${identite.stagiaire.nom} — ${identite.corps}, ${identite.discipline}`,
        `Dossier ${state.dossierId} (${identite.academie}, ${identite.anneeScolaire}) : ${state.etat}`,
        `Visites : ${state.visites.length} ; bilans : ${state.bilans.length} ; avis : ${state.avis.length}`,
      ];
      // Une donnée sensible n’apparaît que si l’appelant la passe (lue au registre des personnes) et la nomme.
      const numen = options.donneesPersonnelles?.get(identite.stagiaire.id)?.numen ?? null;
      if (options.includeSensitive?.includes('numen') && numen !== null) {
        lignes.push(`NUMEN : ${numen}`);
      }
      return ok(`${lignes.join('\n')}\n`);
    },
  };
}
