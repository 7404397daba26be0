/**
 * The Mermaid diagram of the workflow, generated from the transition table (never drawn by hand).
 *
 * @packageDocumentation
 */
import { etatsDossier, etatsFinaux } from '../dossier/state.js';
import type { CommandType } from './commands.js';
import { type EtatOuNouveau, type LigneTransition, transitionTable } from './transition-table.js';

function identifiant(etat: EtatOuNouveau): string {
  return etat === 'nouveau' ? '[*]' : etat.replaceAll('-', '_');
}

/**
 * The workflow as a Mermaid `stateDiagram-v2`: one arrow per row that changes state (labelled with the command
 * and, when several targets exist, the condition), a note per state listing the commands it records without
 * changing state, and the final states.
 *
 * @param table - the transition table (the workflow's by default).
 * @returns the Mermaid source.
 * @example
 * ```ts
 * console.log(renderDiagrammeMermaid()); // stateDiagram-v2 …
 * ```
 * @category Workflow
 */
export function renderDiagrammeMermaid(table: readonly LigneTransition[] = transitionTable): string {
  const lignes = ['stateDiagram-v2', '  direction LR'];
  for (const etat of etatsDossier) lignes.push(`  state "${etat}" as ${identifiant(etat)}`);
  for (const l of table) {
    if (l.de === l.vers) continue;
    const label = l.condition === null ? l.commande : `${l.commande} [${l.condition}]`;
    lignes.push(`  ${identifiant(l.de)} --> ${identifiant(l.vers)} : ${label}`);
  }
  for (const etat of etatsFinaux) lignes.push(`  ${identifiant(etat)} --> [*]`);
  // Commands every state accepts (the register of persons) would repeat on each state: listed once in the page.
  const partout = listCommandesPartout(table);
  for (const etat of etatsDossier) {
    const sur = table
      .filter((l) => l.de === etat && l.vers === etat && !partout.includes(l.commande))
      .map((l) => l.commande);
    if (sur.length === 0) continue;
    lignes.push(`  note right of ${identifiant(etat)}`);
    for (const groupe of parGroupes(sur, 3)) lignes.push(`    ${groupe.join(', ')}`);
    lignes.push('  end note');
  }
  return `${lignes.join('\n')}\n`;
}

/**
 * The commands every state accepts without changing (the register of persons' rectification and erasure).
 *
 * @param table - the transition table.
 * @returns those commands, in table order.
 * @category Workflow
 */
export function listCommandesPartout(table: readonly LigneTransition[] = transitionTable): CommandType[] {
  const sur = [...new Set(table.filter((l) => l.de === l.vers).map((l) => l.commande))];
  return sur.filter((c) =>
    etatsDossier.every((etat) => table.some((l) => l.de === etat && l.vers === etat && l.commande === c)),
  );
}

function parGroupes(commandes: readonly CommandType[], taille: number): CommandType[][] {
  const groupes: CommandType[][] = [];
  for (let i = 0; i < commandes.length; i += taille) groupes.push(commandes.slice(i, i + taille));
  return groupes;
}

function partoutLigne(table: readonly LigneTransition[]): string[] {
  const partout = listCommandesPartout(table);
  if (partout.length === 0) return [];
  return [
    '',
    `Commandes acceptées dans tous les états, finaux compris : ${partout.map((c) => `\`${c}\``).join(', ')}.`,
  ];
}

/**
 * The Markdown page `docs/workflow-diagram.md`, in French: a title, a warning that it is generated, the diagram
 * as Mermaid text and the table of state changes. `scripts/generate-docs.mjs` adds the diagram drawn as an SVG
 * image before the Mermaid text.
 *
 * @param table - the transition table (the workflow's by default).
 * @returns the page's text.
 * @category Workflow
 */
export function renderPageDiagramme(table: readonly LigneTransition[] = transitionTable): string {
  const changements = table.filter((l) => l.de !== l.vers);
  const lignes = [
    '---',
    'title: Diagramme du workflow',
    'group: Concepts',
    '---',
    '',
    '# Diagramme du workflow',
    '',
    '<!-- Généré par scripts/generate-docs.mjs depuis la table des transitions de @tremplin/core. Ne pas modifier à la main. -->',
    '',
    'Les états d’un dossier et les commandes qui le font changer d’état, générés depuis `transitionTable`',
    '(`packages/core/src/workflow/transition-table.ts`). Chaque commande reste soumise aux permissions et aux',
    'conditions que fixent les textes (voir le guide [Le dossier et le workflow](guides/dossier-et-workflow.md)).',
    ...partoutLigne(table),
    '',
    '## Le diagramme en texte (Mermaid)',
    '',
    'Le même diagramme, en texte : les notes donnent les commandes qu’un état accepte sans changer d’état (les',
    'enregistrements de l’année).',
    '',
    '```mermaid',
    renderDiagrammeMermaid(table).trimEnd(),
    '```',
    '',
    '## Changements d’état',
    '',
    '| De | Commande | Vers | Condition | Gardes |',
    '|---|---|---|---|---|',
    ...changements.map(
      (l) =>
        `| ${l.de} | \`${l.commande}\` | ${l.vers} | ${l.condition ?? ''} | ${l.gardes.map((g) => `\`${g}\``).join(', ')} |`,
    ),
    '',
  ];
  return lignes.join('\n');
}
