/**
 * What a page needs to render, read from its built HTML: its own bytes, inline and
 * linked CSS and JS, and how many requests the browser makes for them.
 */
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

export interface PageWeight {
  path: string;
  html: { raw: number; gzip: number };
  css: { raw: number; gzip: number; inline: number; files: string[] };
  js: { raw: number; gzip: number; inline: number; files: string[] };
  /** Requests needed to render: the document plus linked CSS, JS, icons and images. */
  requests: number;
}

export const gzipSize = (data: string | Buffer): number => gzipSync(data).length;

/**
 * A script and the chunks it imports statically (`import"./x.js"`, `from"./x.js"`), as
 * site URL paths, the script first. Dynamic imports load on interaction and are left out.
 */
export function scriptWithImports(url: string, readAsset: (url: string) => string | null): string[] {
  const seen = [url];
  for (let i = 0; i < seen.length; i++) {
    const code = readAsset(seen[i]!) ?? '';
    for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g)) {
      const dep = new URL(m[1]!, `http://site.invalid${seen[i]}`).pathname;
      if (!seen.includes(dep)) seen.push(dep);
    }
  }
  return seen;
}

/**
 * @param readAsset returns the text of a site URL path ("/_astro/x.css"), or null if missing.
 */
export function pageWeight(path: string, html: string, readAsset: (url: string) => string | null): PageWeight {
  const root = parse(html);
  const resolveUrl = (href: string) => new URL(href, `http://site.invalid${path}`).pathname;
  const cssFiles = root
    .querySelectorAll('link[rel~="stylesheet"][href]')
    .map((l) => resolveUrl(l.getAttribute('href')!));
  const jsFiles = root
    .querySelectorAll('script[src]')
    .filter((s) => !['application/ld+json', 'application/json'].includes(s.getAttribute('type') ?? ''))
    .map((s) => resolveUrl(s.getAttribute('src')!));
  const inlineCss = root.querySelectorAll('style').reduce((n, s) => n + Buffer.byteLength(s.innerHTML), 0);
  const inlineJs = root
    .querySelectorAll('script:not([src])')
    .filter((s) => !['application/ld+json', 'application/json'].includes(s.getAttribute('type') ?? ''))
    .reduce((n, s) => n + Buffer.byteLength(s.innerHTML), 0);
  const sum = (files: string[]) => {
    const texts = files.map((f) => readAsset(f) ?? '');
    return {
      raw: texts.reduce((n, t) => n + Buffer.byteLength(t), 0),
      gzip: texts.reduce((n, t) => n + (t ? gzipSize(t) : 0), 0),
    };
  };
  const icons = root.querySelectorAll('link[rel~="icon"][href]').length || 1; // browsers ask for /favicon.ico otherwise
  const images = root.querySelectorAll('img[src]').filter((i) => i.getAttribute('loading') !== 'lazy').length;
  return {
    path,
    html: { raw: Buffer.byteLength(html), gzip: gzipSize(html) },
    css: { ...sum(cssFiles), inline: inlineCss, files: cssFiles },
    js: { ...sum(jsFiles), inline: inlineJs, files: jsFiles },
    requests: 1 + cssFiles.length + jsFiles.length + Math.min(icons, 1) + images,
  };
}
