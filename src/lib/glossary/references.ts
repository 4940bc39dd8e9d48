/**
 * Term references in content: `[[Term]]` links to a glossary entry with the term as the
 * link text, `[[Term|link text]]` with text of the author's choice.
 */
import { blankCode } from '../markdown/code.ts';

export interface TermReference {
  /** Exactly what the author wrote: "[[Client Id|your client id]]". */
  raw: string;
  /** The part that names the term: "Client Id". */
  target: string;
  /** The link text, when the author gave one. */
  label?: string | undefined;
  /** Offset of `raw` in the text searched. */
  index: number;
}

/** A reference may wrap onto the next line, as running text does; whitespace counts once. */
const REFERENCE = /\[\[([^[\]|]*)(?:\|([^[\]]*))?\]\]/g;
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

export function findTermReferences(text: string): TermReference[] {
  return [...text.matchAll(REFERENCE)].map((m) => ({
    raw: m[0],
    target: squash(m[1]!),
    label: m[2] === undefined ? undefined : squash(m[2]) || undefined,
    index: m.index,
  }));
}

/**
 * The references in the running text of an MDX document: code blocks and inline code
 * are skipped, since `[[x]]` there is code, not a link.
 */
export function findReferencesInMarkdown(markdown: string): TermReference[] {
  return findTermReferences(blankCode(markdown)).map((r) => ({
    ...r,
    raw: markdown.slice(r.index, r.index + r.raw.length),
  }));
}

/** Line and column (both from 1) of an offset in a text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
