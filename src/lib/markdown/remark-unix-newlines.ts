/**
 * Remark plugin: text written with CRLF line endings (as Windows editors save files) renders
 * as the same text written with LF. Astro's MDX loader keeps the carriage returns in text and
 * code, where they would reach the page; the loaders of our own read files through
 * asSavedOnUnix (frontmatter.ts) instead.
 */
interface Node {
  type: string;
  value?: unknown;
  children?: Node[];
}

function unixNewlines(node: Node): void {
  if (typeof node.value === 'string' && node.value.includes('\r')) node.value = node.value.replace(/\r\n?/g, '\n');
  node.children?.forEach(unixNewlines);
}

export default function remarkUnixNewlines() {
  return unixNewlines;
}
