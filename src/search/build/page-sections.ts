/**
 * The quick page index: the sections of the content pages but the glossary's, read from the built HTML the way
 * Pagefind reads it and split at each <h2>/<h3> with an id, as one small JSON file that answers before Pagefind.
 */
import { parse, type HTMLElement, type Node } from 'node-html-parser';
import { searchSection } from './pagefind-pages.ts';

/** The text under one heading (the first section may have none: the page's opening). */
export interface IndexedSection {
  /** The id to link to, when the section starts at a heading. */
  anchor?: string;
  heading?: string;
  text: string;
}

export interface IndexedPage {
  /** Site path without the base path ("/scope/"). */
  url: string;
  title: string;
  /** The section label shown on results ("Scope"), as in Pagefind's `section` filter. */
  section: string;
  /** Below 1 for pages that only summarise others (SETTINGS.summaryPages). */
  weight?: number;
  sections: IndexedSection[];
}

/** The file the browser fetches. */
export type PageIndex = { pages: IndexedPage[] };

/** Elements that start a new line of text: words on either side of them never run together. */
const BLOCK = new Set([
  ...'ADDRESS ARTICLE ASIDE BLOCKQUOTE BR DD DETAILS DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM'.split(' '),
  ...'H1 H2 H3 H4 H5 H6 HEADER HR LABEL LEGEND LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TD TH TR UL'.split(' '),
]);
/** Elements whose content is not text a reader reads. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA']);

const isElement = (node: Node): node is HTMLElement => node.nodeType === 1;
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A section's link: the id of the element its heading opens (a change entry's <article id>), else its own. */
export function headingAnchor(heading: HTMLElement): string | undefined {
  const parent = heading.parentNode;
  if (parent && parent.tagName !== 'MAIN' && parent.getAttribute('id')) {
    const first = parent.childNodes.find((n) => isElement(n) || n.text.trim() !== '');
    if (first === heading) return parent.getAttribute('id');
  }
  return heading.getAttribute('id') || undefined;
}

/** The text of `node` as a reader reads it, into `parts`; `skip` may take over an element (a section heading). */
function collect(node: Node, parts: string[], skip?: (element: HTMLElement) => boolean): void {
  if (!isElement(node)) {
    if (node.nodeType === 3) parts.push(node.text);
    return;
  }
  if (SKIPPED.has(node.tagName) || node.hasAttribute('data-pagefind-ignore') || skip?.(node)) return;
  const block = BLOCK.has(node.tagName);
  if (block) parts.push(' ');
  for (const child of node.childNodes) collect(child, parts, skip);
  if (block) parts.push(' ');
}

function textOf(node: Node): string {
  const parts: string[] = [];
  collect(node, parts);
  return squash(parts.join(''));
}

/** The title and sections of one built page, or undefined without `data-pagefind-body` (Pagefind skips it too). */
export function extractPage(html: string): { title: string; sections: IndexedSection[] } | undefined {
  const root = parse(html, { comment: false });
  const body = root.querySelector('[data-pagefind-body]');
  if (!body) return undefined;
  const metaTitle =
    body.querySelector('[data-pagefind-meta="title"]') ?? root.querySelector('[data-pagefind-meta="title"]');
  const h1 = body.querySelector('h1');
  const title = squash((metaTitle ?? h1)?.text ?? root.querySelector('title')?.text ?? '');
  const sections: IndexedSection[] = [];
  let current: IndexedSection = { text: '' };
  const parts: string[] = [];
  const flush = () => {
    const text = squash(parts.join(''));
    parts.length = 0;
    if (text || current.heading) sections.push({ ...current, text });
  };
  const startsSection = (element: HTMLElement) => {
    if (element === h1) return true; // the title, kept on its own
    const anchor = /^H[23]$/.test(element.tagName) && element.getAttribute('id') ? headingAnchor(element) : undefined;
    if (!anchor) return false;
    flush();
    current = { anchor, heading: textOf(element), text: '' };
    return true;
  };
  for (const child of body.childNodes) collect(child, parts, startsSection);
  flush();
  return { title, sections };
}

/** Pages in the quick index: not the glossary's, found through the term index, so the file stays small. */
export function inQuickIndex(sitePath: string): boolean {
  return searchSection(sitePath) !== 'Glossary';
}

/** The quick index of built pages: `pages` as site path, HTML and weight, in a stable order. */
export function buildPageIndex(pages: readonly { url: string; html: string; weight?: number }[]): PageIndex {
  const out: IndexedPage[] = [];
  for (const p of [...pages].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))) {
    const page = inQuickIndex(p.url) ? extractPage(p.html) : undefined;
    if (!page || page.sections.length === 0) continue;
    const weight = p.weight !== undefined && p.weight !== 1 ? { weight: p.weight } : {};
    out.push({ url: p.url, title: page.title, section: searchSection(p.url), ...weight, sections: page.sections });
  }
  return { pages: out };
}
