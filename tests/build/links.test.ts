import { beforeAll, describe, expect, it } from 'vitest';
import { readBuiltSite } from '../../src/lib/publish/dist-pages.ts';
import { findBrokenLinks, formatBrokenLinks } from '../../src/lib/publish/link-check.ts';
import { DIST, assertBuilt } from '../support/dist.ts';

beforeAll(assertBuilt);

describe('links in dist/', () => {
  it('has no broken internal link or anchor anywhere', () => {
    const { pages, files } = readBuiltSite(DIST, process.env.BASE_PATH ?? '/');
    expect(pages.length).toBeGreaterThanOrEqual(7);
    const linkCount = pages.reduce((n, p) => n + p.links.length, 0);
    expect(linkCount).toBeGreaterThan(50);
    expect(formatBrokenLinks(findBrokenLinks(pages, files))).toBe('');
  });
});
