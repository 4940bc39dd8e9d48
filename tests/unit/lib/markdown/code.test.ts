import { describe, expect, it } from 'vitest';
import { blankCode } from '../../../../src/lib/markdown/code.ts';

describe('blankCode', () => {
  const text = 'See [[A]] and `[[B]]`.\n\n```mdx\n[[C]]\n```\n\n~~~~\n```\n[[D]]\n~~~~\n[[E]]\n';

  it('blanks fenced blocks and inline code, keeping every offset and line', () => {
    const blanked = blankCode(text);
    expect(blanked.length).toBe(text.length);
    expect(blanked.split('\n').length).toBe(text.split('\n').length);
    expect(blanked.match(/\[\[\w\]\]/g)).toEqual(['[[A]]', '[[E]]']);
    expect(blanked.indexOf('[[E]]')).toBe(text.indexOf('[[E]]'));
  });

  it('a fence closes only with the same character, at least as long (a ``` inside ~~~~ is text)', () => {
    expect(blankCode('~~~~\n```\nx\n```\n~~~~\ny\n').trim()).toBe('y');
  });

  it('an unclosed fence runs to the end of the file', () => {
    expect(blankCode('a\n```\n[[X]]\n').trim()).toBe('a');
  });

  it('keeps inline code when asked for fences only', () => {
    expect(blankCode('## The `code` field\n```\nx\n```\n', { inline: false })).toMatch(/^## The `code` field\n\s+$/);
  });
});
