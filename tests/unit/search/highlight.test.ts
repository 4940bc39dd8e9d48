import { describe, expect, it } from 'vitest';
import { highlightPattern, highlightTermsFrom, matchRanges } from '../../../src/search/highlight.ts';
import { resultHref } from '../../../src/search/merge.ts';

describe('highlightTermsFrom', () => {
  it('reads the terms from ?highlight=, without stop words or repeats', () => {
    expect(highlightTermsFrom('?highlight=who+issues+a+production+client')).toEqual(['issues', 'production', 'client']);
    expect(highlightTermsFrom('?highlight=client&highlight=client+id')).toEqual(['client', 'id']);
  });
  it('returns nothing without the parameter', () => {
    expect(highlightTermsFrom('?q=client')).toEqual([]);
    expect(highlightTermsFrom('')).toEqual([]);
  });
});

describe('highlightPattern and matchRanges', () => {
  const text = 'Configuring a Client Id: the client_id of a client. Secret clientele? Re-client.';
  it('matches whole words that start with a term, in any case', () => {
    const ranges = matchRanges(text, highlightPattern(['client']));
    expect(ranges.map(([s, e]) => text.slice(s, e))).toEqual(['Client', 'client_id', 'client', 'clientele', 'client']);
  });
  it('matches the start of a longer word ("configur" finds "Configuring"), not the middle', () => {
    expect(matchRanges('reconfigure, Configuring', highlightPattern(['configur'])).length).toBe(1);
  });
  it('finds a word written with hyphens: "email" marks "e-mail"', () => {
    const mail = 'Send an e-mail, or an email.';
    expect(matchRanges(mail, highlightPattern(['email'])).map(([s, e]) => mail.slice(s, e))).toEqual([
      'e-mail',
      'email',
    ]);
  });
  it('treats special characters in terms literally', () => {
    expect(matchRanges('a.b axb', highlightPattern(['a.b']))).toEqual([[0, 3]]);
  });
  it('has no pattern and no matches for no terms', () => {
    expect(highlightPattern([])).toBeNull();
    expect(matchRanges(text, null)).toEqual([]);
  });
});

describe('resultHref', () => {
  it('adds the words to highlight and the section anchor', () => {
    expect(resultHref('/docs/scope/', ['production', 'client'], 'referred-elsewhere')).toBe(
      '/docs/scope/?highlight=production+client#referred-elsewhere',
    );
  });
  it('drops a query or fragment Pagefind left on the URL, and works without an anchor', () => {
    expect(resultHref('/glossary/?highlight=x#y', ['dto'])).toBe('/glossary/?highlight=dto');
    expect(resultHref('/checklist/', [])).toBe('/checklist/');
  });
  it('escapes anchors', () => {
    expect(resultHref('/a/', [], 'a b')).toBe('/a/#a%20b');
  });
});
