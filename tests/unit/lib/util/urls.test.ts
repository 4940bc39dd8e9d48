import { describe, expect, it } from 'vitest';
import { isCurrent, normaliseBase, pagePath, stripBase, withBase } from '../../../../src/lib/util/urls.ts';

describe('normaliseBase', () => {
  it('gives "/" or "/x/"', () => {
    expect(normaliseBase(undefined)).toBe('/');
    expect(normaliseBase('/')).toBe('/');
    expect(normaliseBase('docs')).toBe('/docs/');
    expect(normaliseBase('/docs/')).toBe('/docs/');
    expect(normaliseBase('/a/b')).toBe('/a/b/');
  });
});

describe('withBase', () => {
  it('prefixes root-relative paths', () => {
    expect(withBase('/scope/', '/docs/')).toBe('/docs/scope/');
    expect(withBase('/', '/docs')).toBe('/docs/');
    expect(withBase('/glossary/#dto', '/docs/')).toBe('/docs/glossary/#dto');
  });
  it('leaves everything else alone', () => {
    expect(withBase('/scope/', '/')).toBe('/scope/');
    expect(withBase('https://example.com/x', '/docs/')).toBe('https://example.com/x');
    expect(withBase('mailto:a@b.c', '/docs/')).toBe('mailto:a@b.c');
    expect(withBase('#main', '/docs/')).toBe('#main');
    expect(withBase('//cdn.example/x', '/docs/')).toBe('//cdn.example/x');
  });
  it('does not prefix twice', () => {
    expect(withBase('/docs/scope/', '/docs/')).toBe('/docs/scope/');
  });
});

describe('stripBase', () => {
  it('removes the base from a pathname', () => {
    expect(stripBase('/docs/scope/', '/docs/')).toBe('/scope/');
    expect(stripBase('/docs/', '/docs/')).toBe('/');
    expect(stripBase('/docs', '/docs/')).toBe('/');
    expect(stripBase('/scope/', '/')).toBe('/scope/');
  });
});

describe('paths', () => {
  it('maps page slugs to paths', () => {
    expect(pagePath('index')).toBe('/');
    expect(pagePath('scope')).toBe('/scope/');
  });
  it('marks the current section', () => {
    expect(isCurrent('/glossary/', '/glossary/')).toBe(true);
    expect(isCurrent('/glossary/', '/glossary/dto/')).toBe(true);
    expect(isCurrent('/', '/scope/')).toBe(false);
    expect(isCurrent('/', '/')).toBe(true);
    expect(isCurrent('/scope/', '/policy/')).toBe(false);
  });
});
