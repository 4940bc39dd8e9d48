/**
 * Term previews on this site for browsers without interest invokers (Firefox, Safari in
 * 2026). Loaded by the bootstrap in src/components/TermPreviewFallback.astro only where
 * `interestfor` is missing and the page has term links. The summary is already in the
 * page, in the element each link names with `aria-describedby` (which also gives screen
 * readers the description); this draws it with the behaviour embed.js uses.
 */
import { startPreviews } from './preview-tip.ts';

const summaryOf = (link: HTMLAnchorElement): string | null => {
  const id = (link.getAttribute('aria-describedby') ?? '').split(/\s+/)[0];
  const text = id ? document.getElementById(id)?.textContent?.trim() : '';
  return text || null;
};

startPreviews(
  {
    linkFrom: (target) => (target instanceof Element ? target.closest<HTMLAnchorElement>('a.term-link') : null),
    summaryOf,
  },
  'term-tip-drawn',
);
