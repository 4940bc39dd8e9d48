/**
 * A digest of everything a build's output is made from: the content, the source code,
 * the static files, the configuration and the locked dependencies, plus the settings it
 * was built with (base path, site URL). Two builds with the same digest write the same
 * site, so a file named by it can be cached for ever and stays the same between builds
 * that changed nothing: used for the search files that can only be made after the pages
 * that name them (src/search/integration.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { listFiles } from './util/files.ts';
import { findReferencesInMarkdown } from './glossary/references.ts';
import { resolveTerm, type IndexedTerm } from './glossary/resolve.ts';

/** What a build of this project is made from, relative to its root. */
export const BUILD_INPUTS: readonly string[] = [
  'content',
  'src',
  'public',
  'astro.config.mjs',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
];

/** 10 hex characters; `settings` are the values the build was started with. */
export function buildInputsDigest(
  root: string,
  settings: Record<string, string | undefined> = {},
  inputs: readonly string[] = BUILD_INPUTS,
): string {
  const hash = createHash('sha256');
  for (const [key, value] of Object.entries(settings).sort(([a], [b]) => (a < b ? -1 : 1)))
    hash.update(`setting ${key}=${value ?? ''}\n`);
  for (const input of inputs) {
    const path = join(root, input);
    if (!existsSync(path)) continue;
    const files = statSync(path).isDirectory() ? listFiles(path).map((f) => `${input}/${f}`) : [input];
    for (const file of files) {
      const text = readFileSync(join(root, file));
      hash.update(`file ${file} ${text.length}\n`).update(text);
    }
  }
  return hash.digest('hex').slice(0, 10);
}

/** Our remark and rehype plugins, as astro.config.mjs gives them to the Markdown processor. */
export const MARKDOWN_PLUGINS: readonly string[] = [
  'src/lib/markdown/remark-unix-newlines.ts',
  'src/lib/markdown/remark-term-links.ts',
  'src/lib/markdown/rehype-base-links.ts',
];

/**
 * The source files Markdown is rendered with: the plugins and every file of ours they import,
 * directly or not. Editing any other module (the composer, search) leaves stored renders valid.
 */
export function markdownPipelineFiles(root: string, plugins: readonly string[] = MARKDOWN_PLUGINS): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(join(root, file))) return;
    seen.add(file);
    const code = readFileSync(join(root, file), 'utf8');
    for (const [, spec] of code.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s*['"](\.{1,2}\/[^'"]+)['"]/gm))
      visit(posix.normalize(posix.join(posix.dirname(file), spec!)));
  };
  for (const plugin of plugins) visit(plugin);
  return [...seen].sort();
}

/**
 * What a glossary definition's HTML depends on besides its own file: the code of the
 * Markdown pipeline (our plugins and what they import, the config, the locked packages),
 * the base path its links get, and what each of its `[[Term]]` references resolves to (the
 * term's page, label and summary, shown in the link's preview). Made once per content sync;
 * the returned function gives one definition's inputs, so editing one term re-renders only
 * the definitions that link to it (src/lib/markdown/folder-loader.ts).
 */
export function glossaryRenderInputs(root: string, terms: readonly IndexedTerm[]): (markdown: string) => string {
  const code = buildInputsDigest(root, { base: process.env.BASE_PATH }, [
    ...markdownPipelineFiles(root),
    'astro.config.mjs',
    'package-lock.json',
  ]);
  const resolved = new Map<string, string>();
  const resolve = (target: string) => {
    let key = resolved.get(target);
    if (key === undefined) {
      const r = resolveTerm(target, terms);
      key =
        r.kind === 'found' ? JSON.stringify([r.term.slug, r.term.term, r.term.sense ?? '', r.term.summary]) : r.kind;
      resolved.set(target, key);
    }
    return key;
  };
  return (markdown) =>
    `${code}\n${findReferencesInMarkdown(markdown)
      .map((r) => `${r.target} -> ${resolve(r.target)}`)
      .join('\n')}`;
}
