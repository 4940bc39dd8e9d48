/**
 * A single pass over the tags of a built HTML page, for the build checks that run on every
 * page (links and anchors, CSP, sitemap data). A full DOM parse of each page cost the
 * 10,000-term build about 15 s; the checks only need tags and their attributes, plus the
 * text of inline <script> and <style> elements.
 *
 * It reads what Astro writes and any HTML file copied from public/. Comments are skipped, the content of
 * <script>, <style>, <textarea> and <title> is never mistaken for tags, attribute values
 * may be quoted with " or ' or unquoted, and character references in values are decoded.
 */

export interface ScannedTag {
  /** Lower-case tag name: "a", "meta", "h2". */
  name: string;
  /** Attributes by lower-case name, values decoded ("" for a bare attribute). */
  attrs: Map<string, string>;
  /** For <script> and <style>: the raw text inside. */
  text?: string;
  /** Is this tag inside an element with this (lower-case) name, e.g. "footer"? */
  isWithin(name: string): boolean;
}

/** The open elements around a tag, innermost first: a shared chain, so a snapshot is free. */
interface Open {
  name: string;
  outer: Open | undefined;
}

class Tag implements ScannedTag {
  readonly name: string;
  readonly attrs: Map<string, string>;
  readonly #open: Open | undefined;
  text?: string;
  constructor(name: string, attrs: Map<string, string>, open: Open | undefined) {
    this.name = name;
    this.attrs = attrs;
    this.#open = open;
  }
  isWithin(name: string): boolean {
    for (let o = this.#open; o; o = o.outer) if (o.name === name) return true;
    return false;
  }
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decode the character references found in attribute values (named basics and numeric). */
export function decodeEntities(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/**
 * Comments, doctype and CDATA, end tags, and start tags with everything up to their `>`
 * (quoted values may hold `>`). Each part matches in one linear pass: no nested repeats
 * that could backtrack on an odd tag such as `<br / >`.
 */
const TOKEN =
  /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<\/([a-zA-Z][^\s/>]*)\s*>|<([a-zA-Z][^\s/>]*)((?:"[^"]*"|'[^']*'|[^'">])*)>/g;
/** A start tag closed with "/>" (after a space, a quoted value or the name; not `href=/docs/>`). */
const SELF_CLOSING = /(?:^|[\s"'])\/\s*$/;
const ATTR = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g;
/** Elements whose content is text, not markup. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);
/** Elements that never have content or an end tag. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/**
 * A copy of a piece of a larger string. V8 keeps a substring as a view into its parent, so
 * keeping one link or CSP value would keep its whole page's text alive: at 10,000 pages the
 * build checks held some 300 MB of page text that way.
 */
const own = (text: string): string => (text.length < 13 ? text : (' ' + text).slice(1));

function parseAttributes(text: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of text.matchAll(ATTR)) {
    const name = m[1]!.toLowerCase();
    if (!attrs.has(name)) attrs.set(name, own(decodeEntities(m[2] ?? m[3] ?? m[4] ?? '')));
  }
  return attrs;
}

/** Every start tag of a page, in document order. */
export function* scanTags(html: string): Generator<ScannedTag> {
  let open: Open | undefined;
  // A regex of its own for each scan: two scans read side by side never share a position.
  const token = new RegExp(TOKEN.source, 'g');
  let m: RegExpExecArray | null;
  while ((m = token.exec(html))) {
    const [, closing, name, attrText = ''] = m;
    if (closing) {
      const name = closing.toLowerCase();
      let o = open;
      while (o && o.name !== name) o = o.outer;
      if (o) open = o.outer;
      continue;
    }
    if (!name) continue; // comment, doctype, CDATA
    const tag = name.toLowerCase();
    const scanned = new Tag(tag, parseAttributes(attrText), open);
    if (RAW_TEXT.has(tag)) {
      const endTag = new RegExp(`</${tag}`, 'gi');
      endTag.lastIndex = token.lastIndex;
      const stop = endTag.exec(html)?.index ?? html.length;
      if (tag === 'script' || tag === 'style') scanned.text = html.slice(token.lastIndex, stop);
      const close = html.indexOf('>', stop);
      token.lastIndex = close < 0 ? html.length : close + 1;
    } else if (!SELF_CLOSING.test(attrText) && !VOID.has(tag)) open = { name: tag, outer: open };
    yield scanned;
  }
}
