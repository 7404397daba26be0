import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isUuid, NAMESPACE_DNS, NAMESPACE_URL, uuidV5 } from '../src/index.js';

describe('uuidV5', () => {
  it('gives the RFC 9562 Appendix A.4 test vector', () => {
    expect(uuidV5('www.example.com', NAMESPACE_DNS)).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('agrees with an independent implementation (Python uuid.uuid5) on other names and namespaces', () => {
    expect(uuidV5('python.org', NAMESPACE_DNS)).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
    expect(
      uuidV5('https://www.legifrance.gouv.fr/eli/arrete/2013/7/1/MENE1315928A/jo/texte', NAMESPACE_URL),
    ).toBe('6339766c-fdd1-5042-9e5c-bbd72d8e8c9d');
    // Non-ASCII names are hashed as UTF-8; an empty name is allowed.
    expect(uuidV5('référentiel é œ', '6ba7b812-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '6ab61d24-b7f6-58ec-8bc4-84c54e1a18fe',
    );
    expect(uuidV5('', '6ba7b814-9dad-11d1-80b4-00c04fd430c8')).toBe('b4bdf874-8c03-5bd8-8fd7-5e409dfd82c0');
  });

  it('accepts an uppercase namespace and always answers lowercase', () => {
    expect(uuidV5('www.example.com', NAMESPACE_DNS.toUpperCase())).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });

  it('throws a TypeError for a namespace that is not a UUID', () => {
    expect(() => uuidV5('x', 'not-a-uuid')).toThrow(TypeError);
    expect(() => uuidV5('x', '6ba7b8109dad11d180b400c04fd430c8')).toThrow(TypeError);
  });

  it('property: version 5, RFC variant, deterministic, and distinct names give distinct UUIDs', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.uuid(), (a, b, namespace) => {
        const ua = uuidV5(a, namespace);
        expect(isUuid(ua)).toBe(true);
        expect(ua).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
        expect(uuidV5(a, namespace)).toBe(ua);
        if (a !== b) expect(uuidV5(b, namespace)).not.toBe(ua);
      }),
    );
  });
});
