import { describe, expect, it } from 'vitest';
import { findBrokenLinks, findUnsafeLinks, resolveHref, unsafeScheme } from '../../../../src/lib/publish/link-check.ts';

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

describe('unsafeScheme / findUnsafeLinks', () => {
  it('names javascript:, vbscript: and data: links, in any case and as browsers read them', () => {
    expect(unsafeScheme('javascript:alert(1)')).toBe('javascript');
    expect(unsafeScheme('JavaScript:void(0)')).toBe('javascript');
    expect(unsafeScheme('  java\tscript:alert(1)')).toBe('javascript');
    expect(unsafeScheme('vbscript:msgbox("x")')).toBe('vbscript');
    expect(unsafeScheme('data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==')).toBe('data');
  });
  it('leaves pages, anchors, mail and web addresses alone', () => {
    for (const href of [
      '/checklist/',
      '#covered',
      'mailto:VNI-Support@visma.com',
      'https://developer.visma.com/',
      '/data:/',
      './javascript/',
    ]) {
      expect(unsafeScheme(href), href).toBeUndefined();
    }
  });
  it('lists each such link with the page it is on', () => {
    const pages = [
      { path: '/', ids: new Set<string>(), links: ['/scope/', 'javascript:alert(1)'] },
      { path: '/scope/', ids: new Set<string>(), links: ['data:text/html,<b>hi</b>'] },
    ];
    expect(findUnsafeLinks(pages)).toEqual([
      { from: '/', href: 'javascript:alert(1)', scheme: 'javascript' },
      { from: '/scope/', href: 'data:text/html,<b>hi</b>', scheme: 'data' },
    ]);
  });
});
