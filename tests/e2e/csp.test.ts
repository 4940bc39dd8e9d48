/**
 * Every page, served with the headers in dist/_headers (as Netlify or Cloudflare Pages
 * would), loads and runs its cases without a single Content Security Policy violation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { RunningServer } from '../../scripts/serve.ts';
import { chromePath, launchBrowser, openPage } from '../support/browser.ts';
import { distFiles } from '../support/dist.ts';
import { recordCspViolations, servePublished } from '../support/published-site.ts';
import { CSP_CASES, type CspCase } from './csp-cases.ts';

/** Every built page, as a path below the base URL, plus an unknown path that gets the 404 page. */
const PAGE_CASES: CspCase[] = [
  ...distFiles('.html').map((file) => ({
    name: `load /${file}`,
    path: file === '404.html' ? 'no-such-page/' : file.replace(/index\.html$/, ''),
  })),
];

describe.skipIf(!chromePath)('Content Security Policy in Chromium, with the _headers headers', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await servePublished();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Open a page that records CSP violations from its first script on. */
  async function open(): Promise<{ page: Page; errors: string[]; violations: () => Promise<string[]> }> {
    const { page, errors } = await openPage(browser);
    return { page, errors, violations: await recordCspViolations(page) };
  }

  for (const c of [...PAGE_CASES, ...CSP_CASES]) {
    it(`${c.name}: no CSP violation, no console error`, async () => {
      const { page, errors, violations } = await open();
      const response = await page.goto(server.url + c.path);
      expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
      await c.run?.(page);
      await page.waitForLoadState('networkidle');
      expect(await violations()).toEqual([]);
      const unexpected = errors.filter(
        (e) => !(c.path.startsWith('no-such') && e === `HTTP 404 for ${server.url}${c.path}`),
      );
      expect(unexpected).toEqual([]);
      await page.context().close();
    });
  }

  it('the check works: an injected inline script is blocked and reported', async () => {
    const { page, errors, violations } = await open();
    await page.goto(server.url);
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'document.body.dataset.injected = "yes"';
      document.body.append(s);
    });
    // Reported once per policy that blocks it (the <meta> one and the header one).
    await expect.poll(async () => (await violations()).length).toBeGreaterThan(0);
    for (const v of await violations()) expect(v).toMatch(/^script-src-elem blocked inline/);
    expect(await page.evaluate(() => document.body.dataset.injected)).toBeUndefined();
    expect(errors.join('\n')).toMatch(/Content Security Policy/);
    await page.context().close();
  });

  it('allows WebAssembly (search needs it) but not eval', async () => {
    const { page } = await open();
    await page.goto(server.url);
    const result = await page.evaluate(async () => {
      const wasm = await WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])).then(
        () => 'compiled',
        (e: Error) => e.message,
      );
      let evaluated: string;
      try {
        evaluated = String((0, eval)('1 + 1'));
      } catch (e) {
        evaluated = (e as Error).name;
      }
      return { wasm, evaluated };
    });
    expect(result).toEqual({ wasm: 'compiled', evaluated: 'EvalError' });
    await page.context().close();
  });

  it('refuses to be framed by another page', async () => {
    const { page } = await open();
    await page.setContent(`<iframe src="${server.url}" title="framed"></iframe>`);
    const frameUrl = server.url;
    await page.waitForTimeout(500);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    const framedText = await frame?.evaluate(() => document.body?.innerText ?? '').catch(() => '');
    expect(framedText ?? '', `${frameUrl} rendered inside a frame`).not.toContain('API Support');
    await page.context().close();
  });
});
