/*
 * Glossary data for routes: the terms as the resolver sees them, which pages use which
 * term, and absolute URLs (honouring SITE_URL and BASE_PATH).
 */
import { render } from 'astro:content';
import { getPages, getTerms, type Page, type Term } from '../site/data.ts';
import { isoDate } from '../util/dates.ts';
import type { GlossaryJsonTerm } from './json.ts';
import { termPagePath } from './urls.ts';
import { plainText } from '../markdown/plain-text.ts';
import type { IndexedTerm } from './resolve.ts';
import { termUsage } from './usage.ts';
import { withBase } from '../util/urls.ts';

export function toIndexed(t: Term): IndexedTerm {
  return {
    slug: t.id,
    term: t.data.term,
    sense: t.data.sense,
    aliases: t.data.aliases,
    formerSlugs: t.data.formerSlugs,
    related: t.data.related,
    summary: t.data.summary,
    file: t.filePath ?? `content/glossary/${t.id}.mdx`,
  };
}

/** A site path with the base, as a link in a page. */
export const href = (path: string) => withBase(path, import.meta.env.BASE_URL);

/** An absolute URL for a site path. */
export const absolute = (path: string, site: URL | undefined) => new URL(href(path), site).href;

export interface PageUse {
  page: Page;
  /** Sections of the page that link the term, with their anchor ids. */
  sections: { text: string; id: string }[];
}

export interface GlossaryData {
  terms: Term[];
  index: IndexedTerm[];
  bySlug: Map<string, Term>;
  usedIn: Map<string, PageUse[]>;
}

export async function getGlossary(): Promise<GlossaryData> {
  const terms = await getTerms();
  const index = terms.map(toIndexed);
  const pages = (await getPages()).filter((p) => !p.data.hidden);
  const headings = new Map(await Promise.all(pages.map(async (p) => [p.id, (await render(p)).headings] as const)));
  const usage = termUsage(
    pages.map((p) => ({ id: p.id, title: p.data.title, body: p.body ?? '', page: p })),
    index,
  );
  const usedIn = new Map(
    [...usage].map(([slug, list]) => [
      slug,
      list.map((u) => ({
        page: u.page.page,
        sections: u.sections.flatMap((text) => {
          const heading = headings.get(u.page.id)?.find((h) => h.text === text);
          return heading ? [{ text, id: heading.slug }] : [];
        }),
      })),
    ]),
  );
  return { terms, index, bySlug: new Map(terms.map((t) => [t.id, t])), usedIn };
}

export function jsonTerm(t: Term, site: URL | undefined): GlossaryJsonTerm {
  return {
    slug: t.id,
    term: t.data.term,
    sense: t.data.sense ?? null,
    aliases: t.data.aliases,
    summary: t.data.summary,
    definition: plainText(t.body ?? ''),
    url: absolute(termPagePath(t.id), site),
    related: t.data.related,
    formerSlugs: t.data.formerSlugs,
    updated: isoDate(t.data.updated),
  };
}
