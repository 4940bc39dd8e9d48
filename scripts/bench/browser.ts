/**
 * Browser measurements for the benchmark, in the system's Chromium against the built
 * site served locally: requests and JavaScript bytes per page before any interaction,
 * and search latency and transfer from opening search to the first result.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page, type Response } from 'playwright-core';
import { LAUNCH_ARGS, findChrome } from '../chrome.ts';
import { gzipSize } from './page-weight.ts';
import { serveSite } from '../serve.ts';

export interface BrowserFigures {
  pages: Map<string, { requests: number; jsBytes: number }>;
  /** The composer's import step reading a big HAR file (see scripts/bench/har.ts). */
  harImport: HarImportFigures | null;
  search: {
    firstResultMs: number;
    warmMedianMs: number;
    transferBytes: number;
    samples: number[];
    /** The same cold measurement for a question that names no glossary term (quick page index, then Pagefind). */
    question?: { query: string; firstResultMs: number; transferBytes: number };
  } | null;
}

/** The header search field and its result options (ARIA combobox pattern). */
const SEARCH_INPUT = 'header input[type="search"], header [role="combobox"]';
const SEARCH_RESULT = '[role="option"]';
const QUESTION = 'production client';
const QUERIES = ['client id', 'redirect uri', 'status code', 'production client', 'secret', 'json syntax'];

const COMPRESSIBLE = /javascript|json|css|html|text|xml|svg/;

/** Bytes a response would cost on the wire: gzip for text, as-is for binary (Pagefind's files are pre-compressed). */
async function wireBytes(res: Response): Promise<number> {
  try {
    const body = await res.body();
    const type = res.headers()['content-type'] ?? '';
    return COMPRESSIBLE.test(type) ? gzipSize(body) : body.length;
  } catch {
    return 0;
  }
}

/** Type a query key by key and wait for its first result; ms from the last keystroke. */
async function typeAndWait(page: Page, query: string): Promise<number> {
  const input = page.locator(SEARCH_INPUT).first();
  for (const ch of query) await input.press(ch === ' ' ? 'Space' : ch, { delay: 0 });
  const t0 = await page.evaluate(() => performance.now());
  await page.waitForFunction(
    ([sel, q]) => {
      const first = document.querySelector(sel as string);
      // A result for this query, not one still shown for the previous keystroke (the panel names its query).
      const shownFor = first?.closest<HTMLElement>('[data-query]')?.dataset['query'] ?? q;
      return (
        !!first &&
        shownFor === q &&
        (document.querySelector('header input[type="search"], header [role="combobox"]') as HTMLInputElement | null)
          ?.value === q
      );
    },
    [SEARCH_RESULT, query],
    { timeout: 10_000, polling: 'raf' },
  );
  return (await page.evaluate(() => performance.now())) - t0;
}

export interface HarImportFigures {
  bytes: number;
  calls: number;
  /** From the file input's change to the first call shown in the list. */
  listMs: number;
  /** The longest main-thread task meanwhile (long tasks are those over 50 ms; 0 when none). */
  longestTaskMs: number;
}

