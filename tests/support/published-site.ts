/**
 * The built site as a static host serves it: dist/ with the headers of its own
 * dist/_headers (CSP, CORS, caching) and none of the test's, so a browser applies exactly
 * what a reader's browser would.
 */
import type { Page } from 'playwright-core';
import { headersFromFile, serveSite, type RunningServer } from '../../scripts/serve.ts';
import { DIST } from './dist.ts';

declare global {
  interface Window {
    __cspViolations: string[];
  }
}

/** Serve `root` (the built site by default) under the headers its `_headers` file gives, on a free port. */
export async function servePublished(root = DIST, base = process.env.BASE_PATH): Promise<RunningServer> {
  return serveSite({ root, base, port: 0, headersFor: await headersFromFile(root) });
}

/** Record the page's CSP violations from its first script on; the function returns them so far. */
export async function recordCspViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(
        `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  return () => page.evaluate(() => window.__cspViolations);
}
