/**
 * Remark plugin: turns `[[Term]]` and `[[Term|link text]]` in running text into links to
 * the term's page, each followed by a preview of the term's summary. The preview is a
 * `popover="hint"` that the link opens through `interestfor` (on hover and keyboard
 * focus, closed with Escape) with no JavaScript; where a browser lacks interest
 * invokers, the link is a plain link. A reference that names no term, or a word with
 * several senses, fails the build with the file, line:column and the closest terms.
 */
import { relative } from 'node:path';
import { loadCheckedGlossary } from './glossary-source.ts';
import { termPagePath } from './glossary-urls.ts';
import { findTermReferences } from './term-references.ts';
import { describeFailure, resolveTerm, type IndexedTerm } from './term-resolve.ts';

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

/** Node types whose text is not running text, or that cannot hold a link. */
const SKIP = new Set(['link', 'linkReference', 'code', 'inlineCode', 'heading', 'definition']);

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
    const index = loadCheckedGlossary(options.glossaryDir);
    const path = file.path ?? file.history?.[0] ?? 'unknown.mdx';
    const shown = relative(file.cwd ?? process.cwd(), path).split('\\').join('/');
    const prefix = previewPrefix(path);
    const errors: string[] = [];
    let count = 0;

    const expand = (node: MdNode): MdNode[] => {
      const text = node.value ?? '';
      const refs = findTermReferences(text);
      if (refs.length === 0) return [node];
      const out: MdNode[] = [];
      let at = 0;
      for (const ref of refs) {
        if (ref.index > at) out.push({ type: 'text', value: text.slice(at, ref.index) });
        at = ref.index + ref.raw.length;
        const resolution = resolveTerm(ref.target, index);
        if (resolution.kind !== 'found') {
          const start = node.position?.start;
          const before = text.slice(0, ref.index);
          const lines = before.split('\n');
          const where = start
            ? `${start.line + lines.length - 1}:${lines.length > 1 ? lines.at(-1)!.length + 1 : start.column + ref.index}`
            : '?:?';
          errors.push(`${shown}:${where}: ${ref.raw}: ${describeFailure(ref.target || ref.raw, resolution)}`);
          out.push({ type: 'text', value: ref.raw });
          continue;
        }
        count += 1;
        out.push(...termLinkNodes(resolution.term, ref.label ?? ref.target, `${prefix}-${count}`));
      }
      if (at < text.length) out.push({ type: 'text', value: text.slice(at) });
      return out;
    };

    const walk = (node: MdNode) => {
      if (!node.children || SKIP.has(node.type)) return;
      node.children = node.children.flatMap((child) => (child.type === 'text' ? expand(child) : (walk(child), [child])));
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
