import { describe, expect, it } from 'vitest';
import { plainText } from '../../../../src/lib/markdown/plain-text.ts';

describe('plainText', () => {
  it('keeps the words of links, term references, code and emphasis', () => {
    expect(
      plainText(
        'Every [[client]] has an id like `abc_1`, see [the scope](/scope/) and **never** share the [[Client Secret|secret]].',
      ),
    ).toBe('Every client has an id like abc_1, see the scope and never share the secret.');
  });
  it('joins wrapped lines and keeps paragraphs apart', () => {
    expect(plainText('One\nline.\n\n  Two\n  lines.\n')).toBe('One line.\n\nTwo lines.');
  });
  it('leaves snake_case words alone', () => {
    expect(plainText('client_id and client_secret')).toBe('client_id and client_secret');
  });
});
