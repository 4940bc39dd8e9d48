import { describe, expect, it } from 'vitest';
import { linkLocations } from '../../../../src/lib/markdown/source-lines.ts';

const sources = [
  {
    file: 'content/pages/a.mdx',
    text: '---\ntitle: A\n---\n\nSee [fees](/fees/) and [more](/fees/#x).\n<a href="/fees/">x</a>\n',
  },
  { file: 'content/pages/b.mdx', text: 'Nothing about /fees/ as a link, but [fee](/fees-old/).\n' },
];

describe('linkLocations', () => {
  it('finds Markdown links and href attributes to exactly that target, with their lines', () => {
    expect(linkLocations(sources, '/fees/')).toEqual(['content/pages/a.mdx:5', 'content/pages/a.mdx:6']);
    expect(linkLocations(sources, '/fees/#x')).toEqual(['content/pages/a.mdx:5']);
  });
  it('finds nothing for a link that is not written in the sources', () => {
    expect(linkLocations(sources, '/elsewhere/')).toEqual([]);
    expect(linkLocations(sources, '')).toEqual([]);
  });
});
