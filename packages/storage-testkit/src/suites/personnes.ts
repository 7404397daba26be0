/**
 * The conformance suite of a register of persons (`RegistrePersonnes`): put, get, erase, checks, closing,
 * and, when the register can be read without the adapter, that an erasure leaves nothing behind.
 *
 * @packageDocumentation
 */
import type { FichePersonne, RegistrePersonnes } from '@tremplin/core';
import { sensitive } from '@tremplin/core';
import { afterEach, describe, expect, it } from 'vitest';
import { expectErr, expectOk } from '../harness.js';

/** What a register's test file gives the suite. */
export interface RegistrePersonnesConformanceOptions {
  /** The register's name, shown in test names. */
  readonly name: string;
  /** Opens a new, empty register. The suite closes it. */
  readonly createRegistre: () => RegistrePersonnes | Promise<RegistrePersonnes>;
  /**
   * Every stored byte of the register as text, read without the adapter (a table dump, a file): enables the
   * check that an erased record leaves no value behind.
   */
  readonly readRaw?: (registre: RegistrePersonnes) => string | Promise<string>;
  /** Per-test timeout in milliseconds (default 60 000). */
  readonly timeout?: number;
}

const MARQUEURS = {
  numen: '99MARQ0001ZZZ',
  dateNaissance: '1983-07-19',
  courriel: 'marqueur-1@exemple.invalid',
};

function fiche(stagiaireId: string, patch: Partial<FichePersonne> = {}): FichePersonne {
  return {
    stagiaireId,
    numen: sensitive(MARQUEURS.numen),
    dateNaissance: sensitive(MARQUEURS.dateNaissance),
    courriel: sensitive(MARQUEURS.courriel),
    rectifieLe: '2022-07-15T08:00:00+04:00',
    rectifiePar: 'rectorat:dpe-1',
    ...patch,
  };
}

/**
 * Registers the conformance suite of a register of persons in the calling vitest file.
 *
 * @param options - how to open the register.
 * @remarks Règlement (UE) 2016/679, art. 16 (a rectification replaces the values) and 17 (an erasure deletes
 * them: no copy is left in the register's storage).
 * @example
 * ```ts
 * runRegistrePersonnesConformance({ name: 'memory', createRegistre: () => createMemoryRegistrePersonnes() });
 * ```
 */
export function runRegistrePersonnesConformance(options: RegistrePersonnesConformanceOptions): void {
  const timeout = options.timeout ?? 60_000;
  describe(`${options.name} conforms to the RegistrePersonnes port`, () => {
    const opened: RegistrePersonnes[] = [];
    const fresh = async () => {
      const registre = await options.createRegistre();
      opened.push(registre);
      return registre;
    };
    afterEach(async () => {
      for (const registre of opened.splice(0)) await registre.close();
    });

    it('gives null for an unknown stagiaire, then the record put, as a copy', { timeout }, async () => {
      const registre = await fresh();
      expect(await expectOk(registre.get('stg-absent'))).toBeNull();
      await expectOk(registre.put(fiche('stg-1')));
      const read = await expectOk(registre.get('stg-1'));
      expect(read).toEqual(fiche('stg-1'));
      if (read !== null) (read as { numen: string | null }).numen = null;
      expect((await expectOk(registre.get('stg-1')))?.numen).toBe(MARQUEURS.numen);
    });

    it('replaces a record on put (rectification) and keeps null values as not known', {
      timeout,
    }, async () => {
      const registre = await fresh();
      await expectOk(registre.put(fiche('stg-1')));
      const rectifiee = fiche('stg-1', {
        courriel: sensitive('marqueur-2@exemple.invalid'),
        dateNaissance: null,
        rectifieLe: '2022-09-01T08:00:00+04:00',
      });
      await expectOk(registre.put(rectifiee));
      expect(await expectOk(registre.get('stg-1'))).toEqual(rectifiee);
      await expectOk(registre.put(fiche('stg-2')));
      expect((await expectOk(registre.get('stg-1')))?.courriel).toBe('marqueur-2@exemple.invalid');
    });

    it('erases a record once: true, then null and false', { timeout }, async () => {
      const registre = await fresh();
      await expectOk(registre.put(fiche('stg-1')));
      await expectOk(registre.put(fiche('stg-2')));
      expect(await expectOk(registre.erase('stg-1'))).toBe(true);
      expect(await expectOk(registre.get('stg-1'))).toBeNull();
      expect(await expectOk(registre.erase('stg-1'))).toBe(false);
      expect(await expectOk(registre.get('stg-2'))).not.toBeNull();
    });

    it('refuses a malformed record without echoing its values', { timeout }, async () => {
      const registre = await fresh();
      const bad = { ...fiche('stg-1'), numen: 'numen-secret-42' } as unknown as FichePersonne;
      const error = await expectErr(registre.put(bad));
      expect(error.kind).toBe('validation');
      expect(JSON.stringify(error)).not.toContain('numen-secret-42');
      const extra = { ...fiche('stg-1'), adresse: 'x' } as unknown as FichePersonne;
      expect((await expectErr(registre.put(extra))).kind).toBe('validation');
      expect(await expectOk(registre.get('stg-1'))).toBeNull();
    });

    it('treats hostile ids as plain keys', { timeout }, async () => {
      const registre = await fresh();
      for (const id of ["x'; DROP TABLE personnes; --", '__proto__', 'constructor', '%', '_']) {
        expect(await expectOk(registre.get(id))).toBeNull();
        expect(await expectOk(registre.erase(id))).toBe(false);
      }
      await expectOk(registre.put(fiche('stg-1')));
      expect(await expectOk(registre.get('stg-%'))).toBeNull();
    });

    it('fails every method with StoreFailure "closed" after close()', { timeout }, async () => {
      const registre = await fresh();
      await expectOk(registre.close());
      const errors = [
        await expectErr(registre.put(fiche('stg-1'))),
        await expectErr(registre.get('stg-1')),
        await expectErr(registre.erase('stg-1')),
      ];
      for (const error of errors) expect(error.kind === 'store' && error.code).toBe('closed');
      await expectOk(registre.close());
    });

    it('leaves no value behind once erased (raw storage)', { timeout }, async (context) => {
      if (options.readRaw === undefined) {
        context.skip();
        return;
      }
      const registre = await fresh();
      await expectOk(registre.put(fiche('stg-1')));
      const avant = await options.readRaw(registre);
      expect(avant).toContain(MARQUEURS.numen);
      await expectOk(registre.erase('stg-1'));
      const apres = await options.readRaw(registre);
      for (const valeur of Object.values(MARQUEURS)) expect(apres).not.toContain(valeur);
    });
  });
}
