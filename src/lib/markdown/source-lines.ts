/**
 * Where in the content sources a link is written: "content/pages/channels.mdx:42". Used to
 * point authors from a problem found in the built HTML back to the line they wrote.
 */
import { escapeRegExp } from '../util/regexp.ts';

export interface TextSource {
  file: string;
  text: string;
}

/**
 * Every file:line whose text links to `href` (as a Markdown link target or an attribute
 * value). With `startsWith`, any link whose target starts with `href`, in any case, also as
 * an autolink (`<javascript:...>`) or a reference definition (`[x]: javascript:...`).
 */
export function linkLocations(sources: TextSource[], href: string, { startsWith = false } = {}): string[] {
  if (!href) return [];
  const escaped = escapeRegExp(href);
  const pattern = startsWith
    ? new RegExp(`(?:\\]\\(\\s*<?|=\\s*\\{?\\s*["'\`]|<|^\\s*\\[[^\\]]+\\]:\\s*<?)\\s*${escaped}`, 'i')
    : new RegExp(`(?:\\]\\(\\s*<?|=\\s*\\{?\\s*["'\`])${escaped}(?=[\\s)"'\`>])`);
  const out: string[] = [];
  for (const source of sources) {
    source.text.split('\n').forEach((line, i) => {
      if (pattern.test(line)) out.push(`${source.file}:${i + 1}`);
    });
  }
  return out;
}
