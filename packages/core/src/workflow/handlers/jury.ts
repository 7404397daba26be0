/**
 * Handlers of the jury académique: the saisine and the deliberation (finding and proposition).
 *
 * @remarks Arrêté MENH1411675A art. 4, 6, 9.
 * @packageDocumentation
 */
import { getAnneeCourante } from '../../dossier/annee.js';
import { freezeVue } from './commun.js';
import type { Handler } from './types.js';

/**
 * `jury.saisir`: the complete dossier goes before the jury.
 *
 * @category Workflow
 */
export const saisirJury: Handler<'jury.saisir'> = {
  cible: () => 'devant-jury',
  emettre: (c, e) => [
    { type: 'dossier.transmis-au-jury', ...e.entete, annee: getAnneeCourante(e.state), date: c.date },
  ],
};

/**
 * `jury.deliberer`: the jury's finding and proposition; the recteur's act is awaited, or, not evaluated, the
 * stagiaire waits for the next session.
 *
 * @category Workflow
 */
export const delibererJury: Handler<'jury.deliberer'> = {
  cible: (c) => (c.constat === 'non-evalue' ? 'en-stage' : 'devant-recteur'),
  emettre: (c, e) => {
    const acte = {
      annee: getAnneeCourante(e.state),
      constat: c.constat,
      proposition: c.constat === 'apte' ? ('titularisation' as const) : (c.proposition ?? null),
      motivation: c.motivation ?? null,
      jury: c.jury,
    };
    return [{ type: 'jury.proposition-emise', ...e.entete, ...acte, instantane: freezeVue(e, acte) }];
  },
};
