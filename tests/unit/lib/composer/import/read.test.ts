/** Telling the three formats apart in pasted text, and the message for anything else. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readText } from '../../../../../src/lib/composer/import/read.ts';

const fixture = (name: string) => readFileSync(`tests/fixtures/import/${name}`, 'utf8');

describe('readText', () => {
  it('knows each format from its first characters', () => {
    expect(readText(fixture('firefox-cmd.txt')).format).toBe('curl');
    expect(readText(`\n  ${fixture('raw-exchange.txt')}`).format).toBe('http');
    expect(readText(fixture('curl-verbose.txt')).format).toBe('http');
    const har = readText(fixture('chromium.har'));
    expect(har.format === 'har' && har.calls.length).toBe(3);
  });

  it('says what it accepts when the text is none of them', () => {
    expect(() => readText('My POST to /customer returns 400, please help')).toThrow(
      /not a curl command, an HTTP request or response, or a HAR file/,
    );
    expect(() => readText('   ')).toThrow(/Nothing to read/);
  });
});
