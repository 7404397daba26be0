/**
 * The in-memory register of persons: the reference behaviour of the `RegistrePersonnes` port.
 *
 * @packageDocumentation
 */
import type { FichePersonne, RegistrePersonnes, StoreFailure, ValidationError } from '@tremplin/core';
import { closedStoreFailure, validateFichePersonne } from '@tremplin/core/store-kit';
import { err, ok, type Result, ResultAsync } from 'neverthrow';

function now<T, E>(result: Result<T, E>): ResultAsync<T, E> {
  return new ResultAsync(Promise.resolve(result));
}

/**
 * Creates a register of persons kept in this process's memory (tests, examples, a single-process host).
 *
 * @returns the register; records are copies, so a caller's object never changes what is stored.
 * @remarks Règlement (UE) 2016/679, art. 16–17: `put` replaces a record (rectification), `erase` deletes it
 * (erasure); nothing of the values is kept elsewhere.
 * @example
 * ```ts
 * const personnes = createMemoryRegistrePersonnes();
 * const tremplin = createTremplin({ store, rules, personnes: { registre: personnes } });
 * ```
 */
export function createMemoryRegistrePersonnes(): RegistrePersonnes {
  const fiches = new Map<string, FichePersonne>();
  let closed = false;
  return {
    put(fiche) {
      if (closed) return now(err<void, StoreFailure | ValidationError>(closedStoreFailure()));
      const checked = validateFichePersonne(fiche);
      if (checked.isErr()) return now(err(checked.error));
      fiches.set(checked.value.stagiaireId, { ...checked.value });
      return now(ok(undefined));
    },
    get(stagiaireId) {
      if (closed) return now(err(closedStoreFailure()));
      const fiche = fiches.get(stagiaireId);
      return now(ok(fiche === undefined ? null : { ...fiche }));
    },
    erase(stagiaireId) {
      if (closed) return now(err(closedStoreFailure()));
      return now(ok(fiches.delete(stagiaireId)));
    },
    close() {
      closed = true;
      fiches.clear();
      return now(ok(undefined));
    },
  };
}
