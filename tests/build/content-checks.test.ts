/**
 * The two checks over the built pages that read their tags: inline code the CSP would block
 * (read from real attributes only) and links that would run script or open inline data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWithContent, expectBuildFailure, originalContent } from '../support/fixture-build.ts';

/** The 1-based line of the first line containing `needle` in a text. */
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

const XSS_TERM = `---
term: Cross-site scripting
summary: An attack where a page runs script it did not write, for example from <img src=x onerror=alert(1)> in a form field.
aliases: [XSS]
updated: 2021-10-02
---

A page that shows what a user typed without escaping it can be made to run script, for example
through an \`onerror\` attribute such as \`<img src=x onerror=alert(1)>\`.
`;

describe('content checks over the built pages', () => {
  it('a term whose summary mentions <img onerror=...> as text builds, and shows it as text', () => {
    const result = buildWithContent({ 'glossary/cross-site-scripting.mdx': XSS_TERM });
    try {
      expect(result.ok, result.output).toBe(true);
      const page = readFileSync(join(result.dist, 'glossary', 'cross-site-scripting', 'index.html'), 'utf8');
      expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
    } finally {
      result.cleanup();
    }
  });

  it('javascript:, vbscript: and data: links fail the build with the file and line', () => {
    const text =
      `${originalContent('pages/channels.mdx')}\n` +
      'Test the call with [this button](javascript:alert(1)).\n\n' +
      '<a href="vbscript:msgbox(1)">Old browsers</a>\n\n' +
      'Or open [the report](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==).\n';
    expectBuildFailure(
      { 'pages/channels.mdx': text },
      /3 link\(s\) in the built site would run script or open inline data/,
      new RegExp(
        `/channels/: link "javascript:alert\\(1\\)" uses javascript:\\s+written in content/pages/channels\\.mdx:${lineOf(text, 'javascript:')}`,
      ),
      new RegExp(`uses vbscript:\\s+written in content/pages/channels\\.mdx:${lineOf(text, 'vbscript:')}`),
      new RegExp(`uses data:\\s+written in content/pages/channels\\.mdx:${lineOf(text, 'data:text')}`),
      /Link to a page \(\/checklist\/\) or an https:\/\/ address instead/,
    );
  });
});
