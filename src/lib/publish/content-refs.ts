/**
 * Cross-file references in the content that a per-file schema cannot check: links to
 * glossary terms, `related:` term slugs and the page a change entry concerns. Pure: it
 * takes the source files' text and returns every reference that does not resolve, with
 * the file, the line and the fix.
 */
import { slugFromEntry } from '../util/id-registry.ts';
import { lineColumn } from '../glossary/references.ts';
import { editDistance } from '../glossary/resolve.ts';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { LineCounter, parseDocument, isSeq, isScalar, type Document, type Node } from 'yaml';

export interface SourceFile {
  /** Path from the project root, e.g. "content/pages/scope.mdx". */
  file: string;
  text: string;
}

export interface ContentProblem {
  file: string;
  line?: number | undefined;
  message: string;
}

export interface ContentSources {
  pages: SourceFile[];
  terms: SourceFile[];
  changes?: SourceFile[];
}

interface Frontmatter {
  data: Record<string, unknown>;
  /** The 1-based line of a top-level key's value, or of one item of a list value. */
  lineOf(key: string, item?: string): number | undefined;
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** A YAML value as the author wrote it: the reader turns `2021-10-02` into a Date. */
const yamlText = (value: unknown): string => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));

export function readFrontmatter(text: string): Frontmatter {
  const match = FENCE.exec(text);
  if (!match) return { data: {}, lineOf: () => undefined };
  // The data as the content loaders read it; the line-aware YAML tree only when a problem
  // needs a line number (reading it for every file cost seconds on a large glossary).
  let data: Record<string, unknown>;
  try {
    data = parseFrontmatter(text).frontmatter as Record<string, unknown>;
  } catch {
    data = {}; // the collection schema reports invalid YAML
  }
  let tree: { doc: Document; counter: LineCounter } | undefined;
  return {
    data,
    lineOf(key, item) {
      if (!tree) {
        const counter = new LineCounter();
        // The YAML starts on line 2 (after the opening ---).
        tree = { doc: parseDocument(match[1]!, { lineCounter: counter }), counter };
      }
      const { doc, counter } = tree;
      const lineAt = (node: Node | null | undefined) =>
        node?.range ? counter.linePos(node.range[0]).line + 1 : undefined;
      const value = doc.get(key, true) as Node | undefined;
      if (item !== undefined && isSeq(value)) {
        const hit = value.items.find((n) => isScalar(n) && n.value === item) as Node | undefined;
        if (hit) return lineAt(hit);
      }
      return lineAt(value);
    },
  };
}

export function closest(value: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(value, c);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(value.length / 3)) ? best : undefined;
}

/** Ids on the glossary page that are not terms but are fine to link to. */
const GLOSSARY_PAGE_ANCHOR = /^(?:letter-(?:[a-z]|other)|main)$/;

/** A link to the glossary in MDX source: markdown `](/glossary/...)` or an `href="/glossary/..."`. */
const GLOSSARY_LINK = /(?:\]\(\s*<?|href\s*=\s*\{?\s*["'`])(\/glossary\/[^\s)"'`>]*)/g;

/** Which term a glossary link names: "/glossary/#dto" and "/glossary/dto/" name "dto". */
export function termOfLink(href: string): string | null {
  const m = /^\/glossary\/(?:([^/#?]+)\/?)?(?:\?[^#]*)?(?:#(.+))?$/.exec(href);
  if (!m) return null;
  const [, segment, hash] = m;
  if (segment) return decodeURIComponent(segment);
  if (hash) return GLOSSARY_PAGE_ANCHOR.test(hash) ? null : decodeURIComponent(hash);
  return null;
}

/** Blank out fenced code blocks so example links in code are not checked; lines keep their numbers. */
function withoutCode(text: string): string {
  let inFence = false;
  return text
    .split('\n')
    .map((line) => {
      if (/^\s*(```|~~~)/.test(line)) {
        inFence = !inFence;
        return '';
      }
      return inFence ? '' : line.replace(/`[^`\n]*`/g, (s) => ' '.repeat(s.length));
    })
    .join('\n');
}

function hint(value: string, known: Set<string>, what: string): string {
  const near = closest(value, known);
  const list = [...known].sort().join(', ');
  return near ? `Did you mean "${near}"? ` : `Known ${what}: ${list}. `;
}

export function findContentProblems(sources: ContentSources): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const termSlugs = new Set<string>();
  const formerSlugs = new Set<string>();
  const terms = sources.terms.map((source) => {
    const fm = readFrontmatter(source.text);
    termSlugs.add(slugFromEntry(source.file, fm.data));
    for (const s of Array.isArray(fm.data.formerSlugs) ? fm.data.formerSlugs : []) formerSlugs.add(String(s));
    return { source, fm };
  });
  const pageSlugs = new Set(sources.pages.map((s) => slugFromEntry(s.file, readFrontmatter(s.text).data)));

  // `related:` must name terms that exist.
  for (const { source, fm } of terms) {
    const related = Array.isArray(fm.data.related) ? fm.data.related : [];
    for (const slug of related.map(yamlText)) {
      if (termSlugs.has(slug)) continue;
      problems.push({
        file: source.file,
        line: fm.lineOf('related', slug),
        message:
          `\`related\` lists "${slug}", which is not a glossary term. ${hint(slug, termSlugs, 'terms')}` +
          `Fix the slug (a file name in content/glossary/ without .mdx), remove it, or add content/glossary/${slug}.mdx.`,
      });
    }
  }

  // Links to /glossary/<slug>/ or /glossary/#<slug> must name a defined term.
  for (const source of [...sources.pages, ...sources.terms, ...(sources.changes ?? [])]) {
    const text = withoutCode(source.text);
    for (const match of text.matchAll(GLOSSARY_LINK)) {
      const href = match[1]!;
      const slug = termOfLink(href);
      if (slug === null || termSlugs.has(slug) || formerSlugs.has(slug)) continue;
      problems.push({
        file: source.file,
        line: lineColumn(text, match.index! + match[0].length - href.length).line,
        message:
          `the link "${href}" points to the glossary term "${slug}", which is not defined. ${hint(slug, termSlugs, 'terms')}` +
          `Fix the link, or define the term in content/glossary/${slug}.mdx.`,
      });
    }
  }

  // A change entry's `page` must be a page.
  for (const source of sources.changes ?? []) {
    const fm = readFrontmatter(source.text);
    const page = fm.data.page;
    if (typeof page !== 'string' || pageSlugs.has(page)) continue;
    problems.push({
      file: source.file,
      line: fm.lineOf('page'),
      message:
        `\`page\` is "${page}", which is not a page. ${hint(page, pageSlugs, 'pages')}` +
        'Use the file name of a page in content/pages/ without .mdx, e.g. `page: policy`, or remove the field.',
    });
  }
  return problems;
}

export function formatContentProblems(problems: ContentProblem[]): string {
  return problems.map((p) => `  ${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`).join('\n');
}
