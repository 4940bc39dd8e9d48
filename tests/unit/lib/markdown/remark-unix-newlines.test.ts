import { describe, expect, it } from 'vitest';
import remarkUnixNewlines from '../../../../src/lib/markdown/remark-unix-newlines.ts';

describe('remarkUnixNewlines', () => {
  it('turns CRLF and lone CR into LF in every text-bearing node, however deep', () => {
    const text = { type: 'text', value: 'one\r\ntwo\rthree' };
    const tree = {
      type: 'root',
      children: [
        { type: 'paragraph', children: [text] },
        { type: 'code', value: 'a\r\nb' },
        { type: 'list', children: [{ type: 'listItem', children: [{ type: 'inlineCode', value: 'x\r\n' }] }] },
      ],
    };
    remarkUnixNewlines()(tree);
    expect(JSON.stringify(tree)).not.toContain('\\r');
    expect(text.value).toBe('one\ntwo\nthree');
  });
});
