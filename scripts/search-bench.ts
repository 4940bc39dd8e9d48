/**
 * Search cost and speed in Chromium, against the built site:
 * - page load: requests and bytes before the reader touches search (should be none for search);
 * - opening search to the first result: bytes transferred and requests, from the moment the
 *   field gets focus until the first results show, typing straight away (cold);
 * - latency: time from the last keystroke to the results on screen, cold and warm.
 *
 *   npm run build && node scripts/search-bench.ts [--json]
 *
 * Bytes are what our static server sends (it does not compress). "gzip" estimates what a
 * compressing host would send: text files gzipped, Pagefind's own files (already gzip) as is.
 */
import { gzipSync } from 'node:zlib';
import { chromium, type Page, type Response } from 'playwright-core';
import { serveSite } from './serve.ts';
import { findChrome, LAUNCH_ARGS } from '../tests/support/browser.ts';

const TARGET_MS = 150;
const TARGET_BYTES = 50 * 1024;
const QUERIES = ['client id', 'secret', 'redirect uri', 'dto', 'status code', 'what to include in a support request'];
const json = process.argv.includes('--json');

const chrome = findChrome();
if (!chrome) {
  console.error('search-bench: no Chromium found (set CHROME_PATH).');
  process.exit(1);
}
const server = await serveSite({ root: process.env.DIST_DIR ?? 'dist', base: process.env.BASE_PATH, port: 0 });
const browser = await chromium.launch({ executablePath: chrome, headless: true, args: LAUNCH_ARGS });

interface Transfer {
  url: string;
  bytes: number;
  gzip: number;
}

/** Record every response from now on with its size and a gzip estimate. */
function recordTransfers(page: Page): Transfer[] {
  const out: Transfer[] = [];
  page.on('response', async (res: Response) => {
    try {
      const body = await res.body();
      const compressible = /\.(js|mjs|css|json|html|svg)$|\/$/.test(new URL(res.url()).pathname);
      out.push({ url: res.url(), bytes: body.length, gzip: compressible ? gzipSync(body).length : body.length });
    } catch {
      /* redirects have no body */
    }
  });
  return out;
}

/** Type like a person (60 ms a key) and return ms from the last keystroke to the frame showing its results. */
async function typeAndTime(page: Page, query: string): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { lastKey: number; shown: Record<string, number> };
    w.shown = {};
    const input = document.querySelector('#site-search-input')!;
    input.addEventListener('input', () => (w.lastKey = performance.now()));
    new MutationObserver(() => {
      const panel = document.querySelector<HTMLElement>('.site-search__panel');
      const q = panel?.dataset['query'];
      // The frame that paints the results.
      if (q !== undefined && !panel!.hidden) requestAnimationFrame(() => (w.shown[q] ??= performance.now()));
    }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-query', 'hidden'] });
  });
  await page.locator('#site-search-input').fill('');
  await page.locator('#site-search-input').pressSequentially(query, { delay: 60 });
  await page.waitForFunction((q) => (window as unknown as { shown: Record<string, number> }).shown[q] !== undefined, query, { timeout: 15_000 });
  return page.evaluate((q) => {
    const w = window as unknown as { lastKey: number; shown: Record<string, number> };
    return w.shown[q]! - w.lastKey;
  }, query);
}

const sum = (xs: Transfer[], k: 'bytes' | 'gzip') => xs.reduce((s, x) => s + x[k], 0);
const round = (n: number) => Math.round(n * 10) / 10;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

// 1. Page load, then opening search (cold: typing at once).
const context = await browser.newContext();
const page = await context.newPage();
const onLoad = recordTransfers(page);
await page.goto(`${server.url}policy/`, { waitUntil: 'networkidle' });
const loadTransfers = [...onLoad];
const searchOnLoad = loadTransfers.filter((t) => /pagefind|search-|\.wasm/.test(t.url));
onLoad.length = 0;
await page.locator('#site-search-input').focus();
const coldMs = await typeAndTime(page, 'client id');
const toFirstResult = [...onLoad];
await page.waitForLoadState('networkidle');
// 2. Warm: the same page, more queries.
const warm: number[] = [];
for (const q of QUERIES) warm.push(await typeAndTime(page, q));
await context.close();

// 3. Warm start: focus, let the index load, then type.
const context2 = await browser.newContext();
const page2 = await context2.newPage();
await page2.goto(`${server.url}scope/`, { waitUntil: 'networkidle' });
await page2.locator('#site-search-input').focus();
await page2.waitForLoadState('networkidle');
await page2.waitForTimeout(200);
const focusedFirstMs = await typeAndTime(page2, 'isv');
await context2.close();
await browser.close();
await server.close();

const sorted = [...warm].sort((a, b) => a - b);
const result = {
  pageLoad: { requests: loadTransfers.length, bytes: sum(loadTransfers, 'bytes'), searchRequests: searchOnLoad.length },
  openToFirstResult: {
    requests: toFirstResult.length,
    bytes: sum(toFirstResult, 'bytes'),
    gzipBytes: sum(toFirstResult, 'gzip'),
    files: toFirstResult.map((t) => ({ path: new URL(t.url).pathname, bytes: t.bytes, gzip: t.gzip })),
  },
  latencyMs: {
    coldFirstQuery: round(coldMs),
    afterFocusFirstQuery: round(focusedFirstMs),
    warmMedian: round(sorted[Math.floor(sorted.length / 2)]!),
    warmMax: round(sorted[sorted.length - 1]!),
  },
  targets: { latencyMs: TARGET_MS, bytes: TARGET_BYTES },
};

if (json) console.log(JSON.stringify(result, null, 2));
else {
  const o = result.openToFirstResult;
  const l = result.latencyMs;
  const mark = (ok: boolean) => (ok ? 'ok' : 'OVER TARGET');
  console.log(`\nSearch bench (Chromium, ${server.url})`);
  console.log(`  page load:       ${result.pageLoad.requests} requests, ${kb(result.pageLoad.bytes)}; search requests: ${result.pageLoad.searchRequests}`);
  console.log(`  open -> result:  ${o.requests} requests, ${kb(o.bytes)} sent (${kb(o.gzipBytes)} with gzip) [target ${kb(TARGET_BYTES)}: ${mark(o.gzipBytes <= TARGET_BYTES)}]`);
  for (const f of o.files) console.log(`                   ${f.path.padEnd(48)} ${kb(f.bytes).padStart(9)} ${kb(f.gzip).padStart(9)} gzip`);
  console.log(`  latency (last keystroke -> results on screen, target ${TARGET_MS} ms):`);
  console.log(`    first query, typing at once:  ${l.coldFirstQuery} ms [${mark(l.coldFirstQuery <= TARGET_MS)}]`);
  console.log(`    first query after focus:      ${l.afterFocusFirstQuery} ms [${mark(l.afterFocusFirstQuery <= TARGET_MS)}]`);
  console.log(`    warm, ${QUERIES.length} queries:            median ${l.warmMedian} ms, max ${l.warmMax} ms [${mark(l.warmMax <= TARGET_MS)}]\n`);
}
