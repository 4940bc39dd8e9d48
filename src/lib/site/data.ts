/*
 * Loading content for pages. Thin wrappers around astro:content so that pages stay
 * short and the sort order and filters live in one place.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { compareTerms } from '../glossary/a-to-z.ts';
import { resolveScopeRoutes, type ScopeChoice } from './scope-router.ts';

export type Page = CollectionEntry<'pages'>;
export type Term = CollectionEntry<'glossary'>;

export async function getPages(): Promise<Page[]> {
  return getCollection('pages');
}

export async function getPage(id: string): Promise<Page> {
  const page = await getEntry('pages', id);
  if (!page) throw new Error(`content/pages/${id}.mdx is missing: the site needs this page.`);
  return page;
}

export async function getTerms(): Promise<Term[]> {
  const terms = await getCollection('glossary');
  return terms.sort((a, b) => compareTerms({ ...a.data, slug: a.id }, { ...b.data, slug: b.id }));
}

/** The choices of the scope picker, each with its door, in the order of content/scope-routes.yaml. */
export async function getScopeChoices(): Promise<ScopeChoice[]> {
  const [routes, doors] = await Promise.all([getCollection('scopeRoutes'), getCollection('scopeDoors')]);
  const inFileOrder = <T extends { data: { position: number } }>(list: T[]) =>
    list.sort((a, b) => a.data.position - b.data.position);
  return resolveScopeRoutes(
    inFileOrder(routes).map((r) => ({ id: r.id, ...r.data })),
    inFileOrder(doors).map((d) => ({ id: d.id, ...d.data })),
  );
}

export type Change = CollectionEntry<'changes'>;

/** Policy changes, newest first. */
export async function getChanges(): Promise<Change[]> {
  const changes = await getCollection('changes');
  return changes.sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id));
}
