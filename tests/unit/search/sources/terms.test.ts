import { describe, expect, it } from 'vitest';
import { buildTermShards, type TermSource } from '../../../../src/search/build/term-shards.ts';
import { parseQuery } from '../../../../src/search/query.ts';
import {
  foldWord,
  matchTerms as matchQuery,
  shardKeysFor as keysFor,
  slipShardKeys as slipKeysFor,
} from '../../../../src/search/sources/terms.ts';
import type { TermShard } from '../../../../src/search/build/term-shards.ts';
import { TERM_SHARDS as shards, TERMS, termPage } from '../../../support/search-terms.ts';

const matchTerms = (shards: readonly TermShard[], q: string, limit?: number) =>
  matchQuery(shards, parseQuery(q), limit);
const shardKeysFor = (q: string) => keysFor(parseQuery(q));
const slipShardKeys = (q: string) => slipKeysFor(parseQuery(q));
const match = (q: string, limit?: number) => matchTerms([...shards.values()], q, limit).map((m) => m.entry.slug);

describe('matchTerms', () => {
  it('puts a term named exactly what was typed before terms whose name starts with it', () => {
    expect(match('client')).toEqual(['client', 'client-id', 'client-secret']);
    expect(match('Client ID')).toEqual(['client-id']);
    expect(match('client_id')).toEqual(['client-id']);
    expect(match('clie')).toEqual(['client', 'client-id', 'client-secret']);
  });
  it('finds a term through a slip of the keyboard, only when no name matched as typed', () => {
    expect(match('clinet secret')).toEqual(['client-secret']);
    expect(match('clent id')).toEqual(['client-id']);
    expect(match('secrte')).toEqual(['client-secret']);
    expect(matchTerms([...shards.values()], 'clinet id').map((m) => m.how)).toEqual(['slip']);
    expect(match('clientz')).toEqual(['client']);
    expect(match('cleint')).toEqual(['client']);
    expect(match('usr')).toEqual([]); // too short to guess
    expect(match('clinet code')).toEqual([]); // every word must be close, not the whole: "code" is not "id"
    expect(match('client sedret')).toEqual(['client-secret']);
    expect(match('client')).toEqual(['client', 'client-id', 'client-secret']); // named: no guessing
  });
  it('looks for a slip in the first letters in the shard of the second letter', () => {
    expect(slipShardKeys('lcient id')).toEqual(['c']);
    expect(slipShardKeys('xclient')).toEqual(['c']);
    expect(slipShardKeys('client')).toEqual(['l']);
    expect(slipShardKeys('dto')).toEqual([]); // too short to guess
    // With that shard loaded too, the swapped name is found.
    const only = (key: string) => shards.get(key) ?? { terms: [] };
    expect(matchTerms([only('l')], 'lcient id').map((m) => m.entry.slug)).toEqual([]);
    expect(matchTerms([only('l'), only('c')], 'lcient id').map((m) => m.entry.slug)).toEqual(['client-id']);
  });
  it('finds a term by an alias, and a sense by "name (sense)"', () => {
    expect(match('secret')).toEqual(['client-secret']);
    expect(match('user (erp)')).toEqual(['user-erp']);
    expect(match('user')).toEqual(['user-erp', 'user-vni']);
    expect(match('2fa')).toEqual(['émission']);
  });
  it('drops filler words from a question', () => {
    expect(shardKeysFor('What is a client secret?')).toEqual(['w', 'c']);
    expect(match('What is a client secret?')).toEqual(['client-secret']);
  });
  it('finds nothing for words inside a name or a question about something else', () => {
    expect(match('id')).toEqual([]);
    expect(match('production client')).toEqual([]);
    expect(match('   ')).toEqual([]);
  });
  it('gives the same order whatever the limit', () => {
    expect(match('c', 2)).toEqual(match('c').slice(0, 2));
    expect(match('client secret lost', 1)).toEqual(match('client secret lost').slice(0, 1));
  });
  it('meets plurals of a name', () => {
    expect(match('client ids')).toEqual(['client-id']);
    expect(match('Users')).toEqual(['user-erp', 'user-vni']);
    expect(match('secrets')).toEqual(['client-secret']);
    expect(match('What are client secrets?')).toEqual(['client-secret']);
  });
  it('finds a term named inside a longer query when its name covers more than half of the content words', () => {
    expect(match('client secret lost')).toEqual(['client-secret']);
    expect(match('lost client_id')).toEqual(['client-id']);
    expect(match('I lost my client secret')).toEqual(['client-secret']);
    expect(match('erp user locked')).toEqual(['user-erp']);
    // Half or less: a question about something else that mentions a term.
    expect(match('who issues a production client')).toEqual([]);
    expect(match('client lost')).toEqual([]);
    expect(match('erp user interface question')).toEqual([]);
    // The words must stand together, in the name's order.
    expect(match('secret client lost')).toEqual([]);
  });
  it('ranks a term named inside the query after equal and prefix matches, longer names first', () => {
    const more: TermSource[] = [
      ...TERMS,
      { slug: 'client-secret-lost', term: 'Client secret lost', aliases: [], summary: 'What to do.' },
      { slug: 'secret-lost', term: 'Secret lost', aliases: [], summary: 'Also.' },
    ];
    const all = [...buildTermShards(more, termPage).values()];
    const found = matchTerms(all, 'client secret lost');
    expect(found.map((m) => [m.entry.slug, m.how])).toEqual([
      ['client-secret-lost', 'equals'],
      ['client-secret', 'inside'],
      ['secret-lost', 'inside'],
    ]);
    expect(matchTerms(all, 'client secret').map((m) => [m.entry.slug, m.how])).toEqual([
      ['client-secret', 'equals'],
      ['client-secret-lost', 'starts'],
    ]);
  });
});

describe('names inside a query', () => {
  it('folds plurals on both sides, keeping double s and short words', () => {
    expect(['ids', 'isvs', 'codes', 'queries', 'access', 'is', 'status'].map(foldWord)).toEqual([
      'id',
      'isv',
      'code',
      'query',
      'access',
      'is',
      'statu',
    ]);
  });
  it('fetches the shards of the words a covering name could start with, and no others', () => {
    expect(shardKeysFor('client secret lost')).toEqual(['c', 's']);
    expect(shardKeysFor('a b c d e')).toEqual(['a', 'b', 'c']);
    expect(shardKeysFor('status code 401')).toEqual(['s', 'c']);
    expect(shardKeysFor('lost client_id')).toEqual(['l', 'c']);
    expect(shardKeysFor('I lost my client secret')).toEqual(['i', 'l', 'c']);
  });
});
