import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { etatsDossier } from '../dossier/state.js';
import { commandTypes } from './commands.js';
import { renderDiagrammeMermaid, renderPageDiagramme } from './diagramme.js';
import { isCommandeAcceptee, transitionTable } from './transition-table.js';

describe('Mermaid diagram of the workflow', () => {
  it('the committed docs/workflow-diagram.md equals the generated page (run `node scripts/generate-docs.mjs`)', () => {
    const committed = readFileSync(new URL('../../../../docs/workflow-diagram.md', import.meta.url), 'utf8');
    expect(committed).toBe(renderPageDiagramme());
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
    const table = [{ de: 'nouveau', commande: 'dossier.ouvrir', vers: 'ouvert', condition: 'test' } as const];
    expect(renderDiagrammeMermaid(table)).toContain('[*] --> ouvert : dossier.ouvrir [test]');
    expect(renderDiagrammeMermaid(table)).not.toContain('jury.deliberer');
  });
});

describe('transition table', () => {
  it('every command is accepted somewhere and final states accept nothing', () => {
    for (const c of commandTypes) expect(transitionTable.some((l) => l.commande === c)).toBe(true);
    for (const etat of ['titularise', 'licencie', 'reintegre', 'demissionnaire'] as const) {
      expect(commandTypes.filter((c) => isCommandeAcceptee(etat, c))).toEqual([]);
    }
  });
});
