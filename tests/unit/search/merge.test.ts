import { describe, expect, it } from 'vitest';
import { escapeHtml, fullOrder, quickOrder, type Hit } from '../../../src/search/merge.ts';

/** A result with what the merge looks at. */
const hit = (href: string, more: Partial<Hit> = {}): Hit => ({
  href,
  title: href,
  section: undefined,
  heading: undefined,
  excerpt: '',
  wordShare: 1,
  ...more,
});
const hrefs = (hits: Hit[]) => hits.map((h) => h.href);

describe('quickOrder', () => {
  const exact = hit('/glossary/erp/');
  const inside = hit('/glossary/financials-erp/', { termInLongerQuery: true });
  const named = hit('/channels/#erp-support', { headingHoldsQuery: true });
  const other = hit('/scope/#referred', { wordShare: 0.5 });
  const whole = hit('/channels/#erp-support-text');
  it('puts a section whose heading names the whole query before a term named inside it, never before a term named by it', () => {
    expect(hrefs(quickOrder([inside], [other, named]))).toEqual([
      '/channels/#erp-support',
      '/glossary/financials-erp/',
      '/scope/#referred',
    ]);
    expect(hrefs(quickOrder([exact, inside], [other, named]))).toEqual([
      '/glossary/erp/',
      '/channels/#erp-support',
      '/glossary/financials-erp/',
      '/scope/#referred',
    ]);
    expect(hrefs(quickOrder([], [other, named]))).toEqual(['/channels/#erp-support', '/scope/#referred']);
  });
  it('puts a section holding every word before a term named inside the query, and one holding fewer after it', () => {
    expect(hrefs(quickOrder([exact, inside], [other, whole]))).toEqual([
      '/glossary/erp/',
      '/channels/#erp-support-text',
      '/glossary/financials-erp/',
      '/scope/#referred',
    ]);
    expect(hrefs(quickOrder([inside], [other]))).toEqual(['/glossary/financials-erp/', '/scope/#referred']);
  });
  it('keeps a term guessed from a slip only when the pages do not know the typed words either', () => {
    const guessedTerm = hit('/glossary/client-secret/', { slipGuess: true });
    const guessedPage = hit('/checklist/', { slipGuess: true });
    expect(hrefs(quickOrder([guessedTerm], [guessedPage]))).toEqual(['/glossary/client-secret/', '/checklist/']);
    expect(hrefs(quickOrder([guessedTerm], []))).toEqual(['/glossary/client-secret/']);
    expect(hrefs(quickOrder([guessedTerm], [whole]))).toEqual(['/channels/#erp-support-text']);
  });
  it('shows each page once, and the same order whatever the limit', () => {
    expect(hrefs(quickOrder([hit('/g/a/?highlight=x')], [hit('/g/a/#t'), hit('/scope/#s'), hit('/g/')]))).toEqual([
      '/g/a/?highlight=x',
      '/scope/#s',
      '/g/',
    ]);
    expect(hrefs(quickOrder([inside], [other, named], 1))).toEqual(['/channels/#erp-support']);
  });
});

describe('fullOrder', () => {
  const term = hit('/glossary/a/');
  const sure = hit('/scope/#covered');
  const most = hit('/channels/#partner', { wordShare: 2 / 3 });
  const weak = hit('/checklist/', { wordShare: 0.5 });
  const full = [hit('/glossary/b/#t'), hit('/policy/', { wordShare: 0 }), hit('/glossary/c/')];
  it('puts Pagefind’s results holding every word before the first quick result holding half of them or less', () => {
    expect(hrefs(fullOrder([term, sure, weak], full))).toEqual([
      '/glossary/a/',
      '/scope/#covered',
      '/glossary/b/#t',
      '/glossary/c/',
      '/checklist/',
      '/policy/',
    ]);
    expect(hrefs(fullOrder([term, weak], full, 2))).toEqual(['/glossary/a/', '/glossary/b/#t']);
    expect(hrefs(fullOrder([weak, sure], full))).toEqual([
      '/glossary/b/#t',
      '/glossary/c/',
      '/checklist/',
      '/scope/#covered',
      '/policy/',
    ]);
  });
  it('puts Pagefind’s results holding every word as typed before a result found through a guessed word', () => {
    const guessed = hit('/channels/#partner', { slipGuess: true });
    expect(hrefs(fullOrder([guessed], full))).toEqual([
      '/glossary/b/#t',
      '/glossary/c/',
      '/channels/#partner',
      '/policy/',
    ]);
    expect(hrefs(fullOrder([guessed], []))).toEqual(['/channels/#partner']);
  });
  it('keeps the quick results first while they hold more than half of the words, and each page once', () => {
    expect(hrefs(fullOrder([most, weak], full))).toEqual([
      '/channels/#partner',
      '/glossary/b/#t',
      '/glossary/c/',
      '/checklist/',
      '/policy/',
    ]);
    expect(hrefs(fullOrder([term, sure], [hit('/glossary/a/#x'), hit('/b/')]))).toEqual([
      '/glossary/a/',
      '/scope/#covered',
      '/b/',
    ]);
  });
});

describe('escapeHtml', () => {
  it('escapes what would be markup in an excerpt', () => {
    expect(escapeHtml(`<b> & "it's"`)).toBe('&#60;b&#62; &#38; &#34;it&#39;s&#34;');
  });
});
