import { withBase } from '../util/urls.ts';

/**
 * Rehype plugin: authors write root-relative links ("/scope/"); this prefixes them with
 * the deploy base path so the same MDX works at "/" and under "/docs/".
 */
interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

export function prefixLinks(node: HastNode, base: string): void {
  if (node.type === 'element' && node.properties) {
    for (const attr of ['href', 'src']) {
      const value = node.properties[attr];
      if (typeof value === 'string') node.properties[attr] = withBase(value, base);
    }
  }
  for (const child of node.children ?? []) prefixLinks(child, base);
}

export default function rehypeBaseLinks(options: { base: string }) {
  return (tree: HastNode) => prefixLinks(tree, options.base);
}
