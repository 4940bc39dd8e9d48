/**
 * The quick page index: the sections of every content page (not the glossary: its terms
 * have their own index, src/search/build/term-shards.ts) as one small JSON file, so that a
 * question in the header search shows its first results without loading Pagefind and its
 * WebAssembly. Built at build time from the HTML in dist by src/search/integration.ts;
 * ranked in the browser by src/search/sources/sections.ts.
 *
 * It reads pages the way Pagefind does: only the element marked `data-pagefind-body`,
 * nothing inside `data-pagefind-ignore`, the title from `data-pagefind-meta="title"` or
 * the first <h1>. A page is split at each <h2>/<h3> that has an id, so a result links to
 * the heading that answers the question.
 */
import { parse, type HTMLElement, type Node } from 'node-html-parser';
import { searchSection } from './pagefind-pages.ts';

/** One section of a page: the text under one heading (the first has no heading: the page's opening). */
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
export interface PageIndex {
  pages: IndexedPage[];
}

/** Elements that start a new line of text: words on either side of them never run together. */
const BLOCK = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BR DD DETAILS DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LABEL LEGEND LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TD TH TR UL'.split(
    ' ',
  ),
);
/** Elements whose content is not text a reader reads. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA']);
/** Headings that start a section (when they have an id). */
const SECTION_HEADING = /^H[23]$/;

const isElement = (node: Node): node is HTMLElement => node.nodeType === 1;
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The id a heading's section is linked by: the heading's own, or that of the element it
 * opens when that element has an id (a change entry's <article id="2021-10-02-..."> around
 * its <h2 id="2021-10-02-...-title">), the link readers share.
 */
export function headingAnchor(heading: HTMLElement): string | undefined {
  const own = heading.getAttribute('id') || undefined;
  const parent = heading.parentNode;
  if (parent && parent.tagName !== 'MAIN' && parent.getAttribute('id')) {
    const first = parent.childNodes.find((n) => isElement(n) || n.text.trim() !== '');
    if (first === heading) return parent.getAttribute('id');
  }
  return own;
}

/** The text of an element as a reader reads it, without ignored parts; blocks are separated by spaces. */
function textOf(node: Node): string {
  if (!isElement(node)) return node.nodeType === 3 ? node.text : '';
  if (SKIPPED.has(node.tagName) || node.hasAttribute('data-pagefind-ignore')) return '';
  const inner = node.childNodes.map(textOf).join('');
  return BLOCK.has(node.tagName) ? ` ${inner} ` : inner;
}

/**
 * The title and sections of one built page, or undefined when the page has no
 * `data-pagefind-body` (a redirect page): Pagefind leaves those out too.
 */
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
  const walk = (node: Node): void => {
    if (!isElement(node)) {
      if (node.nodeType === 3) parts.push(node.text);
      return;
    }
    if (SKIPPED.has(node.tagName) || node.hasAttribute('data-pagefind-ignore')) return;
    if (node === h1) return; // the title, kept on its own
    const anchor = SECTION_HEADING.test(node.tagName) && node.getAttribute('id') ? headingAnchor(node) : undefined;
    if (anchor) {
      flush();
      current = { anchor, heading: squash(textOf(node)), text: '' };
      return;
    }
    const block = BLOCK.has(node.tagName);
    if (block) parts.push(' ');
    for (const child of node.childNodes) walk(child);
    if (block) parts.push(' ');
  };
  for (const child of body.childNodes) walk(child);
  flush();
  return { title, sections };
}

/**
 * Pages that go into the quick index: not the glossary (its A to Z page and its term pages
 * grow with the glossary and are found through the term index), so the file stays small
 * however many terms there are.
 */
export function inQuickIndex(sitePath: string): boolean {
  return searchSection(sitePath) !== 'Glossary';
}

/** The quick index of built pages: `pages` as site path, HTML and weight, in a stable order. */
export function buildPageIndex(pages: readonly { url: string; html: string; weight?: number }[]): PageIndex {
  const out: IndexedPage[] = [];
  for (const p of [...pages].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))) {
    if (!inQuickIndex(p.url)) continue;
    const page = extractPage(p.html);
    if (!page || page.sections.length === 0) continue;
    out.push({
      url: p.url,
      title: page.title,
      section: searchSection(p.url),
      ...(p.weight !== undefined && p.weight !== 1 ? { weight: p.weight } : {}),
      sections: page.sections,
    });
  }
  return { pages: out };
}
