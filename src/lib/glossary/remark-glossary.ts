/**
 * remark-glossary: checked links to our glossary terms from other documentation sites.
 * Published as /glossary/remark-glossary.mjs (bundled, with no dependencies, by
 * src/integrations/partner-files.ts from this file and the resolver our own build uses).
 *
 *   import remarkGlossary from './remark-glossary.mjs';
 *   // Astro / Starlight: markdown: { remarkPlugins: [[remarkGlossary, { glossary: URL_OR_PATH }]] }
 *
 * `glossary` is the URL of the site's glossary.json or the path of a local copy. It is
 * read once per build. `[[Term]]`, `[[Term|link text]]`, `[[Term (Sense)]]`, aliases, slugs
 * and former slugs become absolute links to the term pages (which embed.js previews). An
 * unknown or ambiguous reference fails the build with the file, line and column and the
 * closest terms; so does a glossary that cannot be read.
 */
import { linkTermReferences, termReferenceReport, type MdNode } from '../markdown/term-link-walk.ts';
import { resolveTerm, type IndexedTerm } from './resolve.ts';

export interface RemarkGlossaryOptions {
  /** The URL of glossary.json ("https://SUPPORT-SITE/glossary.json") or a local file path. */
  glossary: string | URL;
}

interface Inventory {
  source: string;
  terms: IndexedTerm[];
  urls: Map<string, string>;
}

interface VFileLike {
  path?: string;
  history?: string[];
  cwd?: string;
}

const PREFIX = 'remark-glossary:';
const inventories = new Map<string, Promise<Inventory>>();

function fail(message: string): never {
  throw new Error(`${PREFIX} ${message}`);
}

async function readText(location: string): Promise<{ text: string; source: string }> {
  if (/^https?:/i.test(location)) {
    let url: URL;
    try {
      url = new URL(location);
    } catch {
      fail(
        `"${location}" is not a valid URL. Give the URL of glossary.json, e.g. "https://SUPPORT-SITE/glossary.json", or a local file path.`,
      );
    }
    let res: Response;
    try {
      res = await fetch(url, { signal: AbortSignal.timeout(20_000) });
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      fail(
        `could not fetch the glossary from ${url.href} (${cause?.code ?? cause?.message ?? (error as Error).message}). ` +
          'Check the `glossary` option and your network, or point it at a local copy of glossary.json.',
      );
    }
    if (!res.ok)
      fail(`${url.href} answered HTTP ${res.status}. The \`glossary\` option should be the URL of glossary.json.`);
    return { text: await res.text(), source: url.href };
  }
  const { readFile } = await import('node:fs/promises');
  const { fileURLToPath } = await import('node:url');
  const { resolve } = await import('node:path');
  const path = /^file:/i.test(location) ? fileURLToPath(location) : resolve(location);
  try {
    return { text: await readFile(path, 'utf8'), source: path };
  } catch (error) {
    const code = (error as { code?: string }).code;
    return fail(
      code === 'ENOENT'
        ? `there is no file at ${path}. The \`glossary\` option is the URL of glossary.json (starting with https://) or the path of a local copy.`
        : `could not read ${path}: ${(error as Error).message}`,
    );
  }
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/** The glossary as the resolver needs it, from the text of a glossary.json (version 1). */
export function parseInventory(text: string, source: string): Inventory {
  let doc: { version?: unknown; terms?: unknown };
  try {
    doc = JSON.parse(text) as typeof doc;
  } catch (error) {
    fail(
      `${source} is not JSON (${(error as Error).message}). The \`glossary\` option should be the URL or path of glossary.json.`,
    );
  }
  if (!doc || typeof doc !== 'object' || !Array.isArray(doc.terms))
    fail(`${source} has no "terms" list: it is not a glossary.json.`);
  if (doc.version !== 1)
    fail(
      `${source} is glossary.json version ${JSON.stringify(doc.version)}; this plugin reads version 1. Download the plugin again from the same site.`,
    );
  const terms: IndexedTerm[] = [];
  const urls = new Map<string, string>();
  for (const [i, raw] of (doc.terms as Record<string, unknown>[]).entries()) {
    const t = raw ?? {};
    if (typeof t.slug !== 'string' || typeof t.term !== 'string' || typeof t.url !== 'string') {
      fail(`${source}: term ${i + 1} has no slug, term or url: the file is not a valid glossary.json.`);
    }
    terms.push({
      slug: t.slug,
      term: t.term,
      sense: typeof t.sense === 'string' ? t.sense : undefined,
      aliases: strings(t.aliases),
      formerSlugs: strings(t.formerSlugs),
      related: strings(t.related),
      summary: typeof t.summary === 'string' ? t.summary : '',
      file: t.url,
    });
    urls.set(t.slug, t.url);
  }
  return { source, terms, urls };
}

function load(location: string): Promise<Inventory> {
  let loading = inventories.get(location);
  if (!loading) {
    loading = readText(location).then(({ text, source }) => parseInventory(text, source));
    inventories.set(location, loading);
  }
  return loading;
}

/** The file as its author sees it: relative to the project, with forward slashes. */
function shownPath(file: VFileLike): string {
  const path = (file.path ?? file.history?.[0] ?? 'unknown.md').split('\\').join('/');
  const cwd = (file.cwd ?? '').split('\\').join('/').replace(/\/$/, '');
  return cwd && path.startsWith(`${cwd}/`) ? path.slice(cwd.length + 1) : path;
}

export default function remarkGlossary(options: RemarkGlossaryOptions) {
  const location = options?.glossary instanceof URL ? options.glossary.href : options?.glossary;
  if (typeof location !== 'string' || location.trim() === '') {
    fail('the `glossary` option is missing: [[remarkGlossary, { glossary: "https://SUPPORT-SITE/glossary.json" }]].');
  }
  // Typed loosely so that it fits unified's plugin type without depending on mdast types.
  return async (tree: unknown, vfile: unknown) => {
    const inventory = await load(location.trim());
    const file = shownPath(vfile as VFileLike);
    const errors = linkTermReferences(tree as MdNode, {
      file,
      resolve: (target) => resolveTerm(target, inventory.terms),
      linkNodes: (term, text) => [
        { type: 'link', url: inventory.urls.get(term.slug)!, children: [{ type: 'text', value: text }] },
      ],
      unknownHint: ` Check the spelling against the glossary (${inventory.source}).`,
    });
    if (errors.length > 0) {
      throw new Error(
        termReferenceReport(
          errors,
          `Write [[Term]] or [[Term|link text]] with a term, alias or slug from ${inventory.source}.`,
        ),
      );
    }
  };
}
