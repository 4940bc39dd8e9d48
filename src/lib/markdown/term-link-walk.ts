/**
 * The walk over a Markdown tree that turns `[[Term]]` references into links: used by this
 * site's remark plugin (remark-term-links.ts) and by the remark plugin other docs sites
 * vendor (src/lib/glossary/remark-glossary.ts), so that both read references, skip code,
 * refuse headings and nested links, and place errors the same way. What a resolved
 * reference becomes is up to the caller. No Node or npm imports: it is bundled for others.
 */
import { findTermReferences, lineColumn } from '../glossary/references.ts';
import { describeFailure, type IndexedTerm, type Resolution } from '../glossary/resolve.ts';

export interface MdNode {
  type: string;
  value?: string;
  url?: string;
  children?: MdNode[];
  position?: { start: { line: number; column: number } };
  data?: Record<string, unknown>;
}

export interface TermLinkWalk {
  /** The file as its author knows it, for messages: "content/pages/scope.mdx". */
  file: string;
  resolve(target: string): Resolution;
  /** The nodes for one resolved reference; `n` counts the file's term links from 1. */
  linkNodes(term: IndexedTerm, text: string, n: number): MdNode[];
  /** What to do about a name that matches no term, for the end of the message. */
  unknownHint?: string | undefined;
}

/** Node types whose text is code: `[[x]]` there is left as it is. */
const CODE = new Set(['code', 'inlineCode', 'definition']);
/** Node types that cannot hold a term link: a reference there is an author error. */
const NO_LINKS: Record<string, string> = {
  heading: 'headings cannot hold term links; write the plain word and link the first mention in the text below',
  link: 'a link cannot hold another link; use [[Term|link text]] instead of the outer link',
  linkReference: 'a link cannot hold another link; use [[Term|link text]] instead of the outer link',
};

/** Replace the references in `tree`; returns one message per reference that could not be linked. */
export function linkTermReferences(tree: MdNode, walk: TermLinkWalk): string[] {
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
        errors.push(`${walk.file}:${place(node, ref.index, node.value ?? '')}: ${ref.raw}: ${reason}.`);
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
      const resolution = walk.resolve(ref.target);
      if (resolution.kind !== 'found') {
        errors.push(
          `${walk.file}:${place(node, ref.index, text)}: ${ref.raw}: ${describeFailure(ref.target || ref.raw, resolution, walk.unknownHint)}`,
        );
        out.push({ type: 'text', value: ref.raw });
        continue;
      }
      count += 1;
      out.push(...walk.linkNodes(resolution.term, ref.label ?? ref.target, count));
    }
    if (at < text.length) out.push({ type: 'text', value: slice(at) });
    return out;
  };

  const visit = (node: MdNode) => {
    if (NO_LINKS[node.type]) return forbid(node, NO_LINKS[node.type]!);
    if (!node.children || CODE.has(node.type)) return;
    node.children = node.children.flatMap((child) => (child.type === 'text' ? expand(child) : (visit(child), [child])));
  };
  visit(tree);
  return errors;
}

/** The one error a file with unresolved references fails with. */
export function termReferenceReport(errors: string[], howTo: string): string {
  return `${errors.length} glossary reference(s) could not be resolved:\n  ${errors.join('\n  ')}\n${howTo}`;
}
