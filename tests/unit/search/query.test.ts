import { describe, expect, it } from 'vitest';
import { allowedSlips, likelyMeant, parseQuery, searchableName, wordsOf } from '../../../src/search/query.ts';

const terms = (text: string) => parseQuery(text).terms;

describe('wordsOf', () => {
  it('lower-cases and splits on spaces and punctuation', () => {
    expect(wordsOf('Who issues a Production client?')).toEqual(['who', 'issues', 'a', 'production', 'client']);
  });
  it('keeps the characters of API names, and drops punctuation at the edges of words', () => {
    expect(wordsOf('client_id, redirect-uri and Visma.net')).toEqual(['client_id', 'redirect-uri', 'and', 'visma.net']);
    expect(wordsOf('"dto." -- status...')).toEqual(['dto', 'status']);
  });
  it('keeps a word with an apostrophe whole', () => {
    expect(wordsOf("What's a DTO? don’t")).toEqual(['whats', 'a', 'dto', 'dont']);
  });
});

describe('parseQuery: the terms worth searching for', () => {
  it('drops question and filler words, "what’s" and the like', () => {
    expect(terms('what to include in a support request')).toEqual(['include', 'support', 'request']);
    expect(terms('what’s an endpoint')).toEqual(['endpoint']);
    expect(terms("who's the partner service")).toEqual(['partner', 'service']);
  });
  it('drops the words of a question asking what something means', () => {
    expect(terms('What does DTO mean?')).toEqual(['dto']);
    expect(terms('client id definition')).toEqual(['client', 'id']);
    expect(terms('meaning of http status code')).toEqual(['http', 'status', 'code']);
  });
  it('keeps a query made only of stop words rather than searching for nothing', () => {
    expect(terms('Who we are')).toEqual(['who', 'we', 'are']);
    expect(terms('   ')).toEqual([]);
  });
});

describe('parseQuery: the words the quick indexes match', () => {
  it('drops stop words, stems, and treats the last word as still being typed', () => {
    expect(parseQuery('who issues a production cli').words).toEqual([
      { word: 'issues', stem: 'issu', prefix: false, slips: 1 },
      { word: 'production', stem: 'production', prefix: false, slips: 2 },
      { word: 'cli', stem: 'cli', prefix: true, slips: 0 },
    ]);
    expect(parseQuery('production client ').words.at(-1)!.prefix).toBe(false);
  });
  it('keeps one word per stem, runs a hyphenated word together, and has none for stop words only', () => {
    expect(parseQuery('request requests').words.map((q) => q.word)).toEqual(['request']);
    expect(parseQuery('e-mail support').words.map((q) => q.word)).toEqual(['email', 'support']);
    expect(parseQuery('who is it').words).toEqual([]);
  });
});

describe('parseQuery: the query as a term name', () => {
  it('is the whole query and the query without filler words, as searchable names', () => {
    const query = parseQuery('What is a client_secret?');
    expect(query.nameForms).toEqual(['what is a client secret', 'client secret']);
    expect(query.nameWords).toEqual(['client', 'secret']);
    expect(parseQuery('   ').nameForms).toEqual([]);
  });
  it('compares names in lower case with punctuation as spaces and compatibility forms folded', () => {
    expect(searchableName('  Client_ID ')).toBe('client id');
    expect(searchableName('Visma.net  (ERP)')).toBe('visma net erp');
    expect(searchableName('ＤＴＯ')).toBe('dto');
  });
});

describe('slips of the keyboard', () => {
  const KNOWN = ['client', 'clients', 'secret', 'receive', 'redirect', 'endpoint', 'endpoints', 'user', 'used', 'code'];
  it('reads a swapped, missing, extra or wrong letter in a longer word as the closest known word', () => {
    expect(likelyMeant('clinet', KNOWN)).toBe('client');
    expect(likelyMeant('recieve', KNOWN)).toBe('receive');
    expect(likelyMeant('redirct', KNOWN)).toBe('redirect');
    expect(likelyMeant('secrte', KNOWN)).toBe('secret');
    expect(likelyMeant('endpiont', KNOWN)).toBe('endpoint');
    expect(likelyMeant('clientz', KNOWN)).toBe('client');
  });
  it('allows two slips only in long words, and none in short ones', () => {
    expect(likelyMeant('confguraton', ['configuration'])).toBe('configuration');
    expect(likelyMeant('scerte', KNOWN)).toBeUndefined();
    expect(likelyMeant('usr', KNOWN)).toBeUndefined();
    expect(likelyMeant('cdoe', KNOWN)).toBe('code'); // four letters: one slip
    expect([3, 4, 7, 8].map(allowedSlips)).toEqual([0, 1, 1, 2]);
  });
  it('never offers the word itself', () => {
    expect(likelyMeant('client', KNOWN)).toBe('clients');
  });
});