/** Pick a HAR file of `har.length` bytes on /checklist/ and time it to the list of calls. */
async function harImportFigures(page: Page, origin: string, har: Buffer): Promise<HarImportFigures | null> {
  await page.goto(`${origin}/checklist/`);
  await settle(page);
  if ((await page.locator('#c-har').count()) === 0) return null;
  await page.evaluate(() => {
    const w = window as unknown as { benchLongest: number; benchStart: number };
    w.benchLongest = 0;
    w.benchStart = 0;
    new PerformanceObserver((list) => {
      // Only tasks after the file was picked: handing the file to the page is the browser's work, not ours.
      for (const entry of list.getEntries()) {
        if (w.benchStart && entry.startTime >= w.benchStart) w.benchLongest = Math.max(w.benchLongest, entry.duration);
      }
    }).observe({ type: 'longtask' });
    document
      .querySelector('#c-har')!
      .addEventListener('change', () => (w.benchStart = performance.now()), { capture: true });
  });
  // A file on disk, as a reader picks it (a buffer would be copied into the page by script first).
  const dir = mkdtempSync(join(tmpdir(), 'kb-bench-har-'));
  const file = join(dir, 'session.har');
  writeFileSync(file, har);
  try {
    await page.locator('#c-har').setInputFiles(file);
    await page.locator('#c-import-list button').first().waitFor({ timeout: 30_000 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const figures = await page.evaluate(() => {
    const w = window as unknown as { benchLongest: number; benchStart: number };
    return {
      listMs: performance.now() - w.benchStart,
      longestTaskMs: w.benchLongest,
      calls: document.querySelectorAll('#c-import-list button').length,
    };
  });
  return { bytes: har.length, ...figures };
}

async function settle(page: Page) {
  await page.waitForLoadState('load');
  await page.waitForTimeout(300);
}

export async function browserFigures(dist: string, paths: string[], har?: Buffer): Promise<BrowserFigures> {
  const executablePath = findChrome();
  if (!executablePath)
    throw new Error(
      'bench needs Chromium: install it (apt-get install -y chromium), set CHROME_PATH, or pass --no-browser',
    );
  const server = await serveSite({ root: dist, port: 0 });
  const browser = await chromium.launch({ executablePath, headless: true, args: LAUNCH_ARGS });
  const origin = server.url.replace(/\/$/, '');
  try {
    const pages = new Map<string, { requests: number; jsBytes: number }>();
    for (const path of paths) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const pending: Promise<number>[] = [];
      let requests = 0;
      page.on('request', () => requests++);
      page.on('response', (res) => {
        if (res.request().resourceType() === 'script') pending.push(wireBytes(res));
      });
      await page.goto(origin + path);
      await settle(page);
      const jsBytes = (await Promise.all(pending)).reduce((a, b) => a + b, 0);
      pages.set(path, { requests, jsBytes });
      await context.close();
    }

    let harImport: HarImportFigures | null = null;
    if (har) {
      const harContext = await browser.newContext();
      harImport = await harImportFigures(await harContext.newPage(), origin, har);
      await harContext.close();
    }

    // Search: open it as a reader does (focus the field), type, wait for the first result.
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await settle(page);
    const input = page.locator(SEARCH_INPUT).first();
    if ((await input.count()) === 0) return { pages, harImport, search: null };
    let transfer: Promise<number>[] = [];
    page.on('response', (res) => transfer.push(wireBytes(res)));
    const samples: number[] = [];
    let transferBytes = 0;
    for (const [i, query] of QUERIES.entries()) {
      await input.click();
      await input.fill('');
      await page.waitForTimeout(i === 0 ? 0 : 200);
      samples.push(await typeAndWait(page, query));
      if (i === 0) {
        transferBytes = (await Promise.all(transfer)).reduce((a, b) => a + b, 0);
        transfer = [];
      }
      await page.keyboard.press('Escape');
    }
    await context.close();

    // A question that names no term, cold, in a fresh page: answered by the quick page index.
    const qContext = await browser.newContext();
    const qPage = await qContext.newPage();
    await qPage.goto(`${origin}/`);
    await settle(qPage);
    const qTransfer: Promise<number>[] = [];
    qPage.on('response', (res) => qTransfer.push(wireBytes(res)));
    await qPage.locator(SEARCH_INPUT).first().click();
    const questionMs = await typeAndWait(qPage, QUESTION);
    const question = {
      query: QUESTION,
      firstResultMs: questionMs,
      transferBytes: (await Promise.all(qTransfer)).reduce((a, b) => a + b, 0),
    };
    await qContext.close();

    const warm = samples.slice(1).sort((a, b) => a - b);
    return {
      pages,
      harImport,
      search: {
        firstResultMs: samples[0]!,
        warmMedianMs: warm[Math.floor(warm.length / 2)] ?? samples[0]!,
        transferBytes,
        samples,
        question,
      },
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
