import { describe, expect, it } from 'vitest';
import { formerSlugMoves, redirectLines, termPagePath } from '../../../../src/lib/glossary/urls.ts';

describe('glossary URLs', () => {
  it('puts each term at /glossary/<slug>/', () => {
    expect(termPagePath('client-id')).toBe('/glossary/client-id/');
  });
  it('lists every former slug with the slug it moved to', () => {
    expect(
      formerSlugMoves([
        { slug: 'client-id', formerSlugs: ['clientid', 'client-identifier'] },
        { slug: 'api', formerSlugs: [] },
      ]),
    ).toEqual([
      { from: 'clientid', to: 'client-id' },
      { from: 'client-identifier', to: 'client-id' },
    ]);
  });
  it('writes _redirects lines, with the base path when there is one', () => {
    const moves = [{ from: 'clientid', to: 'client-id' }];
    expect(redirectLines(moves)).toEqual(['/glossary/clientid/ /glossary/client-id/ 301']);
    expect(redirectLines(moves, '/docs/')).toEqual(['/docs/glossary/clientid/ /docs/glossary/client-id/ 301']);
  });
});
