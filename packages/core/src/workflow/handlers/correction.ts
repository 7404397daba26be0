/**
 * The handlers of the corrections: a cancellation or a correction of a recording is recorded in the state the
 * dossier is in, as an event naming the recording's sequence and key, with the reason.
 *
 * @packageDocumentation
 */
import type { DossierEvent } from '../../dossier/events.js';
import { findEnregistrement } from '../gardes/correction.js';
import type { Handler } from './types.js';

/**
 * Cancels a recording (the guards checked that it exists and may be cancelled).
 *
 * @remarks Tremplin's choice (see `annulerEnregistrementSchema`).
 * @category Workflow
 */
export const annulerEnregistrement: Handler<'enregistrement.annuler'> = {
  cible: (_c, e) => e.state.etat,
  emettre: (c, e): DossierEvent[] => {
    const cible = findEnregistrement(e.state, c.sequence);
    if (cible === undefined) return [];
    return [
      {
        type: 'enregistrement.annule',
        ...e.entete,
        sequence: c.sequence,
        evenement: cible.type,
        cle: cible.cle,
        motif: c.motif,
      },
    ];
  },
};

/**
 * Corrects a recording with its replacement (the guards checked its type, key and date).
 *
 * @remarks Tremplin's choice (see `corrigerEnregistrementSchema`).
 * @category Workflow
 */
export const corrigerEnregistrement: Handler<'enregistrement.corriger'> = {
  cible: (_c, e) => e.state.etat,
  emettre: (c, e): DossierEvent[] => {
    const cible = findEnregistrement(e.state, c.sequence);
    if (cible === undefined) return [];
    return [
      {
        type: 'enregistrement.corrige',
        ...e.entete,
        sequence: c.sequence,
        cle: cible.cle,
        motif: c.motif,
        remplacement: c.remplacement,
      },
    ];
  },
};
