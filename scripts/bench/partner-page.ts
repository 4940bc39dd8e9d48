/**
 * What a partner's page costs us: a page on another origin with three links to our terms
 * (a term page, a former slug, an A to Z anchor) and embed.js. Measured in Chromium with
 * the site served under its own _headers: the gzip bytes it fetches from the site besides
 * embed.js, once every link has its description. Without a browser, or as a bound, the
 * same figure is worked out from the files: the preview shards of the three slugs, and
 * the three biggest shards (the worst three links). The whole glossary.json, which
 * embed.js used to fetch, is given for comparison.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { LAUNCH_ARGS, findChrome } from '../chrome.ts';
import { headersFromFile, serveSite } from '../serve.ts';
import { PREVIEWS_PATH, previewShard } from '../../src/lib/glossary/previews.ts';
import { gzipSize } from './page-weight.ts';

export interface PartnerPageFigures {
  /** The three links' slugs, as written on the page. */
  links: { page: string; former: string; anchor: string };
  /** Measured in the browser (null with --no-browser). */
  measured: { bytes: number; requests: number } | null;
  /** The shards of the three slugs, from the files. */
  fromFiles: number;
  /** The three biggest shards: the most any three links can cost. */
  worstThree: number;
  /** glossary.json, gzip: what embed.js fetched before the preview shards. */
  wholeGlossary: number;
}

/** Three links spread over the glossary: a term page, a former slug, an A to Z anchor. */
export function partnerLinks(dist: string): PartnerPageFigures['links'] {
  const terms = (
    JSON.parse(readFileSync(join(dist, 'glossary.json'), 'utf8')) as {
      terms: { slug: string; formerSlugs: string[] }[];
    }
  ).terms;
  const former = terms.find((t) => t.formerSlugs.length > 0)?.formerSlugs[0] ?? terms[0]!.slug;
  return {
    page: terms[Math.floor(terms.length / 3)]!.slug,
    former,
    anchor: terms[Math.floor((terms.length * 2) / 3)]!.slug,
  };
}

export async function partnerPageFigures(dist: string, browser: boolean): Promise<PartnerPageFigures> {
  const links = partnerLinks(dist);
  const folder = join(dist, PREVIEWS_PATH);
  const shardBytes = (name: string) => gzipSize(readFileSync(join(folder, `${name}.json`)));
  const shards = new Set([links.page, links.former, links.anchor].map(previewShard));
  const all = readdirSync(folder)
    .map((f) => gzipSize(readFileSync(join(folder, f))))
    .sort((a, b) => b - a);
  const figures: PartnerPageFigures = {
    links,
    measured: null,
    fromFiles: [...shards].reduce((n, s) => n + shardBytes(s), 0),
    worstThree: all.slice(0, 3).reduce((a, b) => a + b, 0),
    wholeGlossary: gzipSize(readFileSync(join(dist, 'glossary.json'))),
  };
  if (browser) figures.measured = await measure(dist, links);
  return figures;
}

async function measure(dist: string, links: PartnerPageFigures['links']): Promise<{ bytes: number; requests: number }> {
  const executablePath = findChrome();
  if (!executablePath)
    throw new Error('bench needs Chromium for the partner page: set CHROME_PATH or pass --no-browser');
  const site = await serveSite({ root: dist, port: 0, headersFor: await headersFromFile(dist) });
  const g = site.url;
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner docs</title></head><body>
    <p><a href="${g}glossary/${links.page}/">one</a>, <a href="${g}glossary/${links.former}/">two</a>,
    <a href="${g}glossary/#${links.anchor}">three</a>.</p>
    <script src="${g}glossary/embed.js" defer></script></body></html>`;
  const partner = createServer((_, res) =>
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html),
  );
  await new Promise<void>((ok) => partner.listen(0, '127.0.0.1', ok));
  const port = (partner.address() as { port: number }).port;
  const chrome = await chromium.launch({ executablePath, headless: true, args: LAUNCH_ARGS });
  try {
    const page = await chrome.newPage();
    const sizes: Promise<number>[] = [];
    page.on('response', (res) => {
      const url = new URL(res.url());
      if (url.origin === new URL(g).origin && !url.pathname.endsWith('/embed.js'))
        sizes.push(res.body().then(gzipSize, () => 0));
    });
    await page.goto(`http://localhost:${port}/`);
    await page.waitForFunction(
      () => [...document.querySelectorAll('a')].every((a) => a.hasAttribute('aria-describedby')),
      null,
      {
        timeout: 10_000,
      },
    );
    await page.waitForLoadState('networkidle');
    const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
    return { bytes, requests: sizes.length };
  } finally {
    await chrome.close();
    await site.close();
    await new Promise((ok) => partner.close(ok));
  }
}
