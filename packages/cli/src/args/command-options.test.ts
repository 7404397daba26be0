import { parseArgs } from 'node:util';
import { commandSchema, commandTypes } from '@tremplin/core/schemas';
import { buildDossierNomme, buildInputArbitrary } from '@tremplin/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildCommand,
  type CommandOptions,
  kebabOf,
  optionOfPath,
  optionSpecsOf,
} from './command-options.js';
import { parseArgsFailure } from './parse-error.js';
import { recordOptionsOf } from './record-options.js';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const samePath = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

function describedOf(type: string): CommandOptions {
  const d = recordOptionsOf(type);
  if (d === null) throw new Error(`no options for ${type}`);
  return d;
}

/** The options a person would type for a command (the reverse of `buildCommand`, written independently). */
function toArgv(d: CommandOptions, command: Record<string, unknown>): string[] {
  const out: string[] = [];
  const text = (kind: string, v: unknown) => (kind === 'json' ? JSON.stringify(v) : String(v));
  const visit = (obj: Record<string, unknown>, prefix: readonly string[]): number => {
    let emitted = 0;
    for (const [field, v] of Object.entries(obj)) {
      if (prefix.length === 0 && field === 'type') continue;
      const path = [...prefix, field];
      const o = d.options.find((x) => samePath(x.path, path));
      if (o === undefined) throw new Error(`no option for ${path.join('.')}`);
      if (o.object && isObject(v)) {
        const inner = visit(v, path);
        if (inner === 0) out.push(`--${o.name}=${JSON.stringify(v)}`);
        emitted += Math.max(inner, 1);
      } else if (o.multiple && Array.isArray(v)) {
        if (v.length === 0 && !o.required) throw new Error(`an empty optional list ${o.name}`);
        for (const item of v) out.push(`--${o.name}=${text(o.kind, item)}`);
        emitted += v.length;
      } else {
        out.push(`--${o.name}=${text(o.kind, v)}`);
        emitted += 1;
      }
    }
    return emitted;
  };
  visit(command, []);
  return out;
}

function fromArgv(d: CommandOptions, argv: readonly string[]) {
  const { values } = parseArgs({ args: [...argv], options: optionSpecsOf(d), strict: true });
  return buildCommand(d, values);
}

