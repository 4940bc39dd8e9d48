/**
 * What the build publishes for other docs sites: the cross-origin headers on exactly the
 * public glossary files, the preview files embed.js reads, and the two scripts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../src/lib/publish/headers-file.ts';
import { allPreviewShards, previewShard, type PreviewShard } from '../../src/lib/glossary/previews.ts';
import { normaliseBase } from '../../src/lib/util/urls.ts';
import { assertBuilt, DIST, distFiles, readDist } from '../support/dist.ts';

const base = normaliseBase(process.env.BASE_PATH);
beforeAll(assertBuilt);

interface JsonTerm {
  slug: string;
  term: string;
  sense: string | null;
  summary: string;
  formerSlugs: string[];
}
const terms = () => (JSON.parse(readDist('glossary.json')) as { terms: JsonTerm[] }).terms;
const shard = (slug: string) => JSON.parse(readDist(`glossary/previews/v1/${previewShard(slug)}.json`)) as PreviewShard;

describe('cross-origin headers in _headers', () => {
  const rules = () => parseHeadersFile(readDist('_headers'), 'dist/_headers');
  const PUBLIC = [
    'glossary.json',
    'glossary.schema.json',
    'glossary/embed.js',
    'glossary/remark-glossary.mjs',
    `glossary/previews/v1/${previewShard('client-id')}.json`,
  ];

  it('let any origin read the public glossary files, which keep the other security headers', () => {
    for (const path of PUBLIC) {
      const h = headersFor(rules(), `${base}${path}`);
      expect(h['access-control-allow-origin'], path).toBe('*');
      expect(h['cross-origin-resource-policy'], path).toBe('cross-origin');
      expect(h['x-content-type-options'], path).toBe('nosniff');
      expect(h['content-security-policy'], path).toMatch(/frame-ancestors 'none'/);
    }
  });

  it('are sent for nothing else: pages, bundles, search indexes, feeds', () => {
    const others = [
      ...distFiles('.html').map((f) => f.replace(/index\.html$/, '')),
      ...distFiles()
        .filter((f) => /^(_astro|pagefind)\//.test(f))
        .slice(0, 50),
      'changes.xml',
      'sitemap.xml',
      'glossary/previews/',
      'glossary/embed.json',
    ];
    for (const path of others) {
      const h = headersFor(rules(), `${base}${path}`);
      expect(h['access-control-allow-origin'], path).toBeUndefined();
      expect(h['cross-origin-resource-policy'], path).toBeUndefined();
    }
  });
});

describe('preview files', () => {
  it('exist for every shard, so an unknown slug gets an empty file, not a 404', () => {
    const files = distFiles().filter((f) => f.startsWith('glossary/previews/v1/'));
    expect(files.sort()).toEqual(allPreviewShards().map((s) => `glossary/previews/v1/${s}.json`));
  });

  it('hold every term under its slug and its former slugs, with the summary of glossary.json', () => {
    for (const t of terms()) {
      expect(shard(t.slug).terms[t.slug], t.slug).toEqual({
        term: t.term,
        ...(t.sense ? { sense: t.sense } : {}),
        summary: t.summary,
      });
      for (const former of t.formerSlugs)
        expect(shard(former).terms[former], former).toEqual({ term: t.term, summary: t.summary, slug: t.slug });
    }
    const clientId = terms().find((t) => t.slug === 'client-id')!;
    expect(clientId.formerSlugs).toContain('clientid');
  });
});

describe('scripts for other sites', () => {
  it('embed.js is one small classic script, about 2 KB gzip', () => {
    const code = readFileSync(join(DIST, 'glossary/embed.js'));
    expect(gzipSync(code).length).toBeLessThan(3 * 1024);
    expect(code.toString()).not.toMatch(/^\s*(import|export)\b/m);
    expect(code.toString()).toContain('<script src="https://SUPPORT-SITE/glossary/embed.js" defer></script>');
  });
});
