import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { syntheticTerms } from '../../../../scripts/bench/synthetic-terms.ts';
import {
  allPreviewShards,
  buildPreviewShards,
  fnv1a,
  PREVIEW_SHARDS,
  previewShard,
} from '../../../../src/lib/glossary/previews.ts';

const clientId = {
  slug: 'client-id',
  term: 'Client Id',
  sense: null,
  summary: 'The id of an API client.',
  formerSlugs: ['clientid'],
};
const user = {
  slug: 'user-financials-erp',
  term: 'User',
  sense: 'Financials ERP',
  summary: 'A person who signs in to Financials.',
  formerSlugs: [],
};

describe('preview shards', () => {
  it("hashes with 32-bit FNV-1a, so any client can find a slug's file", () => {
    // Reference values of FNV-1a 32 (the published test vectors).
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
    expect(previewShard('client-id')).toMatch(/^[0-9a-f]{3}$/);
    expect(previewShard('client-id')).toBe((fnv1a('client-id') % PREVIEW_SHARDS).toString(16).padStart(3, '0'));
  });

  it('writes every shard, empty ones too, so an unknown slug fetches a file and finds nothing', () => {
    const shards = buildPreviewShards([clientId, user]);
    expect([...shards.keys()]).toEqual(allPreviewShards());
    expect(shards.size).toBe(1024);
    const unknown = previewShard('no-such-term');
    expect(shards.get(unknown)!.terms['no-such-term']).toBeUndefined();
  });

  it('files a term under its slug and each former slug, which names the slug it moved to', () => {
    const shards = buildPreviewShards([clientId, user]);
    expect(shards.get(previewShard('client-id'))!.terms['client-id']).toEqual({
      term: 'Client Id',
      summary: 'The id of an API client.',
    });
    expect(shards.get(previewShard('clientid'))!.terms['clientid']).toEqual({
      term: 'Client Id',
      summary: 'The id of an API client.',
      slug: 'client-id',
    });
    expect(shards.get(previewShard('user-financials-erp'))!.terms['user-financials-erp']).toMatchObject({
      sense: 'Financials ERP',
    });
  });

  it('keeps three links under 10 KB gzip at 10,000 terms, even in the three biggest files', () => {
    const terms = syntheticTerms(10_000).map((t) => ({
      slug: t.slug,
      term: /term: (.*)/.exec(t.text)![1]!,
      summary: /summary: (.*)/.exec(t.text)![1]!,
      formerSlugs: [],
    }));
    const sizes = [...buildPreviewShards(terms).values()]
      .map((s) => gzipSync(JSON.stringify(s)).length)
      .sort((a, b) => b - a);
    expect(sizes[0]! + sizes[1]! + sizes[2]!).toBeLessThan(10 * 1024);
  });
});
