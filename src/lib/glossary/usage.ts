/**
 * "Used in": which content pages refer to which glossary terms, and under which
 * headings, found from the `[[Term]]` references in their MDX.
 */
import { blankCode } from '../markdown/code.ts';
import { findReferencesInMarkdown } from './references.ts';
import { resolveTerm, type IndexedTerm } from './resolve.ts';

export interface UsingPage {
  id: string;
  title: string;
  body: string;
}

export interface Usage<P> {
  page: P;
  /** Text of the headings whose sections refer to the term, in page order; "" for text before the first heading. */
  sections: string[];
}

/** The heading (## to ######) that each offset of a Markdown text falls under. */
function headingAt(markdown: string): (offset: number) => string {
  const headings: { at: number; text: string }[] = [];
  // Headings keep their inline code ("## The `code` field"); only fenced blocks are code here.
  for (const m of blankCode(markdown, { inline: false }).matchAll(/^#{2,6}[ \t]+(.+?)[ \t#]*$/gm))
    headings.push({ at: m.index, text: m[1]!.trim() });
  return (offset) => headings.filter((h) => h.at < offset).at(-1)?.text ?? '';
}

/** For each term slug, the pages that refer to it, each page once, in the order given. */
export function termUsage<P extends UsingPage>(
  pages: readonly P[],
  index: readonly IndexedTerm[],
): Map<string, Usage<P>[]> {
  const usage = new Map<string, Usage<P>[]>();
  for (const page of pages) {
    const sectionOf = headingAt(page.body);
    const bySlug = new Map<string, Set<string>>();
    for (const ref of findReferencesInMarkdown(page.body)) {
      const resolution = resolveTerm(ref.target, index);
      if (resolution.kind !== 'found') continue;
      const slug = resolution.term.slug;
      bySlug.set(slug, (bySlug.get(slug) ?? new Set()).add(sectionOf(ref.index)));
    }
    for (const [slug, sections] of bySlug)
      usage.set(slug, [...(usage.get(slug) ?? []), { page, sections: [...sections] }]);
  }
  return usage;
}
