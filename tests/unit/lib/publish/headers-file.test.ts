import { describe, expect, it } from 'vitest';
import {
  formatHeadersFile,
  headersFor,
  matchesPattern,
  parseHeadersFile,
} from '../../../../src/lib/publish/headers-file.ts';

const FILE = `# comment
/*
  X-Content-Type-Options: nosniff
  Content-Security-Policy: default-src 'self'; img-src 'self' data:

/docs/_astro/*
  Cache-Control: public, max-age=31536000, immutable

/docs/glossary/:term/
  X-Robots-Tag: noarchive
  X-Content-Type-Options: nosniff
`;

describe('parseHeadersFile', () => {
  it('reads rules: a path line, then indented "Name: value" lines (values may contain colons)', () => {
    const rules = parseHeadersFile(FILE);
    expect(rules.map((r) => [r.pattern, r.line])).toEqual([
      ['/*', 2],
      ['/docs/_astro/*', 6],
      ['/docs/glossary/:term/', 9],
    ]);
    expect(rules[0]!.headers).toEqual([
      ['X-Content-Type-Options', 'nosniff'],
      ['Content-Security-Policy', "default-src 'self'; img-src 'self' data:"],
    ]);
  });

  it('names the line of a header that has no path above it', () => {
    expect(() => parseHeadersFile('  X-Frame-Options: DENY\n', 'dist/_headers')).toThrow(
      /dist\/_headers:1: a header comes before any path/,
    );
  });

  it('names the line of a malformed header or path', () => {
    expect(() => parseHeadersFile('/*\n  no colon here\n')).toThrow(/_headers:2: "no colon here" is not a header/);
    expect(() => parseHeadersFile('docs/*\n')).toThrow(/_headers:1: "docs\/\*" is not a path pattern/);
  });
});

describe('matchesPattern', () => {
  it('"*" matches any rest of the path, ":name" one segment', () => {
    expect(matchesPattern('/*', '/')).toBe(true);
    expect(matchesPattern('/*', '/glossary/dto/')).toBe(true);
    expect(matchesPattern('/docs/*', '/scope/')).toBe(false);
    expect(matchesPattern('/docs/glossary/:term/', '/docs/glossary/dto/')).toBe(true);
    expect(matchesPattern('/docs/glossary/:term/', '/docs/glossary/a/b/')).toBe(false);
    expect(matchesPattern('/a.b', '/axb')).toBe(false);
  });
});

describe('headersFor', () => {
  const rules = parseHeadersFile(FILE);
  it('combines every matching rule, names in lower case, a repeated header joined with ", "', () => {
    expect(headersFor(rules, '/docs/glossary/dto/')).toEqual({
      'x-content-type-options': 'nosniff, nosniff',
      'content-security-policy': "default-src 'self'; img-src 'self' data:",
      'x-robots-tag': 'noarchive',
    });
    expect(headersFor(rules, '/docs/_astro/a.css')['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(headersFor(rules, '/scope/')['cache-control']).toBeUndefined();
  });
});

describe('formatHeadersFile', () => {
  it('writes what parseHeadersFile reads back', () => {
    const text = formatHeadersFile(
      [
        { pattern: '/*', headers: [['A', '1; b=2']] },
        { pattern: '/x/*', headers: [['B', '3']] },
      ],
      'generated',
    );
    expect(text.startsWith('# generated\n')).toBe(true);
    expect(parseHeadersFile(text).map((r) => ({ pattern: r.pattern, headers: r.headers }))).toEqual([
      { pattern: '/*', headers: [['A', '1; b=2']] },
      { pattern: '/x/*', headers: [['B', '3']] },
    ]);
  });
});
