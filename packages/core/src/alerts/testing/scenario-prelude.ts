/**
 * Test support: the prelude of a scenario file (a Réunion 2022-2023 stagiaire opened and nominated), in the
 * YAML the scenario files use, shared by the scenario runner's tests.
 *
 * @packageDocumentation
 */

/** `prelude:` and its two events, as YAML lines. */
export const PRELUDE_NOMME = `prelude:
  - type: dossier.ouvert
    le: 2022-07-15T10:00:00+04:00
    auteur: rectorat
    dossierId: s-1
    identite:
      stagiaire: { id: stg-1, nom: Payet, prenom: Marie }
      academie: reunion
      anneeScolaire: 2022-2023
      corps: certifie
      discipline: mathematiques
      uai: 9740001H
      quotite: temps-plein
      categorie: master-meef
      master: detenu
      stageRenouvele: false
      dateNominationPrevue: 2022-09-01
    acteurs:
      tuteurs: [{ id: tut-1, nom: Hoarau, prenom: Jean }]
      chefEtablissement: null
      inspecteur: null
      formateursInspe: []
      directeurInspe: null
  - { type: stagiaire.nomme, auteur: rectorat, dateNomination: 2022-09-01, dateDebutStage: 2022-09-01, dateFinStatutaire: 2023-08-31 }
`;
