import { echellesParDefaut, grillesNationales, referentiel2013 } from '@tremplin/core';
import { describe, expect, it } from 'vitest';
import type { CommandContext, ParsedArgs } from '../command.js';
import { createStyle } from '../output/style.js';
import { referentielCommand } from './referentiel.js';

const ctx = {} as CommandContext;
const args = (...positionals: string[]): ParsedArgs => ({ positionals, values: {} });
const plain = createStyle(false);

async function human(...positionals: string[]) {
  const r = await referentielCommand.run(ctx, args(...positionals));
  return r._unsafeUnwrap().human(plain).join('\n');
}

describe('tremplin referentiel', () => {
  it('lists every competency, grid and scale with its status', async () => {
    const text = await human();
    for (const c of referentiel2013.competences) expect(text).toContain(c.code);
    for (const g of grillesNationales) expect(text).toContain(g.id);
    for (const e of echellesParDefaut) expect(text).toContain(e.id);
    expect(text).toContain('non vérifiée (reconstituée par Tremplin)');
  });

  it('details a competency with its items and source', async () => {
    const text = await human('competences', 'cc6');
    const cc6 = referentiel2013.competences.find((c) => c.code === 'CC6');
    expect(text).toContain(`CC6 — ${cc6?.titre}`);
    expect(text).toContain('CC6.1');
    expect(text).toContain('Source :');
  });

  it('details a grid by block, with the mark a document prints when it is not verified', async () => {
    const g = grillesNationales.find((x) => x.statut !== 'verified') ?? grillesNationales[0];
    const text = await human('grilles', g?.id ?? '');
    expect(text).toContain('Bloc 1');
    if (g?.statut !== 'verified') expect(text).toContain('à confirmer par l');
  });

  it('details a scale with its levels, and gives codes and statuses in --json', async () => {
    const e = echellesParDefaut[0];
    const r = await referentielCommand.run(ctx, args('echelles', e?.id ?? ''));
    const json = r._unsafeUnwrap().json as {
      niveaux: { code: string; statut: string; statutLabel: string }[];
    };
    expect(json.niveaux.map((n) => n.code)).toEqual(e?.niveaux.map((n) => n.code));
    expect(json.niveaux[0]?.statutLabel).toBeTypeOf('string');
    const text = await human('echelles', e?.id ?? '');
    for (const n of e?.niveaux ?? []) expect(text).toContain(n.label);
  });

  it('refuses an unknown view or id, naming what exists', async () => {
    const vue = await referentielCommand.run(ctx, args('niveaux'));
    expect(JSON.stringify(vue._unsafeUnwrapErr())).toContain('competences, grilles ou echelles');
    const id = await referentielCommand.run(ctx, args('grilles', 'nope'));
    expect(JSON.stringify(id._unsafeUnwrapErr())).toContain('ns-2015-055-enseignants');
  });
});
