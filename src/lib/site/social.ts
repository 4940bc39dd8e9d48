import { site } from './site.ts';

/** The one preview image every page shares (made by scripts/make-og-image.ts, in public/). */
export const OG_IMAGE = {
  path: '/og-image.png',
  width: 1200,
  height: 630,
  alt: `The site name, ${site.name}, in white on blue.`,
} as const;

/** The Atom feed of policy changes, linked from every page's head. */
export const CHANGES_FEED_PATH = '/changes.xml';
