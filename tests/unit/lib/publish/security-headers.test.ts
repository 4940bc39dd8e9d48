import { describe, expect, it } from 'vitest';
import { securityHeaderRules } from '../../../../src/lib/publish/security-headers.ts';
import { xmlEscape } from '../../../../src/lib/util/xml.ts';

describe('securityHeaderRules', () => {
  it('sends the CSP and the hardening headers for every path under the base', () => {
    const [all, assets] = securityHeaderRules('/docs', "default-src 'self'");
    expect(all!.pattern).toBe('/docs/*');
    const names = all!.headers.map(([name]) => name);
    expect(names).toEqual(
      expect.arrayContaining([
        'Content-Security-Policy',
        'X-Content-Type-Options',
        'Referrer-Policy',
        'Permissions-Policy',
        'Strict-Transport-Security',
      ]),
    );
    expect(all!.headers.find(([n]) => n === 'Content-Security-Policy')![1]).toBe("default-src 'self'");
    expect(assets!.pattern).toBe('/docs/_astro/*');
  });
});

describe('xmlEscape', () => {
  it('escapes the five XML specials', () => {
    expect(xmlEscape(`<a href="x">Tom & Jerry's</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;',
    );
  });
});
