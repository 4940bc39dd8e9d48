/**
 * Content files as Windows editors save them: a UTF-8 byte order mark and CRLF line endings.
 * The site built from them must be the site built from the same text with LF endings.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWithContent, originalContent } from '../support/fixture-build.ts';

const asWindowsEditorSaves = (text: string) => `\uFEFF${text.replace(/\r?\n/g, '\r\n')}`;

/** Every built file that is text a reader or crawler gets, keyed by its path in dist/. */
function builtText(dist: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'pagefind') walk(path);
      } else if (/\.(html|json|xml|txt)$|^_(headers|redirects)$/.test(name)) {
        // The build-inputs digest names some files: it changes with any source byte, by design.
        files.set(
          relative(dist, path).replace(/-[0-9a-f]{10}(?=[./])/g, '-#'),
          readFileSync(path, 'utf8').replace(/-[0-9a-f]{10}(?=[./])/g, '-#'),
        );
      }
    }
  };
  walk(dist);
  return files;
}

describe('content files with a byte order mark and CRLF line endings', () => {
  it('build to the same site as the LF versions: glossary term, page, change entry, YAML and JSON', () => {
    const edited = ['glossary/client-id.mdx', 'pages/channels.mdx', 'changes/2021-10-02-support-policy.mdx'];
    const data = ['scope-routes.yaml', 'scope-doors.yaml', 'site.json'];
    const lf = buildWithContent({});
    const crlf = buildWithContent(
      Object.fromEntries([...edited, ...data].map((path) => [path, asWindowsEditorSaves(originalContent(path))])),
    );
    try {
      expect(lf.ok, lf.output).toBe(true);
      expect(crlf.ok, crlf.output).toBe(true);
      const before = builtText(lf.dist);
      const after = builtText(crlf.dist);
      expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
      for (const [path, text] of before) expect(after.get(path), path).toBe(text);
    } finally {
      lf.cleanup();
      crlf.cleanup();
    }
  });
});
