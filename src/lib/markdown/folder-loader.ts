/**
 * A content loader for a folder of one-entry-per-file Markdown (written as .mdx). Unlike
 * Astro's glob loader, which turns every .mdx file into a JavaScript module that the build
 * must bundle, it renders each body to HTML once at content sync, through the site's
 * Markdown processor (so [[Term]] references and base-path links work), and stores the
 * HTML. A glossary of 10,000 terms then costs 10,000 small renders instead of 10,000
 * bundled modules. The files may use Markdown only, not JSX components or imports.
 */
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader } from 'astro/loaders';
import { listFiles } from '../util/files.ts';
import { blankCode } from './code.ts';
import { asSavedOnUnix, readFrontmatter } from './frontmatter.ts';
import { slugFromEntry, type IdRegistry } from '../util/id-registry.ts';

export interface MarkdownFolderOptions {
  /** The folder, relative to the project root, e.g. "./content/glossary". */
  base: string;
  /** File extension of entries. */
  extension?: string;
  /** Claims each entry's slug; throws when two files want the same one. */
  ids: IdRegistry;
  /**
   * What else a rendered entry depends on besides its own file, as a string that changes
   * when it does (the Markdown plugins' code, the other entries its references show).
   * Called once per sync; the function it returns is given each entry's Markdown. A stored
   * render is reused only when the entry's file and its inputs are unchanged.
   */
  renderInputs?: () => (markdown: string) => string;
}

/** JSX or ESM in a body that this loader renders as plain Markdown: refuse it clearly. */
export function findMdxOnlySyntax(body: string): { line: number; text: string } | null {
  const lines = body.split('\n');
  for (const [i, line] of blankCode(body).split('\n').entries()) {
    if (/^(import|export)\s/.test(line) || /<[A-Z][A-Za-z0-9]*[\s/>]/.test(line))
      return { line: i + 1, text: lines[i]!.trim() };
  }
  return null;
}

export function markdownFolderLoader({
  base,
  extension = '.mdx',
  ids,
  renderInputs = () => () => '',
}: MarkdownFolderOptions): Loader {
  return {
    name: 'kb:markdown-folder',
    load: async ({ store, parseData, renderMarkdown, generateDigest, config, watcher, logger }) => {
      const dirUrl = new URL(base.endsWith('/') ? base : `${base}/`, config.root);
      const dir = fileURLToPath(dirUrl);
      const shown = (file: string) => relative(fileURLToPath(config.root), join(dir, file)).split(sep).join('/');

      const loadOne = async (file: string, inputsOf: (markdown: string) => string) => {
        const path = join(dir, file);
        // A synchronous read: thousands of small files each awaiting a thread-pool round trip
        // left the build idle for seconds.
        const raw = asSavedOnUnix(readFileSync(path, 'utf8'));
        const digest = generateDigest(`${raw}\n${inputsOf(raw)}`);
        const parsed = readFrontmatter(raw, shown(file));
        const frontmatter = parsed.data;
        const id = ids.claim(slugFromEntry(file, frontmatter), shown(file));
        const mdx = findMdxOnlySyntax(parsed.body);
        if (mdx) {
          const line = parsed.bodyLine + mdx.line - 1;
          throw new Error(
            `${shown(file)}:${line}: "${mdx.text}" is MDX (a component or import). Entries in ${base} are Markdown only: ` +
              'write the text in Markdown, link terms with [[Term]], and move anything else to a page in content/pages/.',
          );
        }
        const existing = store.get(id);
        if (existing?.digest === digest && existing.rendered) return { id, fresh: false };
        const data = await parseData({ id, data: frontmatter, filePath: shown(file) });
        const rendered = await renderMarkdown(raw, { fileURL: pathToFileURL(path) });
        store.set({ id, data, body: parsed.body, filePath: shown(file), digest, rendered });
        return { id, fresh: true };
      };

      const sync = async () => {
        const files = listFiles(dir, extension);
        const inputsOf = renderInputs();
        const seen = new Set<string>();
        let rendered = 0;
        for (const file of files) {
          const { id, fresh } = await loadOne(file, inputsOf);
          seen.add(id);
          if (fresh) rendered++;
        }
        for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
        logger.info(
          `${files.length} entries from ${base} (${rendered} rendered, ${files.length - rendered} unchanged since the last build)`,
        );
      };

      await sync();
      if (watcher) {
        watcher.add(dir);
        const onChange = (path: string) => {
          if (path.startsWith(dir) && path.endsWith(extension)) sync().catch((e) => logger.error(String(e)));
        };
        watcher.on('change', onChange);
        watcher.on('add', onChange);
        watcher.on('unlink', onChange);
      }
    },
  };
}
