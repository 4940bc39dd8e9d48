/**
 * Chromium for browser tests, through playwright-core and the system's browser. Nothing
 * is ever downloaded. Without a browser the tests skip with a loud message, unless
 * REQUIRE_BROWSER=1 or CI=true, where a missing browser is a failure.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export const browserRequired = process.env.REQUIRE_BROWSER === '1' || process.env.CI === 'true';

export function findChrome(): string | null {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    if (browserRequired) throw new Error(`CHROME_PATH=${fromEnv} does not exist.`);
  }
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export const chromePath = findChrome();

if (!chromePath) {
  const message =
    '\n' +
    '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n' +
    '!! BROWSER TESTS SKIPPED: no Chromium found (set CHROME_PATH or install   !!\n' +
    '!! Debian\'s chromium: apt-get install -y chromium).                       !!\n' +
    '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n';
  if (browserRequired) throw new Error(`${message}REQUIRE_BROWSER/CI is set, so a missing browser fails the run.`);
  console.warn(message);
}

export const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

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
