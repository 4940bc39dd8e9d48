import { describe, expect, it } from 'vitest';
import { isSlug, slugify } from '../../../../src/lib/util/slug.ts';

describe('slugify', () => {
  it('lower-cases and joins words with hyphens', () => {
    expect(slugify('HTTP Status Code')).toBe('http-status-code');
    expect(slugify('Visma.net Integrations')).toBe('visma-net-integrations');
  });
  it('drops accents and punctuation at the ends', () => {
    expect(slugify('  Déjà vu!  ')).toBe('deja-vu');
    expect(slugify('client_id')).toBe('client-id');
  });
});

describe('isSlug', () => {
  it('accepts lower-case hyphenated words', () => {
    expect(isSlug('client-id')).toBe(true);
    expect(isSlug('dto')).toBe(true);
  });
  it('rejects capitals, spaces, double or edge hyphens', () => {
    for (const bad of ['Client-id', 'client id', 'client--id', '-client', 'client-', ''])
      expect(isSlug(bad)).toBe(false);
  });
});
