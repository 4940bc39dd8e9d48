import { describe, expect, it } from 'vitest';
import { gzipSize, pageWeight, scriptWithImports } from '../../../../scripts/bench/page-weight.ts';

const css = 'body{color:red}'.repeat(20);
const js = 'console.log(1);'.repeat(20);
const assets: Record<string, string> = { '/_astro/site.css': css, '/_astro/app.js': js };

describe('pageWeight', () => {
  it('counts inline CSS as part of the HTML and makes one request for the page and its icon', () => {
    const html =
      `<html><head><style>${css}</style><link rel="icon" href="/favicon.svg"></head><body><p>Hi</p>` +
      '<script type="application/ld+json">{"a":1}</script></body></html>';
    const w = pageWeight('/', html, () => null);
    expect(w.css.inline).toBe(css.length);
    expect(w.css.files).toEqual([]);
    expect(w.js.raw + w.js.inline).toBe(0);
    expect(w.requests).toBe(2);
    expect(w.html.gzip).toBe(gzipSize(html));
  });

  it('adds linked CSS and JS, resolved against the page path', () => {
    const html =
      '<html><head><link rel="stylesheet" href="../_astro/site.css"><script type="module" src="/_astro/app.js"></script></head><body><script>var x=1</script></body></html>';
    const w = pageWeight('/scope/', html, (url) => assets[url] ?? null);
    expect(w.css.files).toEqual(['/_astro/site.css']);
    expect(w.css.raw).toBe(css.length);
    expect(w.css.gzip).toBe(gzipSize(css));
    expect(w.js.files).toEqual(['/_astro/app.js']);
    expect(w.js.inline).toBe('var x=1'.length);
    expect(w.requests).toBe(4);
  });
});

describe('scriptWithImports', () => {
  it('follows static imports of chunks, once each, and leaves dynamic imports out', () => {
    const files: Record<string, string> = {
      '/_astro/Composer.a1.js':
        'import{r as e}from"./request.b2.js";import"./shared.c3.js";e();import("./later.d4.js")',
      '/_astro/request.b2.js': 'import{x}from"./shared.c3.js";export const r=()=>x',
      '/_astro/shared.c3.js': 'export const x=1',
    };
    expect(scriptWithImports('/_astro/Composer.a1.js', (u) => files[u] ?? null)).toEqual([
      '/_astro/Composer.a1.js',
      '/_astro/request.b2.js',
      '/_astro/shared.c3.js',
    ]);
  });
});
