import { describe, expect, it } from 'vitest';
import {
  ALPHABET,
  SPLIT_AT,
  compareTerms,
  entryAnchorPath,
  glossaryLayout,
  isSplit,
  groupByLetter,
  letterId,
  letterOf,
  letterPagePath,
} from '../../../../src/lib/glossary/a-to-z.ts';

const terms = [
  { slug: 'user-visma-net-integrations', term: 'User', sense: 'Visma.net Integrations' },
  { slug: 'api', term: 'API' },
  { slug: 'user-financials-erp', term: 'User', sense: 'Financials ERP' },
  { slug: 'client-id', term: 'Client Id' },
  { slug: 'client', term: 'Client' },
  { slug: '3ds', term: '3-D Secure' },
  { slug: 'eclair', term: 'Éclair' },
];

describe('letterOf', () => {
  it('files by first letter, folding case and accents', () => {
    expect(letterOf('api')).toBe('A');
    expect(letterOf('Éclair')).toBe('E');
    expect(letterOf('3-D Secure')).toBe('#');
  });
});

describe('groupByLetter', () => {
  const groups = groupByLetter(terms);
  it('keeps every letter, in order', () => {
    expect(groups.map((g) => g.letter)).toEqual(ALPHABET);
  });
  it('sorts within a letter, senses of one word side by side', () => {
    expect(groups.find((g) => g.letter === 'U')!.terms.map((t) => t.slug)).toEqual([
      'user-financials-erp',
      'user-visma-net-integrations',
    ]);
    expect(groups.find((g) => g.letter === 'C')!.terms.map((t) => t.slug)).toEqual(['client', 'client-id']);
    expect(groups.find((g) => g.letter === '#')!.terms.map((t) => t.slug)).toEqual(['3ds']);
    expect(groups.find((g) => g.letter === 'B')!.terms).toEqual([]);
  });
  it('gives anchor ids per letter', () => {
    expect(letterId('A')).toBe('letter-a');
    expect(letterId('#')).toBe('letter-other');
  });
});

describe('compareTerms', () => {
  it('is case-insensitive', () => {
    expect(compareTerms({ slug: 'a', term: 'json' }, { slug: 'b', term: 'JSON' })).toBe(0);
  });
});

describe('glossaryLayout', () => {
  const many = Array.from({ length: 31 }, (_, i) => ({ slug: `t${i}`, term: `${'abc'[i % 3]}term ${i}` }));
  it('keeps one A to Z page up to the limit, linking letters to their sections', () => {
    const layout = glossaryLayout(terms, 10);
    expect(layout.split).toBe(false);
    expect(layout.hrefFor(layout.groups[0]!)).toBe('#letter-a');
  });
  it('splits into letter pages above the limit', () => {
    const layout = glossaryLayout(many, 30);
    expect(layout.split).toBe(true);
    expect(layout.hrefFor(layout.groups.find((g) => g.letter === 'B')!)).toBe('/glossary/letter/b/');
    expect(layout.groups.find((g) => g.letter === 'C')!.terms).toHaveLength(10);
  });
  it('names letter pages, with "other" for terms that start with a digit or sign', () => {
    expect(letterPagePath('Q')).toBe('/glossary/letter/q/');
    expect(letterPagePath('#')).toBe('/glossary/letter/other/');
  });
});

describe('entryAnchorPath', () => {
  it('points at the A to Z page, or at the letter page when split', () => {
    expect(entryAnchorPath('dto', 'DTO', false)).toBe('/glossary/#dto');
    expect(entryAnchorPath('dto', 'DTO', true)).toBe('/glossary/letter/d/#dto');
  });
});

describe('isSplit', () => {
  it('splits only above the limit', () => {
    expect(isSplit(SPLIT_AT)).toBe(false);
    expect(isSplit(SPLIT_AT + 1)).toBe(true);
    expect(isSplit(11, 10)).toBe(true);
  });
});
