import { describe, expect, it } from 'vitest';
import { termUsage } from '../../src/lib/term-usage.ts';
import type { IndexedTerm } from '../../src/lib/term-resolve.ts';

const t = (slug: string, term: string, aliases: string[] = []): IndexedTerm => ({
  slug, term, aliases, formerSlugs: [], related: [], summary: 'S.', file: `${slug}.mdx`,
});
const index = [t('api', 'API'), t('client-id', 'Client Id', ['client_id']), t('json', 'JSON')];

describe('termUsage', () => {
  it('lists each page that refers to a term once, by any of its names', () => {
    const pages = [
      { id: 'policy', title: 'Policy', body: 'The [[API]] and the [[api|API again]] and [[client_id]].' },
      { id: 'scope', title: 'Scope', body: 'Only [[Client Id]], not `[[JSON]]`.' },
      { id: 'channels', title: 'Channels', body: 'No terms, and an [[Unknown]] one.' },
    ];
    const usage = termUsage(pages, index);
    expect(usage.get('api')?.map((p) => p.id)).toEqual(['policy']);
    expect(usage.get('client-id')?.map((p) => p.id)).toEqual(['policy', 'scope']);
    expect(usage.has('json')).toBe(false);
  });
});
