/**
 * Another docs site links our terms with the published remark plugin: a minimal Astro
 * site (tests/fixtures/partner-site) vendors dist/glossary/remark-glossary.mjs, as a
 * partner would, and builds against our built glossary.json, read over HTTP from the
 * site served with its own _headers, or from a local copy.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import type { RunningServer } from '../../scripts/serve.ts';
import { assertBuilt, DIST, readDist } from '../support/dist.ts';
import { cleanEnv } from '../support/fixture-build.ts';
import { servePublished } from '../support/published-site.ts';
import { stripVTControlCharacters } from 'node:util';

const ROOT = process.cwd();
const FIXTURE = join(ROOT, 'tests/fixtures/partner-site');
const made: string[] = [];

/** Build the partner site with `glossary` as the plugin's option, plus extra pages. */
async function buildPartner(glossary: string, pages: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'kb-partner-'));
  made.push(dir);
  cpSync(FIXTURE, dir, { recursive: true });
  copyFileSync(join(DIST, 'glossary/remark-glossary.mjs'), join(dir, 'remark-glossary.mjs'));
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  for (const [name, text] of Object.entries(pages)) writeFileSync(join(dir, 'src/pages', name), text);
  // Not spawnSync: the glossary is served from this process, which must keep answering.
  const child = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir,
    env: { ...cleanEnv(), GLOSSARY: glossary, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    timeout: 120_000,
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const code = await new Promise<number | null>((ok) => child.on('close', ok));
  return { ok: code === 0, output: stripVTControlCharacters(output), dir };
}

const urlOf = (slug: string) =>
  (JSON.parse(readDist('glossary.json')) as { terms: { slug: string; url: string }[] }).terms.find(
    (t) => t.slug === slug,
  )!.url;

let site: RunningServer;
beforeAll(async () => {
  assertBuilt();
  site = await servePublished();
});
afterAll(async () => {
  await site?.close();
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe("remark-glossary.mjs in a partner's Astro site", () => {
  it("is one ES module with no dependencies besides Node's own", () => {
    const code = readDist('glossary/remark-glossary.mjs');
    const imports = [...code.matchAll(/(?:^|\n)\s*import[^'"]*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
      (m) => m[1] ?? m[2],
    );
    for (const specifier of imports) expect(specifier).toMatch(/^node:/);
    expect(code).toMatch(/export\s*\{[^}]*\bas default\b|export default/);
  });

  it('turns [[Term]] references into links to our term pages, reading glossary.json over HTTP', async () => {
    const result = await buildPartner(`${site.url}glossary.json`);
    expect(result.ok, result.output.slice(-3000)).toBe(true);
    const page = parse(readFileSync(join(result.dir, 'dist/index.html'), 'utf8'));
    const links = page.querySelectorAll('a').map((a) => [a.getAttribute('href'), a.text]);
    expect(links).toEqual([
      [urlOf('client-id'), 'Client Id'],
      [urlOf('client-secret'), 'secret'],
      [urlOf('user-financials-erp'), 'User (Financials ERP)'],
      [urlOf('client-id'), 'clientid'],
    ]);
    expect(page.querySelector('code')?.text).toBe('[[Client Id]]');
  });

  it("fails the partner's build on an unknown term, naming the file, line and column and the closest term", async () => {
    const result = await buildPartner(join(DIST, 'glossary.json'), {
      'auth.md': '# Auth\n\nFirst get a client id.\nThen send the [[Clinet Secret]] with it.\n',
    });
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(
      /src\/pages\/auth\.md:4:15: \[\[Clinet Secret\]\]: there is no glossary term "Clinet Secret"\. Did you mean \[\[Client Secret\]\] \(client-secret\)/,
    );
  });

  it('fails clearly when the glossary URL cannot be reached', async () => {
    const port = await new Promise<number>((ok) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => ok(p));
      });
    });
    const result = await buildPartner(`http://127.0.0.1:${port}/glossary.json`);
    expect(result.ok).toBe(false);
    expect(result.output).toContain(
      `remark-glossary: could not fetch the glossary from http://127.0.0.1:${port}/glossary.json (ECONNREFUSED)`,
    );
  });
});