describe('the options of a workflow command', () => {
  it('names fields in kebab-case', () => {
    expect(kebabOf('datePrevue')).toBe('date-prevue');
    expect(kebabOf('competencesATravailler')).toBe('competences-a-travailler');
    expect(kebabOf('date')).toBe('date');
  });

  it('give every command type options, none left to the JSON form by a clash of names', () => {
    for (const type of commandTypes) {
      const d = describedOf(type);
      expect(d.jsonOnly, type).toEqual([]);
      expect(new Set(d.options.map((o) => o.name)).size, type).toBe(d.options.length);
    }
  });

  it('give, for any command of any type, the command its JSON form gives', () => {
    const samples = fc.sample(buildInputArbitrary('command'), { numRuns: 400, seed: 1414 });
    const seen = new Set<string>();
    for (const command of samples) {
      const c = command as Record<string, unknown> & { type: string };
      seen.add(c.type);
      const d = describedOf(c.type);
      const built = fromArgv(d, toArgv(d, c));
      expect(built._unsafeUnwrap(), c.type).toEqual(c);
      expect(commandSchema.safeParse(built._unsafeUnwrap()).success).toBe(true);
    }
    // The random samples miss only dossier.ouvrir (its refinements): checked on its own below.
    expect(commandTypes.filter((t) => !seen.has(t))).toEqual(['dossier.ouvrir']);
  });

  it('give dossier.ouvrir, with its nested identity and actors, the command its JSON form gives', () => {
    const base = buildDossierNomme()._unsafeUnwrap().state.identite;
    const ouvrir = {
      type: 'dossier.ouvrir',
      dossierId: 'D-1',
      identite: { ...base, stagiaire: { id: 'stg-1', nom: 'Payet', prenom: 'Marie' } },
      acteurs: {
        tuteurs: [{ id: 'tut-1', nom: 'Hoarau', prenom: 'Jean' }],
        chefEtablissement: { id: 'chef-1', nom: 'Grondin', prenom: 'Anne' },
        inspecteur: null,
        formateursInspe: [],
        directeurInspe: null,
      },
    };
    expect(commandSchema.safeParse(ouvrir).success).toBe(true);
    const d = describedOf('dossier.ouvrir');
    const argv = toArgv(d, ouvrir);
    expect(argv).toContain('--identite.stagiaire.nom=Payet');
    expect(fromArgv(d, argv)._unsafeUnwrap()).toEqual(ouvrir);
  });

  it.each([
    [
      'visite.realiser',
      ['--visite-id', 'v1', '--nature', 'visite-conseil', '--date', '2022-10-04'],
      {
        type: 'visite.realiser',
        visiteId: 'v1',
        nature: 'visite-conseil',
        date: '2022-10-04',
        pointsAppui: [],
        competencesATravailler: [],
        conseils: [],
        axesDeTravail: [],
      },
    ],
    [
      'visite.realiser',
      [
        '--visite-id=v1',
        '--nature=inspection',
        '--date=2022-10-04',
        '--points-appui={"competence":"C1","observation":"Bonne écoute"}',
        '--conseils',
        'Varier, les supports',
        '--conseils=-- moins de cours magistral',
      ],
      {
        type: 'visite.realiser',
        visiteId: 'v1',
        nature: 'inspection',
        date: '2022-10-04',
        pointsAppui: [{ competence: 'C1', observation: 'Bonne écoute' }],
        competencesATravailler: [],
        conseils: ['Varier, les supports', '-- moins de cours magistral'],
        axesDeTravail: [],
      },
    ],
    [
      'tuteur.designer',
      ['--tuteur.id', 't-2', '--tuteur.nom', 'Martin', '--tuteur.prenom', 'Léa', '--date', '2022-09-01'],
      { type: 'tuteur.designer', tuteur: { id: 't-2', nom: 'Martin', prenom: 'Léa' }, date: '2022-09-01' },
    ],
    [
      'tuteur.designer',
      ['--tuteur', '{"id":"t-2","nom":"Martin"}', '--tuteur.prenom', 'Léa', '--date', '2022-09-01'],
      { type: 'tuteur.designer', tuteur: { id: 't-2', nom: 'Martin', prenom: 'Léa' }, date: '2022-09-01' },
    ],
    [
      'temps-partiel.enregistrer',
      ['--periode-id', 'p1', '--nature', 'sur-autorisation', '--quotite', '80', '--debut', '2023-01-01'],
      {
        type: 'temps-partiel.enregistrer',
        periodeId: 'p1',
        nature: 'sur-autorisation',
        quotite: 80,
        debut: '2023-01-01',
      },
    ],
    ['stage.prolonger', [], { type: 'stage.prolonger' }],
    [
      'identite.rectifier',
      ['--champs', 'nom', '--champs', 'prenom', '--motif', 'Erreur de saisie'],
      { type: 'identite.rectifier', champs: ['nom', 'prenom'], motif: 'Erreur de saisie' },
    ],
  ])('read %s as typed', (type, argv, expected) => {
    expect(fromArgv(describedOf(type), argv)._unsafeUnwrap()).toEqual(expected);
  });

  it('check numbers and booleans, and never repeat a JSON value in an error', () => {
    const d = describedOf('temps-partiel.enregistrer');
    const bad = fromArgv(d, ['--quotite', 'quatre-vingts']);
    expect(bad._unsafeUnwrapErr().message).toBe('--quotite attend un nombre.');
    const ouvrir = describedOf('dossier.ouvrir');
    const json = fromArgv(ouvrir, ['--identite', '{"numen":"07E1234567ABC"']);
    expect(json._unsafeUnwrapErr().message).not.toContain('07E1234567ABC');
    const renouvele = fromArgv(ouvrir, ['--identite.stage-renouvele', 'peut-être']);
    expect(renouvele._unsafeUnwrapErr().message).toBe('--identite.stage-renouvele attend true ou false.');
    expect(fromArgv(ouvrir, ['--identite.stage-renouvele', 'non'])._unsafeUnwrap()).toMatchObject({
      identite: { stageRenouvele: false },
    });
  });

  it('list the values of an enumeration in the help, and mark required fields', () => {
    const specs = optionSpecsOf(describedOf('visite.realiser'));
    expect(specs.nature?.description).toContain('visite-conseil');
    expect(specs.nature?.description).toContain('(obligatoire)');
    expect(specs.conseils).toMatchObject({ multiple: true });
    expect(specs.conseils?.description).toContain('défaut : aucune');
  });

  it('name the option a schema error is about', () => {
    const d = describedOf('visite.realiser');
    expect(optionOfPath(d, ['pointsAppui', 0, 'observation'])).toBe('--points-appui');
    expect(optionOfPath(describedOf('tuteur.designer'), ['tuteur', 'nom'])).toBe('--tuteur.nom');
  });

  it('turn parseArgs errors into French usage errors naming the options permitted', () => {
    const d = describedOf('visite.planifier');
    let thrown: unknown;
    try {
      parseArgs({ args: ['--datee=2022-10-04'], options: optionSpecsOf(d), strict: true });
    } catch (e) {
      thrown = e;
    }
    const failure = parseArgsFailure(thrown, 'record', Object.keys(optionSpecsOf(d)));
    expect(failure.message).toContain('Option inconnue « --datee »');
    expect(failure.message).toContain('--date-prevue');
    expect(failure.message).not.toContain('2022-10-04');
  });
});
