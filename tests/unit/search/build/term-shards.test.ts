import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { buildTermShards, shardKey, termNames } from '../../../../src/search/build/term-shards.ts';
import { syntheticTerms } from '../../../../scripts/bench/synthetic-terms.ts';
import { parseTermFile } from '../../../../src/lib/glossary/source.ts';
import { TERM_SHARDS as shards, TERMS, termPage } from '../../../support/search-terms.ts';

describe('term names', () => {
  it('gives each term its name, "name (sense)" and aliases, once each', () => {
    expect(termNames(TERMS[1]!)).toEqual(['client id', 'clientid', 'client identifier']);
    expect(termNames(TERMS[3]!)).toEqual(['user', 'user erp', 'erp user']);
  });
  it('keys a shard by the first character, with one shard for other scripts', () => {
    expect(shardKey('client id')).toBe('c');
    expect(shardKey('2fa')).toBe('2');
    expect(shardKey('émission')).toBe('_');
  });
});

describe('buildTermShards', () => {
  it('puts every name in the shard of its first character, with what a result shows', () => {
    expect([...shards.keys()]).toEqual(['2', '_', 'a', 'c', 'e', 's', 'u']);
    const c = shards.get('c')!;
    expect(c.terms.map((t) => t.slug)).toEqual(['client', 'client-id', 'client-secret']);
    expect(c.terms[1]).toEqual({
      slug: 'client-id',
      label: 'Client Id',
      summary: 'The id <of> a client.',
      url: '/glossary/client-id/',
      names: ['client id', 'clientid', 'client identifier'],
    });
    expect(shards.get('s')!.terms.map((t) => [t.slug, t.names])).toEqual([['client-secret', ['secret']]]);
    expect(shards.get('e')!.terms.map((t) => [t.slug, t.sense])).toEqual([['user-erp', 'ERP']]);
  });

  it('holds every name of every term exactly once across shards', () => {
    const all = [...shards.values()].flatMap((s) => s.terms.flatMap((t) => t.names.map((n) => `${t.slug}:${n}`)));
    expect(all.sort()).toEqual(TERMS.flatMap((t) => termNames(t).map((n) => `${t.slug}:${n}`)).sort());
  });

  // Parsing 10,000 term files takes seconds on a busy machine: more time than a unit test's default.
  it('keeps each shard small at 10,000 terms (one of 26 letters each)', { timeout: 30_000 }, () => {
    const big = syntheticTerms(10_000).map((t) => parseTermFile(t.text, t.file));
    const sizes = [...buildTermShards(big, termPage).values()].map((s) => gzipSync(JSON.stringify(s)).length);
    expect(sizes.length).toBe(26);
    expect(Math.max(...sizes)).toBeLessThan(40_000);
  });
});
