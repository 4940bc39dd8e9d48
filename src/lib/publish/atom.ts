/**
 * An Atom 1.0 feed (RFC 4287) of policy changes. Pure: takes the feed's facts and the
 * entries, returns the XML text.
 */
import { xmlEscape } from '../util/xml.ts';

export interface AtomEntry {
  /** A permanent, unique IRI for the entry. */
  id: string;
  title: string;
  /** The entry's page on the site (absolute URL). */
  link: string;
  updated: Date;
  summary: string;
  /** The full text, as HTML. */
  contentHtml: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string | undefined;
  /** The feed's own URL. */
  self: string;
  /** The page showing the same list (absolute URL). */
  alternate: string;
  author: { name: string; email?: string | undefined };
  entries: AtomEntry[];
}

/** Newest first; ties keep their input order. */
export function newestFirst<T extends { updated: Date }>(entries: T[]): T[] {
  return [...entries].sort((a, b) => b.updated.getTime() - a.updated.getTime());
}

export function atomXml(feed: AtomFeed): string {
  if (feed.entries.length === 0) throw new Error('An Atom feed needs at least one entry to have an <updated> date.');
  const entries = newestFirst(feed.entries);
  const updated = entries[0]!.updated.toISOString();
  const author = `<author><name>${xmlEscape(feed.author.name)}</name>${feed.author.email ? `<email>${xmlEscape(feed.author.email)}</email>` : ''}</author>`;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `  <id>${xmlEscape(feed.id)}</id>`,
    `  <title>${xmlEscape(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle>${xmlEscape(feed.subtitle)}</subtitle>`] : []),
    `  <link rel="self" type="application/atom+xml" href="${xmlEscape(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlEscape(feed.alternate)}"/>`,
    `  <updated>${updated}</updated>`,
    `  ${author}`,
    ...entries.map((e) =>
      [
        '  <entry>',
        `    <id>${xmlEscape(e.id)}</id>`,
        `    <title>${xmlEscape(e.title)}</title>`,
        `    <link rel="alternate" type="text/html" href="${xmlEscape(e.link)}"/>`,
        `    <updated>${e.updated.toISOString()}</updated>`,
        `    <summary>${xmlEscape(e.summary)}</summary>`,
        `    <content type="html">${xmlEscape(e.contentHtml)}</content>`,
        '  </entry>',
      ].join('\n'),
    ),
    '</feed>',
  ];
  return `${lines.join('\n')}\n`;
}
