import { describe, expect, it } from 'vitest';
import { allowedSlips, likelyMeant } from '../../../src/search/spelling.ts';

const KNOWN = [
  'client',
  'clients',
  'secret',
  'receive',
  'redirect',
  'endpoint',
  'endpoints',
  'user',
  'used',
  'code',
  'configuration',
];

describe('likelyMeant', () => {
  it('recognises a swapped, missing, extra or wrong letter in a longer word', () => {
    expect(likelyMeant('clinet', KNOWN)).toEqual(['client']);
    expect(likelyMeant('recieve', KNOWN)).toEqual(['receive']);
    expect(likelyMeant('redirct', KNOWN)).toEqual(['redirect']);
    expect(likelyMeant('secrte', KNOWN)).toEqual(['secret']);
    expect(likelyMeant('endpiont', KNOWN)).toEqual(['endpoint', 'endpoints']);
  });
  it('allows two slips only in long words', () => {
    expect(likelyMeant('confguraton', KNOWN)).toEqual(['configuration']);
    expect(likelyMeant('scerte', KNOWN)).toEqual([]);
  });
  it('leaves short words alone: they are too close to each other', () => {
    expect(likelyMeant('usr', KNOWN)).toEqual([]);
    expect(likelyMeant('cod', KNOWN)).toEqual([]);
    expect(likelyMeant('cdoe', KNOWN)).toEqual(['code']); // four letters: one slip
    expect(allowedSlips(3)).toBe(0);
    expect(allowedSlips(4)).toBe(1);
    expect(allowedSlips(8)).toBe(2);
  });
  it('never offers the word itself, and keeps the closest first', () => {
    expect(likelyMeant('client', KNOWN)).toEqual(['clients']);
    expect(likelyMeant('clientz', KNOWN, 1)).toEqual(['client']);
  });
});
