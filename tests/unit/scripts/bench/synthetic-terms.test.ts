import { describe, expect, it } from 'vitest';
import { prng, syntheticTerms } from '../../../../scripts/bench/synthetic-terms.ts';

describe('syntheticTerms', () => {
  it('is deterministic', () => {
    expect(syntheticTerms(50)).toEqual(syntheticTerms(50));
    expect(prng(1)()).toBe(prng(1)());
  });
  it('gives unique slugs and spreads terms over the alphabet', () => {
    const terms = syntheticTerms(260);
    expect(new Set(terms.map((t) => t.slug)).size).toBe(260);
    const letters = new Set(terms.map((t) => t.text.match(/^term: (.)/m)![1]!.toUpperCase()));
    expect(letters.size).toBe(26);
  });
  it('writes frontmatter with the required fields and related links to real slugs', () => {
    const terms = syntheticTerms(3);
    const slugs = new Set(terms.map((t) => t.slug));
    for (const t of terms) {
      expect(t.text).toMatch(
        /^---\nterm: .+\nsummary: .+\.\naliases: \[.+\]\nrelated: \[(.+)\]\nupdated: 2021-10-02\n---/,
      );
      const related = t.text.match(/related: \[(.+)\]/)![1]!;
      expect(slugs.has(related)).toBe(true);
    }
  });
});
