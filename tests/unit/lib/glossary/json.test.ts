import { describe, expect, it } from 'vitest';
import { definedTermLd, definedTermSetLd, glossarySchema, jsonForScript } from '../../../../src/lib/glossary/json.ts';
import { validate } from '../../../support/json-schema.ts';

const term = {
  slug: 'user-erp',
  term: 'User',
  sense: 'Financials ERP',
  aliases: ['ERP user'],
  summary: 'Someone.',
  url: 'https://x.test/glossary/user-erp/',
};

describe('JSON-LD', () => {
  it('describes a term as a schema.org DefinedTerm in its set', () => {
    expect(definedTermLd(term, 'https://x.test/glossary/')).toEqual({
      '@context': 'https://schema.org',
      '@type': 'DefinedTerm',
      '@id': term.url,
      url: term.url,
      name: 'User (Financials ERP)',
      termCode: 'user-erp',
      description: 'Someone.',
      alternateName: ['ERP user'],
      inDefinedTermSet: 'https://x.test/glossary/',
    });
  });
  it('describes the glossary as a DefinedTermSet with every term', () => {
    const set = definedTermSetLd({ name: 'Glossary', description: 'D', url: 'https://x.test/glossary/' }, [
      term,
      { ...term, slug: 'api', sense: null, aliases: [] },
    ]);
    expect(set['@type']).toBe('DefinedTermSet');
    expect(set.hasDefinedTerm.map((t) => t.termCode)).toEqual(['user-erp', 'api']);
    expect(set.hasDefinedTerm[1]).not.toHaveProperty('alternateName');
  });
  it('cannot close its script element', () => {
    const text = jsonForScript({ a: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ a: '</script><script>alert(1)</script>' });
  });
});

describe('glossary.json schema', () => {
  const schema = glossarySchema('https://x.test/glossary.schema.json', 'Example Support');
  const good = {
    version: 1,
    name: 'G',
    url: 'https://x.test/glossary/',
    terms: [
      {
        slug: 'api',
        term: 'API',
        sense: null,
        aliases: [],
        summary: 'S.',
        definition: 'D.',
        url: 'https://x.test/glossary/api/',
        related: [],
        formerSlugs: [],
        updated: '2021-10-02',
      },
    ],
  };
  it('accepts a valid document', () => {
    expect(validate(schema, good)).toEqual([]);
  });
  it('rejects a wrong version, a missing field, a bad slug and an unknown field', () => {
    const bad = structuredClone(good) as Record<string, unknown> & { terms: Record<string, unknown>[] };
    bad.version = 2;
    delete bad.terms[0]!.summary;
    bad.terms[0]!.related = ['Not A Slug'];
    bad.terms[0]!.extra = true;
    expect(validate(schema, bad)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\/version: must be 1/),
        expect.stringMatching(/^\/terms\/0: missing required property "summary"/),
        expect.stringMatching(/^\/terms\/0\/related\/0: does not match/),
        expect.stringMatching(/^\/terms\/0: unknown property "extra"/),
      ]),
    );
  });
});
