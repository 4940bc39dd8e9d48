import { describe, expect, it } from 'vitest';
import { asSavedOnUnix, readFrontmatter } from '../../../../src/lib/markdown/frontmatter.ts';

const FILE = 'content/glossary/x.mdx';

describe('readFrontmatter', () => {
  it('gives the data, the body and the file line of a key or a list item', () => {
    const fm = readFrontmatter('---\nterm: X\nrelated:\n  - a\n  - b\n---\nThe body.\n', FILE);
    expect(fm.found).toBe(true);
    expect(fm.data.related).toEqual(['a', 'b']);
    expect(fm.lineOf('related', 'b')).toBe(5);
    expect(fm.lineOf('term')).toBe(2);
    expect(fm.body).toBe('The body.\n');
    expect(fm.bodyLine).toBe(7);
  });

  it('says when there is no block, and reads the whole text as the body', () => {
    const fm = readFrontmatter('Just text.\n', FILE);
    expect(fm).toMatchObject({ found: false, data: {}, body: 'Just text.\n', bodyLine: 1 });
  });

  it('names the file and line of invalid YAML', () => {
    expect(() => readFrontmatter('---\nterm: X\nsummary: [unclosed\n---\n', FILE)).toThrow(
      /^content\/glossary\/x\.mdx:\d+: the frontmatter is not valid YAML/,
    );
  });

  it('reads a file saved with a byte order mark and CRLF endings as its LF twin', () => {
    const lf = '---\nterm: Client Id\naliases: [client_id]\n---\n\nSend it.\r\n';
    const windows = `\uFEFF${lf.replace(/\r?\n/g, '\r\n')}`;
    const a = readFrontmatter(asSavedOnUnix(lf), FILE);
    const b = readFrontmatter(asSavedOnUnix(windows), FILE);
    expect(b.data).toEqual(a.data);
    expect(b.body).toBe(a.body);
    expect(b.bodyLine).toBe(a.bodyLine);
    expect(b.lineOf('aliases', 'client_id')).toBe(3);
  });
});

describe('asSavedOnUnix', () => {
  it('drops a leading byte order mark and turns CRLF and lone CR into LF', () => {
    expect(asSavedOnUnix('\uFEFFa\r\nb\rc\n')).toBe('a\nb\nc\n');
    expect(asSavedOnUnix('keep \uFEFF inside')).toBe('keep \uFEFF inside');
  });
});
