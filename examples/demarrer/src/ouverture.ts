import type { Command } from '@tremplin/core';

// La commande qui ouvre le dossier : l’identité de la stagiaire et les personnes qui l’accompagnent.
export const ouverture: Command = {
  type: 'dossier.ouvrir',
  dossierId: 'REU-2022-0001',
  identite: {
    stagiaire: {
      id: 'stg-1',
      nom: 'Hoarau',
      prenom: 'Léa',
    },
    academie: 'reunion',
    anneeScolaire: '2022-2023',
    corps: 'certifie',
    discipline: 'mathematiques',
    uai: '9740001H',
    quotite: 'temps-plein',
    categorie: 'master-meef',
    master: 'detenu',
    stageRenouvele: false,
    dateNominationPrevue: '2022-09-01',
  },
  acteurs: {
    tuteurs: [{ id: 'tut-1', nom: 'Grondin', prenom: 'Paul' }],
    chefEtablissement: { id: 'chef-1', nom: 'Payet', prenom: 'Sophie' },
    inspecteur: null,
    formateursInspe: [],
    directeurInspe: null,
  },
};
