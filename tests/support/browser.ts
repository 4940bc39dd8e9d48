/**
 * Chromium for browser tests, through playwright-core and the system's browser. Nothing
 * is ever downloaded. Without a browser the tests skip with a loud message, unless
 * REQUIRE_BROWSER=1 or CI=true, where a missing browser is a failure.
 */
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { LAUNCH_ARGS, findChrome } from '../../scripts/chrome.ts';

export const browserRequired = process.env.REQUIRE_BROWSER === '1' || process.env.CI === 'true';

if (process.env.CHROME_PATH && !findChrome() && browserRequired) {
  throw new Error(`CHROME_PATH=${process.env.CHROME_PATH} does not exist.`);
}

export const chromePath = findChrome();

if (!chromePath) {
  const message =
    '\n' +
    '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n' +
    '!! BROWSER TESTS SKIPPED: no Chromium found (set CHROME_PATH or install   !!\n' +
    "!! Debian's chromium: apt-get install -y chromium).                       !!\n" +
    '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n';
  if (browserRequired) throw new Error(`${message}REQUIRE_BROWSER/CI is set, so a missing browser fails the run.`);
  console.warn(message);
}

export async function launchBrowser(): Promise<Browser> {
  if (!chromePath) throw new Error('No Chromium available');
  return chromium.launch({ executablePath: chromePath, headless: true, args: LAUNCH_ARGS });
}

export interface PageWithErrors {
  page: Page;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
}

/** A fresh page that records console errors and page errors. */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<PageWithErrors> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    // Failed loads are reported with their URL by the response listener below.
    if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource')) errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('response', (res) => {
    if (res.status() >= 400) errors.push(`HTTP ${res.status()} for ${res.url()}`);
  });
  return { page, errors };
}

/**
 * Launch Chromium before the tests of a describe block and close it after them. Returns
 * `openPage` bound to that browser: `const open = useBrowser(); const { page } = await open();`
 */
export function useBrowser(): (options?: BrowserContextOptions) => Promise<PageWithErrors> {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return (options = {}) => openPage(browser!, options);
}
