/**
 * Cross-file references in the content that a per-file schema cannot check: links to
 * glossary terms, `related:` term slugs and the page a change entry concerns. Pure: it
 * takes the source files' text and returns every reference that does not resolve, with
 * the file, the line and the fix.
 */
import { slugFromEntry } from '../util/id-registry.ts';
import { lineColumn } from '../glossary/references.ts';
import { blankCode } from '../markdown/code.ts';
import { closest } from '../util/edit-distance.ts';
import { asSavedOnUnix, readFrontmatter, type Frontmatter } from '../markdown/frontmatter.ts';

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

/** A YAML value as the author wrote it: the reader turns `2021-10-02` into a Date. */
const yamlText = (value: unknown): string => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));

/** The frontmatter as far as it can be read: invalid YAML is reported by the collection schema. */
function frontmatterOf(source: SourceFile): Frontmatter {
  try {
    return readFrontmatter(source.text, source.file);
  } catch {
    return { found: false, data: {}, body: source.text, bodyLine: 1, lineOf: () => undefined };
  }
}

/** Ids on the glossary page that are not terms but are fine to link to. */
const GLOSSARY_PAGE_ANCHOR = /^(?:letter-(?:[a-z]|other)|main)$/;

/** A link to the glossary in MDX source: markdown `](/glossary/...)` or an `href="/glossary/..."`. */
const GLOSSARY_LINK = /(?:\]\(\s*<?|href\s*=\s*\{?\s*["'`])(\/glossary\/[^\s)"'`>]*)/g;

/**
 * Which term a glossary link names: "/glossary/#dto" and "/glossary/dto/" name "dto". A file
 * in the glossary folder ("/glossary/embed.js") names none: slugs have no dots, and the
 * link check sees that the file exists.
 */
export function termOfLink(href: string): string | null {
  const m = /^\/glossary\/(?:([^/#?]+)\/?)?(?:\?[^#]*)?(?:#(.+))?$/.exec(href);
  if (!m) return null;
  const [, segment, hash] = m;
  if (segment) return segment.includes('.') ? null : decodeURIComponent(segment);
  if (hash) return GLOSSARY_PAGE_ANCHOR.test(hash) ? null : decodeURIComponent(hash);
  return null;
}

function hint(value: string, known: Set<string>, what: string): string {
  const near = closest(value, known);
  const list = [...known].sort().join(', ');
  return near ? `Did you mean "${near}"? ` : `Known ${what}: ${list}. `;
}

export function findContentProblems(given: ContentSources): ContentProblem[] {
  const unix = (files: SourceFile[] = []) => files.map((f) => ({ file: f.file, text: asSavedOnUnix(f.text) }));
  const sources = { pages: unix(given.pages), terms: unix(given.terms), changes: unix(given.changes) };
  const problems: ContentProblem[] = [];
  const termSlugs = new Set<string>();
  const formerSlugs = new Set<string>();
  const terms = sources.terms.map((source) => {
    const fm = frontmatterOf(source);
    termSlugs.add(slugFromEntry(source.file, fm.data));
    for (const s of Array.isArray(fm.data.formerSlugs) ? fm.data.formerSlugs : []) formerSlugs.add(String(s));
    return { source, fm };
  });
  const pageSlugs = new Set(sources.pages.map((s) => slugFromEntry(s.file, frontmatterOf(s).data)));

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
  for (const source of [...sources.pages, ...sources.terms, ...sources.changes]) {
    const text = blankCode(source.text);
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
  for (const source of sources.changes) {
    const fm = frontmatterOf(source);
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
