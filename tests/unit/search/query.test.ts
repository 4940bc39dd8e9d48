import { describe, expect, it } from 'vitest';
import { cleanQuery, queryWords, searchTerms } from '../../../src/search/query.ts';

describe('queryWords', () => {
  it('lower-cases and splits on spaces and punctuation', () => {
    expect(queryWords('Who issues a Production client?')).toEqual(['who', 'issues', 'a', 'production', 'client']);
  });
  it('keeps the characters of API names', () => {
    expect(queryWords('client_id, redirect-uri and Visma.net')).toEqual([
      'client_id',
      'redirect-uri',
      'and',
      'visma.net',
    ]);
  });
  it('drops punctuation at the edges of words', () => {
    expect(queryWords('"dto." -- status...')).toEqual(['dto', 'status']);
  });
});

describe('searchTerms', () => {
  it('drops question and filler words', () => {
    expect(searchTerms('what to include in a support request')).toEqual(['include', 'support', 'request']);
    expect(searchTerms('who issues a production client')).toEqual(['issues', 'production', 'client']);
  });
  it('keeps a word with an apostrophe whole, and drops "what’s" and the like', () => {
    expect(queryWords("What's a DTO? don’t")).toEqual(['whats', 'a', 'dto', 'dont']);
    expect(searchTerms('what’s an endpoint')).toEqual(['endpoint']);
    expect(searchTerms("who's the partner service")).toEqual(['partner', 'service']);
  });
  it('drops the words of a question asking what something means', () => {
    expect(searchTerms('What does DTO mean?')).toEqual(['dto']);
    expect(searchTerms('client id definition')).toEqual(['client', 'id']);
    expect(searchTerms('meaning of http status code')).toEqual(['http', 'status', 'code']);
  });
  it('keeps a query made only of stop words rather than searching for nothing', () => {
    expect(searchTerms('Who we are')).toEqual(['who', 'we', 'are']);
  });
  it('keeps terms such as "id" that look short', () => {
    expect(searchTerms('client id')).toEqual(['client', 'id']);
  });
  it('returns nothing for an empty or blank query', () => {
    expect(searchTerms('   ')).toEqual([]);
    expect(cleanQuery('')).toBe('');
  });
});
