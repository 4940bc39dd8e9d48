/**
 * Reading a content file's frontmatter: the one reader for every build step that looks at
 * content before Astro has loaded it (the glossary loader, the [[Term]] resolver's index, the
 * cross-file checks). Files arrive as editors save them, so a UTF-8 byte order mark and CRLF
 * line endings are read as if the file had neither.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { LineCounter, parseDocument, isSeq, isScalar, type Document, type Node } from 'yaml';

export interface Frontmatter {
  /** Whether the file starts with a frontmatter block between two "---" lines. */
  found: boolean;
  data: Record<string, unknown>;
  /** The Markdown after the block. */
  body: string;
  /** The file's line (from 1) on which `body` starts. */
  bodyLine: number;
  /** The 1-based line of a top-level key's value, or of one item of a list value. */
  lineOf(key: string, item?: string): number | undefined;
}

/** A file's text without a byte order mark and with LF line endings. */
export function asSavedOnUnix(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

const BLOCK = /^---\n([\s\S]*?)\n?---[ \t]*(?:\n|$)/;

/**
 * The frontmatter of `text` (already passed through asSavedOnUnix). Invalid YAML throws an
 * error that names `file` and the line, for the author.
 */
export function readFrontmatter(text: string, file: string): Frontmatter {
  const match = BLOCK.exec(text);
  if (!match) return { found: false, data: {}, body: text, bodyLine: 1, lineOf: () => undefined };
  let data: Record<string, unknown>;
  try {
    // The YAML reader Astro's own content loaders use, so both see the same values.
    data = parseFrontmatter(text).frontmatter as Record<string, unknown>;
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    const line = mark?.line === undefined ? '' : `:${mark.line + 2}`;
    throw new Error(
      `${file}${line}: the frontmatter is not valid YAML: ${(error as { reason?: string }).reason ?? (error as Error).message.split('\n')[0]}`,
      { cause: error },
    );
  }
  // The line-aware YAML tree only when a problem needs a line number: reading it for every
  // file of a large glossary cost seconds.
  let tree: { doc: Document; counter: LineCounter } | undefined;
  return {
    found: true,
    data,
    body: text.slice(match[0].length),
    bodyLine: match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0) + 1,
    lineOf(key, item) {
      if (!tree) {
        const counter = new LineCounter();
        tree = { doc: parseDocument(match[1]!, { lineCounter: counter }), counter };
      }
      const { doc, counter } = tree;
      // The YAML starts on line 2 (after the opening ---).
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
