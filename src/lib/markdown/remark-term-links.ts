/**
 * Remark plugin: turns `[[Term]]` and `[[Term|link text]]` in running text into links to
 * the term's page, each followed by a preview of the term's summary. The preview is a
 * `popover="hint"` that the link opens through `interestfor` (on hover and keyboard
 * focus, closed with Escape) with no JavaScript; where a browser lacks interest
 * invokers, the link is a plain link. A reference that names no term, or a word with
 * several senses, fails the build with the file, line:column and the closest terms.
 */
import { relative } from 'node:path';
import { loadCheckedGlossary } from '../glossary/source.ts';
import { termPagePath } from '../glossary/urls.ts';
import { resolveTerm, type IndexedTerm } from '../glossary/resolve.ts';
import { linkTermReferences, termReferenceReport, type MdNode } from './term-link-walk.ts';

interface VFileLike {
  path?: string;
  history?: string[];
  cwd?: string;
}

export class TermReferenceError extends Error {}

/** The id prefix of previews in one file, unique across the files rendered on one page. */
export function previewPrefix(path: string): string {
  const parts = path.split(/[\\/]/);
  const name = (parts.pop() ?? 'x').replace(/\.mdx?$/, '');
  const collection = parts.pop() === 'glossary' ? 'g' : 'p';
  return `tip-${collection}-${name}`;
}

/** The link and preview nodes for one resolved reference. */
export function termLinkNodes(term: IndexedTerm, text: string, id: string): MdNode[] {
  return [
    {
      type: 'link',
      url: termPagePath(term.slug),
      children: [{ type: 'text', value: text }],
      data: { hProperties: { className: ['term-link'], interestfor: id, ariaDescribedBy: id } },
    },
    {
      type: 'emphasis',
      children: [{ type: 'text', value: term.summary }],
      data: {
        hName: 'span',
        hProperties: { id, className: ['term-tip'], popover: 'hint', role: 'tooltip', dataPagefindIgnore: '' },
      },
    },
  ];
}

export default function remarkTermLinks(options: { glossaryDir?: string } = {}) {
  // Typed loosely so that it fits unified's plugin type without depending on mdast types.
  return (root: unknown, vfile: unknown) => {
    const file = vfile as VFileLike;
    // Read the glossary only for a file that has a reference: most definitions have none,
    // and a glossary of thousands of terms should not be re-read for each of them.
    let index: IndexedTerm[] | undefined;
    const path = file.path ?? file.history?.[0] ?? 'unknown.mdx';
    const prefix = previewPrefix(path);
    const errors = linkTermReferences(root as MdNode, {
      file: relative(file.cwd ?? process.cwd(), path)
        .split('\\')
        .join('/'),
      resolve: (target) => resolveTerm(target, (index ??= loadCheckedGlossary(options.glossaryDir))),
      linkNodes: (term, text, n) => termLinkNodes(term, text, `${prefix}-${n}`),
    });
    if (errors.length > 0) {
      throw new TermReferenceError(
        termReferenceReport(
          errors,
          'Write [[Term]] or [[Term|link text]] with a term, alias or slug from content/glossary/.',
        ),
      );
    }
  };
}
