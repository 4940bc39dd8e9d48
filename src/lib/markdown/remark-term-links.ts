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
import { findTermReferences, lineColumn } from '../glossary/references.ts';
import { describeFailure, resolveTerm, type IndexedTerm } from '../glossary/resolve.ts';

interface MdNode {
  type: string;
  value?: string;
  url?: string;
  children?: MdNode[];
  position?: { start: { line: number; column: number } };
  data?: Record<string, unknown>;
}

interface VFileLike {
  path?: string;
  history?: string[];
  cwd?: string;
}

/** Node types whose text is code: `[[x]]` there is left as it is. */
const CODE = new Set(['code', 'inlineCode', 'definition']);
/** Node types that cannot hold a term link: a reference there is an author error. */
const NO_LINKS: Record<string, string> = {
  heading: 'headings cannot hold term links; write the plain word and link the first mention in the text below',
  link: 'a link cannot hold another link; use [[Term|link text]] instead of the outer link',
  linkReference: 'a link cannot hold another link; use [[Term|link text]] instead of the outer link',
};

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
    const tree = root as MdNode;
    const file = vfile as VFileLike;
    // Read the glossary only for a file that has a reference: most definitions have none,
    // and a glossary of thousands of terms should not be re-read for each of them.
    let index: IndexedTerm[] | undefined;
    const path = file.path ?? file.history?.[0] ?? 'unknown.mdx';
    const shown = relative(file.cwd ?? process.cwd(), path)
      .split('\\')
      .join('/');
    const prefix = previewPrefix(path);
    const errors: string[] = [];
    let count = 0;

    const place = (node: MdNode, offset: number, text: string) => {
      const start = node.position?.start;
      if (!start) return '?:?';
      const at = lineColumn(text, offset);
      return `${start.line + at.line - 1}:${at.line > 1 ? at.column : start.column + at.column - 1}`;
    };

    const forbid = (node: MdNode, reason: string) => {
      if (node.type === 'text') {
        for (const ref of findTermReferences(node.value ?? ''))
          errors.push(`${shown}:${place(node, ref.index, node.value ?? '')}: ${ref.raw}: ${reason}.`);
      }
      for (const child of node.children ?? []) forbid(child, reason);
    };

    const expand = (node: MdNode): MdNode[] => {
      const text = node.value ?? '';
      const refs = findTermReferences(text);
      if (refs.length === 0) return [node];
      const out: MdNode[] = [];
      let at = 0;
      // Text right after a term reference: smartypants curls a quote that follows "]]" the
      // opening way ("ISV‘s"). A quote right after a term is always an apostrophe.
      const slice = (from: number, to?: number) => {
        const part = text.slice(from, to);
        return from > 0 ? part.replace(/^['\u2018]/, '\u2019') : part;
      };
      for (const ref of refs) {
        if (ref.index > at) out.push({ type: 'text', value: slice(at, ref.index) });
        at = ref.index + ref.raw.length;
        const resolution = resolveTerm(ref.target, (index ??= loadCheckedGlossary(options.glossaryDir)));
        if (resolution.kind !== 'found') {
          errors.push(
            `${shown}:${place(node, ref.index, text)}: ${ref.raw}: ${describeFailure(ref.target || ref.raw, resolution)}`,
          );
          out.push({ type: 'text', value: ref.raw });
          continue;
        }
        count += 1;
        out.push(...termLinkNodes(resolution.term, ref.label ?? ref.target, `${prefix}-${count}`));
      }
      if (at < text.length) out.push({ type: 'text', value: slice(at) });
      return out;
    };

    const walk = (node: MdNode) => {
      if (NO_LINKS[node.type]) return forbid(node, NO_LINKS[node.type]!);
      if (!node.children || CODE.has(node.type)) return;
      node.children = node.children.flatMap((child) =>
        child.type === 'text' ? expand(child) : (walk(child), [child]),
      );
    };
    walk(tree);

    if (errors.length > 0) {
      throw new TermReferenceError(
        `${errors.length} glossary reference(s) could not be resolved:\n  ${errors.join('\n  ')}\n` +
          'Write [[Term]] or [[Term|link text]] with a term, alias or slug from content/glossary/.',
      );
    }
  };
}
