/**
 * Landing from a search result (`?highlight=client+id#client-id`): mark the searched words
 * in the main content and bring the matched section into view. Loaded by the bootstrap
 * only when the URL carries the parameter.
 */
import { highlightPattern, highlightTermsFrom, matchRanges } from './highlight-terms.ts';

const SKIP = new Set(['SCRIPT', 'STYLE', 'MARK', 'TEXTAREA', 'INPUT', 'SELECT', 'NAV', 'TEMPLATE']);

/** Text a reader cannot see now: in a hidden element or a popover (a term link's preview). */
function unseen(el: HTMLElement): boolean {
  return (
    SKIP.has(el.tagName) ||
    Boolean(el.hidden) ||
    el.hasAttribute('popover') ||
    el.getAttribute('aria-hidden') === 'true'
  );
}

function markMatches(root: HTMLElement, pattern: RegExp): HTMLElement[] {
  const texts: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      for (let p = node.parentElement; p && p !== root; p = p.parentElement) {
        if (unseen(p)) return NodeFilter.FILTER_REJECT;
      }
      const parent = node.parentElement;
      if (parent && parent.checkVisibility && !parent.checkVisibility()) return NodeFilter.FILTER_REJECT;
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  const marks: HTMLElement[] = [];
  for (const text of texts) {
    const inText: HTMLElement[] = [];
    const ranges = matchRanges(text.data, pattern);
    for (const [start, end] of ranges.reverse()) {
      const hit = text.splitText(start);
      hit.splitText(end - start);
      const mark = document.createElement('mark');
      mark.className = 'search-term';
      hit.replaceWith(mark);
      mark.append(hit);
      inText.unshift(mark);
    }
    marks.push(...inText); // document order
  }
  return marks;
}

const main = document.querySelector<HTMLElement>('main');
const pattern = highlightPattern(highlightTermsFrom(location.search));
if (main && pattern) {
  const marks = markMatches(main, pattern);
  // A result with a section anchor already scrolled there; otherwise show the first match.
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  if (!target) marks.find((m) => !m.checkVisibility || m.checkVisibility())?.scrollIntoView({ block: 'center' });
}
