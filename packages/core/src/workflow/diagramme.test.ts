import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { etatsDossier } from '../dossier/state.js';
import { commandTypes } from './commands.js';
import { renderDiagrammeMermaid, renderPageDiagramme } from './diagramme.js';
import { gardes } from './gardes/index.js';
import { isCommandeAcceptee, transitionTable } from './transition-table.js';

describe('Mermaid diagram of the workflow', () => {
  it('the committed docs/workflow-diagram.md equals the generated page (run `node scripts/generate-docs.mjs`)', () => {
    const committed = readFileSync(new URL('../../../../docs/workflow-diagram.md', import.meta.url), 'utf8');
    // The docs generator inserts the diagram drawn as SVG (from the same table) before the Mermaid text.
    expect(committed.replace(/<svg [\s\S]*?<\/svg>\n\n/, '')).toBe(renderPageDiagramme());
  });

  it('draws every state change of the table and notes every recording', () => {
    const mermaid = renderDiagrammeMermaid();
    for (const l of transitionTable) {
      if (l.de === l.vers) continue;
      const de = l.de === 'nouveau' ? '[*]' : l.de.replaceAll('-', '_');
      expect(mermaid).toContain(`${de} --> ${l.vers.replaceAll('-', '_')} : ${l.commande}`);
    }
    for (const etat of etatsDossier) expect(mermaid).toContain(`state "${etat}"`);
  });

  it('follows a change of the table', () => {
    const table = [
      { de: 'nouveau', commande: 'dossier.ouvrir', vers: 'ouvert', condition: 'test', gardes: [] } as const,
    ];
    expect(renderDiagrammeMermaid(table)).toContain('[*] --> ouvert : dossier.ouvrir [test]');
    expect(renderDiagrammeMermaid(table)).not.toContain('jury.deliberer');
  });
});

describe('transition table', () => {
  it('every command is accepted somewhere and final states accept only the register of persons', () => {
    for (const c of commandTypes) expect(transitionTable.some((l) => l.commande === c)).toBe(true);
    for (const etat of ['titularise', 'licencie', 'reintegre', 'exclu', 'demissionnaire'] as const) {
      expect(commandTypes.filter((c) => isCommandeAcceptee(etat, c))).toEqual([
        'identite.rectifier',
        'identite.effacer',
      ]);
    }
  });

  it('names only registered guards, each for its own command, and every guard is used', () => {
    const utilisees = new Set(transitionTable.flatMap((l) => l.gardes));
    expect([...utilisees].sort()).toEqual(Object.keys(gardes).sort());
    for (const l of transitionTable) {
      for (const id of l.gardes) {
        const commande = gardes[id].commande;
        if (commande !== null) expect(commande).toBe(l.commande);
      }
    }
  });

  it('every state but the finals is reachable from a new dossier', () => {
    const atteints = new Set<string>(['nouveau']);
    for (let changed = true; changed; ) {
      changed = false;
      for (const l of transitionTable) {
        if (atteints.has(l.de) && !atteints.has(l.vers)) {
          atteints.add(l.vers);
          changed = true;
        }
      }
    }
    expect([...etatsDossier].filter((e) => !atteints.has(e))).toEqual([]);
  });
});
