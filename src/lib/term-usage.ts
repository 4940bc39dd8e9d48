/**
 * "Used in": which content pages refer to which glossary terms, found from the
 * `[[Term]]` references in their MDX.
 */
import { findReferencesInMarkdown } from './term-references.ts';
import { resolveTerm, type IndexedTerm } from './term-resolve.ts';

export interface UsingPage {
  id: string;
  title: string;
  body: string;
}

/** For each term slug, the pages that refer to it, each page once, in the order given. */
export function termUsage<P extends UsingPage>(pages: readonly P[], index: readonly IndexedTerm[]): Map<string, P[]> {
  const usage = new Map<string, P[]>();
  for (const page of pages) {
    const slugs = new Set<string>();
    for (const ref of findReferencesInMarkdown(page.body)) {
      const resolution = resolveTerm(ref.target, index);
      if (resolution.kind === 'found') slugs.add(resolution.term.slug);
    }
    for (const slug of slugs) usage.set(slug, [...(usage.get(slug) ?? []), page]);
  }
  return usage;
}
