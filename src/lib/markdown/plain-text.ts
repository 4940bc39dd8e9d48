/**
 * Markdown to plain text, for the glossary's machine-readable definitions: links and
 * term references keep their text, emphasis and code marks go, and paragraphs stay
 * apart. Enough for the short prose of glossary definitions; not a Markdown parser.
 */
export function plainText(markdown: string): string {
  return markdown
    .split(/\n\s*\n/)
    .map((paragraph) =>
      paragraph
        .replace(/\[\[([^[\]|]*)\|([^[\]]*)\]\]/g, '$2')
        .replace(/\[\[([^[\]|]*)\]\]/g, '$1')
        .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/`([^`]*)`/g, '$1')
        .replace(/\*\*([^*]+)\*\*/g, '$1')
        .replace(/\*([^*\s][^*]*)\*/g, '$1')
        .replace(/<[^>]+>/g, '')
        .replace(/^\s*(?:[-*+]|\d+\.)\s+/gm, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((p) => p.length > 0)
    .join('\n\n');
}
