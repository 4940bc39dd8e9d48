import { describe, expect, it } from 'vitest';
import { termUsage } from '../../../../src/lib/glossary/usage.ts';
import type { IndexedTerm } from '../../../../src/lib/glossary/resolve.ts';

const t = (slug: string, term: string, aliases: string[] = []): IndexedTerm => ({
  slug,
  term,
  aliases,
  formerSlugs: [],
  related: [],
  summary: 'S.',
  file: `${slug}.mdx`,
});
const index = [t('api', 'API'), t('client-id', 'Client Id', ['client_id']), t('json', 'JSON')];

describe('termUsage', () => {
  const pages = [
    {
      id: 'policy',
      title: 'Policy',
      body: 'Intro with [[API]].\n\n## Who we support\n\nThe [[api|API again]] and [[client_id]].\n\n```\n## Not a heading\n```\n\n## How a case runs ##\n\nMore [[API]].',
    },
    { id: 'scope', title: 'Scope', body: '## Covered\n\nOnly [[Client Id]], not `[[JSON]]`.' },
    { id: 'channels', title: 'Channels', body: 'No terms, and an [[Unknown]] one.' },
  ];
  const usage = termUsage(pages, index);

  it('lists each page that refers to a term once, by any of its names', () => {
    expect(usage.get('api')?.map((u) => u.page.id)).toEqual(['policy']);
    expect(usage.get('client-id')?.map((u) => u.page.id)).toEqual(['policy', 'scope']);
    expect(usage.has('json')).toBe(false);
  });

  it('names the sections that refer to it, in page order, skipping code', () => {
    expect(usage.get('api')![0]!.sections).toEqual(['', 'Who we support', 'How a case runs']);
    expect(usage.get('client-id')!.map((u) => u.sections)).toEqual([['Who we support'], ['Covered']]);
  });
});
