import { describe, expect, it } from 'vitest';
import { findBrokenLinks, resolveHref } from '../../../../src/lib/publish/link-check.ts';

const page = (path: string, ids: string[], links: string[]) => ({ path, ids: new Set(ids), links });

describe('resolveHref', () => {
  it('resolves relative and root links, ignores external ones', () => {
    expect(resolveHref('../../scope/#covered', '/glossary/dto/')).toEqual({ path: '/scope/', hash: 'covered' });
    expect(resolveHref('#main', '/scope/')).toEqual({ path: '/scope/', hash: 'main' });
    expect(resolveHref('mailto:a@b.c', '/')).toBeNull();
    expect(resolveHref('https://example.com/', '/')).toBeNull();
  });
});

describe('findBrokenLinks', () => {
  const pages = [
    page('/', ['main'], ['/scope/', '/scope/#covered', '#main', 'https://x.y/', '/glossary/', '/favicon.svg']),
    page('/scope/', ['main', 'covered'], ['/', '/scope/#not-covered', '/nowhere/', '/scope']),
  ];
  const broken = findBrokenLinks(pages, new Set(['/favicon.svg']));
  it('reports missing pages and anchors, with where the link is', () => {
    expect(broken).toEqual([
      { from: '/', href: '/glossary/', reason: 'no page or file at /glossary/' },
      { from: '/scope/', href: '/scope/#not-covered', reason: '/scope/ has no element with id="not-covered"' },
      { from: '/scope/', href: '/nowhere/', reason: 'no page or file at /nowhere/' },
    ]);
  });
  it('finds nothing on a sound site', () => {
    expect(findBrokenLinks([page('/', ['a'], ['#a', '/'])])).toEqual([]);
  });
});
