import type { Alert, Deadline, DossierEvaluation, DossierState, Role } from '@tremplin/core';
import type { EvaluatedDossier } from '../src/index.js';
import { cohorte } from './dossiers.js';

const SOURCES = [{ texte: 'Arrêté du 22 août 2014', article: 'art. 5', nor: 'MENH1411675A' }] as const;

export function deadline(
  id: string,
  kind: Deadline['kind'],
  due: string,
  status: Deadline['status'],
  options: { informative?: boolean; responsible?: Role | null } = {},
): Deadline {
  return {
    id,
    kind,
    label: `Échéance ${id}`,
    due,
    dueAt: `${due}T23:59:59.999+04:00`,
    status,
    doneOn: status === 'done' ? due : null,
    responsible: options.responsible === undefined ? 'tuteur' : options.responsible,
    informative: options.informative ?? false,
    explanation: { summary: `Pourquoi ${id}.`, parameters: [], facts: [], sources: [...SOURCES] },
  };
}

export function alert(
  dossierId: string,
  code: Alert['code'],
  severity: Alert['severity'],
  recipients: readonly Role[],
  due: string | null,
  about = '',
): Alert {
  return {
    code,
    key: `${code}:${about}`,
    severity,
    dossierId,
    recipients,
    due,
    dueAt: due === null ? null : `${due}T23:59:59.999+04:00`,
    message: `=Message ${code} ; « ${about} »`,
    explanation: { summary: `Explication de ${code}.`, parameters: [], facts: [], sources: [...SOURCES] },
  };
}

function evaluation(state: DossierState, deadlines: Deadline[], alerts: Alert[]): DossierEvaluation {
  return {
    dossierId: state.dossierId,
    academie: 'reunion',
    anneeScolaire: '2022-2023',
    instant: '2022-12-05T08:00:00.000+04:00',
    today: '2022-12-05',
    deadlines,
    alerts,
  };
}

/** The three fixture dossiers with deadlines and alerts as the core would evaluate them on 5 December 2022. */
export function cohorteEvaluee(): EvaluatedDossier[] {
  const [zoe, marie, leo] = cohorte();
  if (zoe === undefined || marie === undefined || leo === undefined) throw new Error('fixture');
  return [
    {
      state: zoe,
      evaluation: evaluation(
        zoe,
        [
          deadline('bilan-intermediaire/tuteur', 'bilan', '2022-11-30', 'overdue'),
          deadline('bilan-intermediaire/chef-etablissement', 'bilan', '2022-11-30', 'done', {
            responsible: 'chef-etablissement',
          }),
          deadline('bilan-final/tuteur', 'bilan', '2023-04-30', 'upcoming'),
          deadline('mi-stage', 'mi-stage', '2023-03-02', 'upcoming', {
            informative: true,
            responsible: null,
          }),
          deadline('fin-de-stage', 'fin-de-stage', '2023-08-31', 'upcoming', {
            informative: true,
            responsible: null,
          }),
        ],
        [
          alert(
            zoe.dossierId,
            'BILAN_EN_RETARD',
            'critical',
            ['tuteur', 'inspecteur'],
            '2022-11-30',
            'bilan-intermediaire/tuteur',
          ),
          alert(
            zoe.dossierId,
            'VISITES_TUTEUR_INSUFFISANTES',
            'warning',
            ['tuteur'],
            null,
            'visite-formative',
          ),
        ],
      ),
    },
    {
      state: marie,
      evaluation: evaluation(
        marie,
        [
          deadline('bilan-final/tuteur', 'bilan', '2023-04-30', 'due-soon'),
          deadline('avis/inspecteur', 'avis', '2023-05-15', 'upcoming', { responsible: 'inspecteur' }),
          deadline('fin-de-stage', 'fin-de-stage', '2023-09-14', 'upcoming', {
            informative: true,
            responsible: null,
          }),
        ],
        [
          alert(
            marie.dossierId,
            'PROTOCOLE_NON_OUVERT',
            'critical',
            ['rectorat', 'chef-etablissement'],
            '2022-10-20',
            'AL1',
          ),
          alert(marie.dossierId, 'CONGES_PROLONGATION', 'info', ['stagiaire', 'rectorat'], null, 'conges'),
        ],
      ),
    },
    { state: leo, evaluation: evaluation(leo, [], []) },
  ];
}
