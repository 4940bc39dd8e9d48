import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pagePathOfFile, readBuiltSite } from '../../../../src/lib/publish/dist-pages.ts';
import { listFiles } from '../../../../src/lib/util/files.ts';

const dir = mkdtempSync(join(tmpdir(), 'kb-dist-'));
mkdirSync(join(dir, 'scope'));
writeFileSync(
  join(dir, 'index.html'),
  '<html><head><link rel="canonical" href="https://x.example/"><link rel="icon" href="/favicon.svg"></head><body><main id="main"><a href="/scope/#covered">Scope</a></main></body></html>',
);
writeFileSync(
  join(dir, 'scope', 'index.html'),
  '<html><body><h2 id="covered">Covered</h2><a name="old">x</a></body></html>',
);
writeFileSync(join(dir, 'favicon.svg'), '<svg/>');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readBuiltSite', () => {
  it('reads each page with its path under the base, its ids and its links', () => {
    const { pages, files } = readBuiltSite(dir, '/docs/');
    const home = pages.find((p) => p.path === '/docs/')!;
    expect(home.links).toEqual(['/favicon.svg', '/scope/#covered']);
    expect([...home.ids]).toEqual(['main']);
    const scope = pages.find((p) => p.path === '/docs/scope/')!;
    expect([...scope.ids].sort()).toEqual(['covered', 'old']);
    expect(files.has('/docs/favicon.svg')).toBe(true);
  });
});

describe('listFiles and pagePathOfFile', () => {
  it('lists files below a folder, sorted, relative, optionally by ending', () => {
    expect(listFiles(dir)).toEqual(['favicon.svg', 'index.html', 'scope/index.html']);
    expect(listFiles(dir, '.html')).toEqual(['index.html', 'scope/index.html']);
  });
  it('maps built files to site paths under the base', () => {
    expect(pagePathOfFile('index.html')).toBe('/');
    expect(pagePathOfFile('scope/index.html', '/docs')).toBe('/docs/scope/');
    expect(pagePathOfFile('404.html')).toBe('/404.html');
  });
});
