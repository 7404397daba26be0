import { describe, expect, it } from 'vitest';
import { normalizeFilter } from '../filter.js';
import type { DossierFilter } from '../query.js';
import { createParameters } from './parameters.js';
import { dollarNumbers, questionMarks } from './sample-syntaxes.js';
import { renderWhere } from './where.js';

const render = (filter: DossierFilter, after: string | undefined, syntax = dollarNumbers) => {
  const params = createParameters(syntax);
  const sql = renderWhere(normalizeFilter(filter)._unsafeUnwrap(), after, syntax.tables, params);
  return { sql, values: params.values };
};

describe('renderWhere', () => {
  it('renders nothing for every dossier', () => {
    expect(render({}, undefined)).toEqual({ sql: '', values: [] });
  });

  it('starts after the cursor, with the cursor as the first parameter', () => {
    expect(render({}, 'd-9', questionMarks)).toEqual({ sql: 'WHERE d.dossier_id > ?', values: ['d-9'] });
  });

  it('gives each field one array parameter, in a fixed order whatever the filter’s key order', () => {
    const a = render({ etat: 'en-stage', academie: ['Réunion', 'Lyon'], anneeScolaire: '2022-2023' }, 'x');
    const b = render({ anneeScolaire: '2022-2023', academie: ['Réunion', 'Lyon'], etat: 'en-stage' }, 'x');
    expect(a).toEqual(b);
    expect(a.sql).toBe(
      'WHERE d.dossier_id > $1 AND d.academie = ANY($2::text[]) AND d.annee_scolaire = ANY($3::text[]) AND d.etat = ANY($4::text[])',
    );
    expect(a.values).toEqual(['x', ['Réunion', 'Lyon'], ['2022-2023'], ['en-stage']]);
  });

  it('maps every field to its column and the tuteurs to an EXISTS on their table', () => {
    const { sql, values } = render(
      { uai: 'u', corps: 'certifie', discipline: 'SVT', tuteurId: ['t1', 't2'] },
      undefined,
      questionMarks,
    );
    expect(sql).toBe(
      'WHERE d.uai IN (SELECT value FROM json_each(?)) AND d.corps IN (SELECT value FROM json_each(?)) AND d.discipline IN (SELECT value FROM json_each(?)) AND EXISTS (SELECT 1 FROM tuteurs t WHERE t.dossier_id = d.dossier_id AND t.tuteur_id IN (SELECT value FROM json_each(?)))',
    );
    expect(values).toEqual(['["u"]', '["certifie"]', '["SVT"]', '["t1","t2"]']);
  });

  it('keeps values out of the SQL text: quotes and SQL fragments travel as parameters', () => {
    const hostile = "x'); DROP TABLE events; --";
    const { sql, values } = render({ academie: hostile, tuteurId: hostile }, hostile);
    expect(sql).not.toContain('DROP');
    expect(values).toEqual([hostile, [hostile], [hostile]]);
    expect(sql).toContain('FROM s.tuteurs t');
  });

  it('continues numbering after parameters bound before it', () => {
    const params = createParameters(dollarNumbers);
    params.bind('first');
    const sql = renderWhere(
      normalizeFilter({ uai: 'u' })._unsafeUnwrap(),
      undefined,
      dollarNumbers.tables,
      params,
    );
    expect(sql).toBe('WHERE d.uai = ANY($2::text[])');
  });
});
