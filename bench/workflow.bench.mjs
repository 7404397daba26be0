// The stage-year workflow of @tremplin/core (`transition` + `applyEvent`) beside the same workflow
// written as an XState v5 machine run with XState's pure `transition`, on the same generated command streams.
// Run after a build: `npm run bench -- workflow`. Options: `--dossiers=N` (default 200), `--rounds=N` (21),
// `--warmup=N` (3).
//
// The XState machine is generated from the same transition table (`transitionTable`): one state node per
// workflow state, one guarded transition per row. Its guards ask the domain whether the command is accepted and
// leads to that row's target; its `assign` action stores the folded state. The domain decision is computed once
// per command on both sides (the XState guard keeps it on the event object for the action), so the two sides
// do the same domain work and differ only by their engine. Both must end every stream on the same state: the
// script checks it and fails otherwise.
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import {
  applyEvent,
  computeCleUai,
  etatsDossier,
  nationalWorkflowRules,
  selectGrille,
  transition,
  transitionTable,
} from '@tremplin/core';
import { assign, createMachine, initialTransition, transition as xTransition } from 'xstate';

const here = dirname(fileURLToPath(import.meta.url));
const arg = (name, fallback) =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const DOSSIERS = arg('dossiers', 200);
const ROUNDS = arg('rounds', 21);
const WARMUP = arg('warmup', 3);
const TARGET_RATIO = 2;

// ---------------------------------------------------------------------------------------------------------
// Command streams: one school year per dossier (La Réunion 2022-2023), from a fixed seed.

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rules = {
  ...nationalWorkflowRules,
  fuseauHoraire: { ...nationalWorkflowRules.fuseauHoraire, valeur: 'Indian/Reunion' },
};
const UAI = `9740001${computeCleUai('9740001')}`;
const grille = selectGrille('certifie', '2022-2023')._unsafeUnwrap();
// A block with items is rated on its items, a block without on its competencies.
const cibles = grille.blocs.flatMap((b) =>
  b.items.length > 0
    ? b.items.map((i) => ({ item: i.id }))
    : b.competences.map((competence) => ({ competence })),
);
const positionnement = (echelleId, niveau) => ({
  grilleId: grille.id,
  echelleId,
  entries: cibles.map((cible) => ({ ...cible, niveau })),
});
const rectorat = { role: 'rectorat', id: 'dpe-1', academie: 'reunion' };
const stagiaire = { role: 'stagiaire', id: 'stg' };
const inspecteur = { role: 'inspecteur', id: 'ipr-1', academie: 'reunion', disciplines: ['mathematiques'] };
const chef = { role: 'chef-etablissement', id: 'chef-1', uai: UAI };
const formateur = { role: 'formateur-inspe', id: 'form-1' };
const directeur = { role: 'directeur-inspe', id: 'dir-1', academie: 'reunion' };
const jury = { role: 'jury', id: 'jury-1', academie: 'reunion', corps: ['certifie'] };
const ministre = { role: 'ministre', id: 'dgrh-1' };
// The jury académique that deliberates (arrêté MENH1411675A art. 4: five to eight members, one president).
const composition = (session) => ({
  juryId: `jury-certifie-${session}`,
  corps: 'certifie',
  session,
  membres: [
    'corps-inspection',
    'chef-etablissement',
    'enseignant-chercheur',
    'formateur-academique',
    'corps-inspection',
  ].map((categorie, i) => ({
    personne: { id: `jm-${i + 1}`, nom: `Membre${i + 1}`, prenom: 'Claude' },
    qualite: i === 0 ? 'president' : i === 1 ? 'vice-president' : 'membre',
    categorie: i === 0 ? null : categorie,
    affecteEtablissementFormation: false,
  })),
});

