/**
 * "Nothing is sent to a server": every request the page makes while a reader fills the
 * composer, copies, downloads and opens the mail link is recorded; each must be a GET
 * of one of the site's own files, with no body.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { chromePath, useBrowser } from '../support/browser.ts';

const DIST = process.env.DIST_DIR ?? 'dist';

describe.skipIf(!chromePath)('the composer sends nothing anywhere', () => {
  const siteUrl = inject('siteUrl');
  const open = useBrowser();

  it('makes no request but for the page’s own static files while a reader uses it', async () => {
    const { page } = await open({ acceptDownloads: true, permissions: ['clipboard-read', 'clipboard-write'] });
    const context = page.context();
    const requests: { method: string; url: string; body: string | null }[] = [];
    context.on('request', (r) => requests.push({ method: r.method(), url: r.url(), body: r.postData() }));
    const sockets: string[] = [];
    page.on('websocket', (ws) => sockets.push(ws.url()));
    // Anything bound elsewhere fails here instead of leaving the machine.
    await context.route(
      (url) => !url.href.startsWith(siteUrl),
      (route) => route.abort(),
    );

    await page.goto(`${siteUrl}checklist/`);
    await page.getByLabel('Endpoint URL').fill('https://api.example.com/controller/api/v1/customer');
    await page.getByLabel('HTTP method').selectOption('POST');
    await page.getByLabel('HTTP status code').fill('401');
    await page.getByLabel('Response body').fill('{"code": 401, "message": "Unauthorized"}');
    await page
      .getByLabel('Request body')
      .fill('grant_type=client_credentials&client_id=acme&client_secret=Sommer2024!x9');
    await page.getByLabel('Client Id').fill('acme_erp_integration_prod');
    await page.getByLabel('What have you tried?').fill('curl -u acme:Vinter1999# https://api.example.com/v1/customer');
    await page.getByRole('button', { name: 'Copy' }).click();
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download .txt' }).click()]);
    // The mail link hands the text to the mail program: no request from the page.
    await page.getByRole('link', { name: 'Open in e-mail' }).click({ noWaitAfter: true });
    await page.waitForTimeout(500);
    // Back with the stored draft: loading it sends nothing either.
    await page.goto(`${siteUrl}checklist/`);
    await page.waitForLoadState('networkidle');

    expect(requests.length).toBeGreaterThan(0);
    // The mail link is a navigation to the mail program (mailto:), redacted; the download a blob: URL.
    const mail = requests.filter((r) => r.url.startsWith('mailto:'));
    for (const r of mail)
      for (const secret of ['Sommer2024!x9', 'Vinter1999#']) expect(decodeURIComponent(r.url)).not.toContain(secret);
    const elsewhere = requests.filter((r) => !r.url.startsWith(siteUrl) && !/^(blob|data|mailto):/.test(r.url));
    expect(elsewhere, 'requests to other origins').toEqual([]);
    const notStatic = requests.filter((r) => {
      if (!r.url.startsWith(siteUrl)) return false;
      const path = decodeURIComponent(new URL(r.url).pathname.slice(new URL(siteUrl).pathname.length));
      const file = join(DIST, path, path === '' || path.endsWith('/') ? 'index.html' : '');
      return r.method !== 'GET' || r.body !== null || !existsSync(file);
    });
    expect(notStatic, 'requests that are not GETs of the site’s files').toEqual([]);
    expect(sockets).toEqual([]);
    await context.close();
  });
});