function addDays(date, n) {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** The commands of one dossier's year(s), each with its context. */
function flux(n) {
  const rnd = mulberry32(1000 + n);
  const tuteur = { role: 'tuteur', id: `tut-${n}` };
  const s = { ...stagiaire, id: `stg-${n}` };
  const out = [];
  let jour = '2022-07-15';
  const push = (command, acteur, avance = 0) => {
    jour = addDays(jour, avance);
    out.push({ command, ctx: { acteur, now: `${jour}T10:00:00+04:00`, rules } });
  };
  push(
    {
      type: 'dossier.ouvrir',
      dossierId: `D${n}`,
      identite: {
        stagiaire: {
          id: s.id,
          nom: 'Payet',
          prenom: 'Marie',
        },
        academie: 'reunion',
        anneeScolaire: '2022-2023',
        corps: 'certifie',
        discipline: 'mathematiques',
        uai: UAI,
        quotite: 'temps-plein',
        categorie: rnd() < 0.1 ? 'detache' : 'master-meef',
        master: 'detenu',
        stageRenouvele: false,
        dateNominationPrevue: '2022-09-01',
      },
      acteurs: {
        tuteurs: [{ id: tuteur.id, nom: 'Hoarau', prenom: 'Jean' }],
        chefEtablissement: { id: 'chef-1', nom: 'Grondin', prenom: 'Anne' },
        inspecteur: { id: 'ipr-1', nom: 'Técher', prenom: 'Paul' },
        formateursInspe: [{ id: 'form-1', nom: 'Fontaine', prenom: 'Léa' }],
        directeurInspe: { id: 'dir-1', nom: 'Maillot', prenom: 'Luc' },
      },
    },
    rectorat,
  );
  jour = '2022-09-01';
  push({ type: 'nomination.prononcer' }, rectorat);
  const annee = (y, k) => {
    const d0 = `${y}-09-05`;
    jour = d0;
    push(
      {
        type: 'autopositionnement.enregistrer',
        autopositionnementId: `ap${k}`,
        date: jour,
        positionnement: positionnement('degres-acquisition', 'degre-2'),
      },
      s,
      1,
    );
    for (let v = 0; v < 6; v++) {
      push(
        {
          type: 'visite.planifier',
          visiteId: `v${k}-${v}`,
          nature: 'visite-formative',
          datePrevue: addDays(jour, 5),
        },
        tuteur,
        3,
      );
      push(
        {
          type: 'visite.realiser',
          visiteId: `v${k}-${v}`,
          nature: 'visite-formative',
          date: jour,
          pointsAppui: [{ competence: 'P3', observation: 'Séance structurée.' }],
          competencesATravailler: [{ competence: 'P4', observation: 'Transitions.' }],
          conseils: ['Annoncer les objectifs.'],
          axesDeTravail: ['Différenciation'],
        },
        tuteur,
        5,
      );
      if (v % 2 === 0) {
        push(
          {
            type: 'visite.realiser',
            visiteId: `vs${k}-${v}`,
            nature: 'visite-chez-tuteur',
            date: jour,
            pointsAppui: [],
            competencesATravailler: [],
            conseils: [],
            axesDeTravail: [],
          },
          s,
          1,
        );
        push(
          {
            type: 'carnet.ecrire',
            entreeId: `c${k}-${v}`,
            date: jour,
            titre: 'Retour de visite',
            texte: 'Analyse réflexive.',
          },
          s,
          1,
        );
      }
      push(
        { type: 'entretien.enregistrer', entretienId: `e${k}-${v}`, nature: 'apres-visite', date: jour },
        tuteur,
      );
    }
    for (let f = 0; f < 12; f++) {
      const eafc = f < 4;
      push(
        {
          type: 'formation.enregistrer',
          formationId: `f${k}-${f}`,
          date: jour,
          operateur: eafc ? 'EAFC' : 'INSPE',
          heures: 6,
          intitule: 'Journée de formation',
          presence: 'present',
        },
        eafc ? inspecteur : formateur,
        2,
      );
    }
    // Refused: a chef files a visit, a stagiaire gives an avis.
    push({ type: 'visite.planifier', visiteId: `x${k}`, nature: 'inspection', datePrevue: jour }, chef);
    push({ type: 'avis.emettre', avisId: `x${k}`, sens: 'favorable', date: jour }, s);
    jour = `${y}-11-25`;
    push(
      {
        type: 'bilan.deposer',
        bilanId: `bi${k}t`,
        nature: 'intermediaire',
        date: jour,
        positionnement: positionnement('tuteur-intermediaire', 'a-travailler-encore'),
        appreciation: 'Progrès réguliers.',
      },
      tuteur,
      1,
    );
    push(
      {
        type: 'bilan.deposer',
        bilanId: `bi${k}c`,
        nature: 'intermediaire',
        date: jour,
        positionnement: positionnement('tuteur-intermediaire', 'a-entretenir'),
        appreciation: 'Bonne intégration.',
      },
      chef,
      1,
    );
    if (rnd() < 0.2) {
      push(
        {
          type: 'alerte.declencher',
          alerteId: `al${k}`,
          moment: 'en-cours-annee',
          motifs: ['evolution-insuffisante'],
          date: jour,
          description: 'Progrès insuffisants.',
        },
        tuteur,
        3,
      );
      push(
        {
          type: 'protocole.ouvrir',
          alerteId: `al${k}`,
          date: jour,
          mesures: ['Visites hebdomadaires'],
          dateBilanPrevue: addDays(jour, 40),
        },
        inspecteur,
        4,
      );
      push({ type: 'alerte.lever', alerteId: `al${k}`, date: jour, motif: 'Protocole en cours' }, chef, 10);
      push(
        { type: 'protocole.clore', alerteId: `al${k}`, date: jour, conclusion: 'Progrès constatés.' },
        inspecteur,
        30,
      );
      push({ type: 'alerte.lever', alerteId: `al${k}`, date: jour, motif: 'Résolu.' }, chef, 1);
    }
    if (rnd() < 0.3) {
      const debut = `${y + 1}-01-16`;
      push(
        {
          type: 'conge.enregistrer',
          congeId: `cg${k}`,
          nature: 'maladie-ordinaire',
          debut,
          fin: addDays(debut, 10 + Math.floor(rnd() * 50)),
        },
        rectorat,
        70,
      );
      push({ type: 'stage.prolonger' }, rectorat, 1);
    }
    jour = `${y + 1}-04-24`;
    const apte = rnd() < 0.8;
    const niveau = apte ? 'suffisant' : 'insuffisant';
    push(
      {
        type: 'bilan.deposer',
        bilanId: `bf${k}t`,
        nature: 'final',
        date: jour,
        positionnement: positionnement('tuteur-final', niveau),
        appreciation: 'Bilan final.',
      },
      tuteur,
      1,
    );
    push(
      {
        type: 'bilan.deposer',
        bilanId: `bf${k}c`,
        nature: 'final',
        date: jour,
        positionnement: positionnement('tuteur-final', niveau),
        appreciation: 'Bilan final.',
      },
      chef,
      1,
    );
    if (k === 2)
      push(
        {
          type: 'visite.realiser',
          visiteId: `insp${k}`,
          nature: 'inspection',
          date: jour,
          pointsAppui: [],
          competencesATravailler: [],
          conseils: [],
          axesDeTravail: [],
        },
        inspecteur,
        1,
      );
    const sens = apte ? 'favorable' : 'defavorable';
    const motivation = apte ? {} : { motivation: 'Compétences insuffisantes.' };
    push({ type: 'avis.emettre', avisId: `ai${k}`, sens, date: jour, ...motivation }, inspecteur, 10);
    push({ type: 'avis.emettre', avisId: `ac${k}`, sens, date: jour, ...motivation }, chef, 1);
    push({ type: 'avis.emettre', avisId: `ad${k}`, sens, date: jour, ...motivation }, directeur, 1);
    push({ type: 'jury.saisir', date: jour }, rectorat, 15);
    return apte;
  };
  const apte = annee(2022, 1);
  jour = '2023-06-19';
  // The jury proposes (constat, proposition); the recteur or the ministre decides (art. 9).
  const deliberer = (constat, proposition, session, extra = {}) => ({
    type: 'jury.deliberer',
    constat,
    ...(proposition === undefined ? {} : { proposition }),
    jury: composition(session),
    ...extra,
  });
  const prononcer = (decision) => ({
    type: 'decision.prononcer',
    decision,
    fondement: 'evaluation',
    date: jour,
  });
  if (apte) {
    push(deliberer('apte', undefined, 2023), jury, 1);
    push(prononcer('titularisation'), rectorat, 1);
  } else {
    push(deliberer('inapte', 'licenciement', 2023), jury, 1); // refused: no entretien yet
    push({ type: 'jury.entendre', date: jour }, jury);
    push(deliberer('inapte', 'renouvellement', 2023, { motivation: 'Progrès insuffisants.' }), jury, 1);
    push(prononcer('renouvellement'), rectorat, 1);
    const apte2 = annee(2023, 2);
    jour = '2024-06-18';
    push({ type: 'jury.entendre', date: jour }, jury);
    push(deliberer('inapte', 'renouvellement', 2024), jury, 1); // refused: only one renouvellement
    const categorie = out[0].command.identite.categorie;
    const fin = categorie === 'detache' ? 'reintegration' : 'licenciement';
    push(apte2 ? deliberer('apte', undefined, 2024) : deliberer('inapte', fin, 2024), jury, 1);
    if (apte2) push(prononcer('titularisation'), rectorat, 1);
    else {
      push({ type: 'ministre.saisir', date: addDays(jour, 1) }, rectorat, 1);
      push(prononcer(fin), ministre, 7);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// The two implementations

/** Ours: `transition`, then the events folded one by one. */
function runOurs(stream) {
  let state = null;
  let acceptes = 0;
  for (const { command, ctx } of stream) {
    const r = transition(state, command, ctx);
    if (r.isErr()) continue;
    acceptes++;
    for (const event of r.value)
      state = applyEvent(state, { sequence: (state?.sequence ?? 0) + 1, event })._unsafeUnwrap();
  }
  return { state, acceptes };
}

// The domain decision for an XState event, computed once and kept on the event object (which this script
// creates, one per command) so that the guards and the action of that transition share it.
function decide(state, event) {
  if (event.decision === undefined) {
    const r = transition(state, event.command, event.ctx);
    let next = state;
    if (r.isOk()) {
      for (const ev of r.value)
        next = applyEvent(next, { sequence: (next?.sequence ?? 0) + 1, event: ev })._unsafeUnwrap();
    }
    event.decision = { ok: r.isOk(), next };
  }
  return event.decision;
}

function buildMachine() {
  const states = {};
  for (const etat of ['nouveau', ...etatsDossier]) states[etat] = { on: {} };
  for (const etat of ['titularise', 'licencie', 'reintegre', 'demissionnaire']) states[etat].type = 'final';
  for (const row of transitionTable) {
    const on = states[row.de].on;
    on[row.commande] ??= [];
    on[row.commande].push({
      ...(row.vers === row.de ? {} : { target: row.vers }),
      guard: ({ context, event }) => {
        const d = decide(context.state, event);
        return d.ok && d.next.etat === row.vers;
      },
      actions: assign(({ context, event }) => ({
        state: decide(context.state, event).next,
        acceptes: context.acceptes + 1,
      })),
    });
  }
  return createMachine({ id: 'dossier', initial: 'nouveau', context: { state: null, acceptes: 0 }, states });
}
const machine = buildMachine();

/** XState: the machine's pure `transition`, one event per command. */
function runXState(stream) {
  let [snapshot] = initialTransition(machine);
  for (const { command, ctx } of stream) {
    [snapshot] = xTransition(machine, snapshot, { type: command.type, command, ctx, decision: undefined });
  }
  return { state: snapshot.context.state, acceptes: snapshot.context.acceptes, value: snapshot.value };
}

// ---------------------------------------------------------------------------------------------------------
// Agreement, then timing

const t0 = performance.now();
const streams = Array.from({ length: DOSSIERS }, (_, n) => flux(n));
const generateMs = performance.now() - t0;
const commands = streams.reduce((s, f) => s + f.length, 0);

let accepted = 0;
const finals = {};
for (const stream of streams) {
  const a = runOurs(stream);
  const b = runXState(stream);
  if (!isDeepStrictEqual(a.state, b.state) || a.acceptes !== b.acceptes || a.state.etat !== b.value) {
    console.error(`Disagreement on ${stream[0].command.dossierId}: ${a.state?.etat} / ${b.value}`);
    process.exit(1);
  }
  accepted += a.acceptes;
  finals[a.state.etat] = (finals[a.state.etat] ?? 0) + 1;
}

// Timing: the two sides alternate pass by pass (the order flips every round), so that a change in the load of
// the machine touches both alike; each side's figure is the median of its passes after a warm-up.
const timings = { ours: [], xstate: [] };
const passe = (side) => {
  const t = performance.now();
  if (side === 'ours') for (const s of streams) runOurs(s);
  else for (const s of streams) runXState(s);
  timings[side].push(performance.now() - t);
};
for (let i = 0; i < WARMUP; i++) {
  passe('ours');
  passe('xstate');
}
timings.ours.length = 0;
timings.xstate.length = 0;
for (let r = 0; r < ROUNDS; r++) {
  globalThis.gc?.();
  const order = r % 2 === 0 ? ['ours', 'xstate'] : ['xstate', 'ours'];
  for (const side of order) passe(side);
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const resume = (name, xs) => {
  const passMs = median(xs);
  return {
    name,
    commandsPerSecond: Math.round((commands * 1000) / passMs),
    passMsMedian: Number(passMs.toFixed(2)),
    passMsMin: Number(Math.min(...xs).toFixed(2)),
    passMsMax: Number(Math.max(...xs).toFixed(2)),
    passes: xs.length,
  };
};
const ours = resume('@tremplin/core transition', timings.ours);
const xstate = resume('XState 5 machine (pure transition)', timings.xstate);
const ratio = xstate.passMsMedian / ours.passMsMedian;
const ratiosParTour = timings.ours.map((o, i) => timings.xstate[i] / o);
const ratioParTourMedian = median(ratiosParTour);

console.table(
  [ours, xstate].map((t) => ({
    implementation: t.name,
    'commands/s': t.commandsPerSecond.toLocaleString('en'),
    'median ms per pass': t.passMsMedian.toFixed(1),
    'min–max ms': `${t.passMsMin.toFixed(0)}–${t.passMsMax.toFixed(0)}`,
  })),
);
console.log(
  `${DOSSIERS} streams, ${commands} commands (${accepted} accepted), final states ${JSON.stringify(finals)}`,
);
console.log(
  `ours / XState = ${ratio.toFixed(2)}× (median of round ratios ${ratioParTourMedian.toFixed(2)}×; target ≥ ${TARGET_RATIO}×) ${ratio >= TARGET_RATIO ? 'MET' : 'NOT MET'}`,
);

const result = {
  benchmark: 'workflow',
  description:
    'Command streams of a stage year through @tremplin/core transition + applyEvent, beside the same workflow as an XState 5.33.3 machine generated from the same transition table and run with its pure transition. Same domain decision on both sides (computed once per command); both end every stream on the same state.',
  machine: {
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    singleThread: true,
    loadAverage1min: Number(loadavg()[0].toFixed(2)),
  },
  workload: {
    dossiers: DOSSIERS,
    commands,
    accepted,
    refused: commands - accepted,
    finalStates: finals,
    generateMs: Math.round(generateMs),
  },
  agreement: 'identical final DossierState and accepted-command count for every stream',
  ours,
  xstate,
  ratio: Number(ratio.toFixed(2)),
  ratioMedianOfRounds: Number(ratioParTourMedian.toFixed(2)),
  method: `${WARMUP} warm-up passes per side, then ${ROUNDS} rounds alternating the two sides (order flipped every round); medians of pass times`,
  target: { ratio: TARGET_RATIO, met: ratio >= TARGET_RATIO },
};
writeFileSync(join(here, 'results', 'workflow.json'), `${JSON.stringify(result, null, 2)}\n`);
