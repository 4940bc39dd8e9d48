/**
 * The glossary as the build tools see it before Astro has loaded any content: the
 * frontmatter of content/glossary/*.mdx. The remark plugin that resolves `[[Term]]`
 * references and the integration that writes redirects both read it from here, and
 * both fail the build on the same author errors.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { asSavedOnUnix, readFrontmatter } from '../markdown/frontmatter.ts';
import { listFiles } from '../util/files.ts';
import { isSlug, slugify } from '../util/slug.ts';
import { referenceFor, type IndexedTerm } from './resolve.ts';

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string').map((v) => v.trim()) : [];

/** One term from the text of its MDX file. Shape errors are left to the collection schema. */
export function parseTermFile(text: string, file: string): IndexedTerm {
  const { found, data } = readFrontmatter(asSavedOnUnix(text), file);
  if (!found)
    throw new Error(
      `${file}: the frontmatter block is missing: the file must start with a line "---", the fields (term, summary, ...), and another "---".`,
    );
  const name = file
    .split('/')
    .pop()!
    .replace(/\.mdx?$/, '');
  const str = (v: unknown) => (typeof v === 'string' ? v.trim() : undefined);
  return {
    slug: str(data.slug) || name,
    term: str(data.term) ?? name,
    sense: str(data.sense) || undefined,
    aliases: strings(data.aliases),
    formerSlugs: strings(data.formerSlugs),
    related: strings(data.related),
    summary: str(data.summary) ?? '',
    file,
  };
}

/** Words with more than one sense, keyed by the plain slug of their disambiguation page ("user"). */
export function senseGroups(index: readonly IndexedTerm[]): Map<string, IndexedTerm[]> {
  const groups = new Map<string, IndexedTerm[]>();
  for (const t of index) {
    const key = slugify(t.term);
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  for (const [key, terms] of groups) if (terms.length < 2) groups.delete(key);
  return groups;
}

/**
 * Author errors across the glossary: a `related` slug that names no term, and a URL
 * claimed twice (a former slug that is also a live slug, another former slug, or the
 * disambiguation page of a word with several senses).
 */
export function checkGlossary(index: readonly IndexedTerm[]): string[] {
  const errors: string[] = [];
  const live = new Map<string, string>();
  for (const t of index) {
    const owner = live.get(t.slug);
    if (owner) {
      errors.push(
        `${t.file}: the slug "${t.slug}" is already used by ${owner}. ` +
          'Every glossary entry needs its own slug: rename one of the files or change its `slug` field.',
      );
    } else live.set(t.slug, t.file);
  }
  if (errors.length > 0) return errors;
  // Whether `related` slugs exist is checked with the other content references, with line
  // numbers and suggestions (src/lib/publish/content-refs.ts); here only what is glossary-specific.
  for (const t of index) {
    if (t.related.includes(t.slug))
      errors.push(`${t.file}: \`related\` lists the term itself ("${t.slug}"). Remove it.`);
  }
  const claimed = new Map<string, string>(live);
  const describe = (slug: string, owner: string) =>
    `${owner}${live.get(slug) === owner ? ` (its slug)` : ' (a former slug)'}`;
  for (const t of index) {
    for (const former of t.formerSlugs) {
      if (!isSlug(former)) continue;
      const owner = claimed.get(former);
      if (owner) {
        errors.push(
          `${t.file}: the former slug "${former}" is already used by ${describe(former, owner)}. ` +
            'A URL can lead to only one term: remove it from `formerSlugs` in one of the files.',
        );
      } else claimed.set(former, t.file);
    }
  }
  for (const [slug, terms] of senseGroups(index)) {
    const plain = terms.filter((t) => !t.sense);
    if (plain.length > 0) {
      errors.push(
        `${plain[0]!.file}: the term "${plain[0]!.term}" is also defined in ${terms
          .filter((t) => t !== plain[0])
          .map((t) => t.file)
          .join(', ')}. ` +
          'If the word has several meanings, give every entry a `sense` (e.g. `sense: Financials ERP`); otherwise merge the files.',
      );
      continue;
    }
    const owner = claimed.get(slug);
    if (owner) {
      errors.push(
        `${owner}: "${slug}" is also the disambiguation page of "${terms[0]!.term}", which has several senses (${terms.map((t) => t.file).join(', ')}). Give one of them another slug.`,
      );
    }
  }
  // The URL errors above say more precisely what to fix; names are checked once those are gone.
  return errors.length > 0 ? errors : sharedNames(index);
}

/**
 * A name, alias, slug or former slug that leads to two terms: `[[name]]`, search and previews
 * would then depend on file order. Names count as the same when they differ only in case,
 * accents, spacing or punctuation, as references are resolved. The senses of one word may
 * share names: a reference to a shared name asks the author to pick the sense.
 */
function sharedNames(index: readonly IndexedTerm[]): string[] {
  const errors: string[] = [];
  const owners = new Map<string, { term: IndexedTerm; what: string; word: string }>();
  const sensesOfOneWord = (a: IndexedTerm, b: IndexedTerm) =>
    Boolean(a.sense && b.sense) && slugify(a.term) === slugify(b.term);
  for (const term of index) {
    const claims = [
      ...[term.term, ...term.aliases].map((word) => ({ word, what: word === term.term ? 'name' : 'alias' })),
      { word: term.slug, what: 'slug' },
      ...term.formerSlugs.map((word) => ({ word, what: 'former slug' })),
    ];
    const seen = new Set<string>();
    for (const { word, what } of claims) {
      const key = slugify(word);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      const owner = owners.get(key);
      if (!owner) owners.set(key, { term, what, word });
      // Slug against slug is reported above, with the fix for URLs.
      else if (!sensesOfOneWord(owner.term, term) && !(owner.what.endsWith('slug') && what.endsWith('slug')))
        errors.push(
          `${term.file}: the ${what} "${word}" is also the ${owner.what} "${owner.word}" of ${referenceFor(owner.term)} in ${owner.term.file}. ` +
            `A name must lead to one term: remove it from one of the two files, or, if both are senses of one word, give both a \`sense\`.`,
        );
    }
  }
  return errors;
}

/**
 * Read the glossary from disk. Cached until a file in the folder changes; the folder is
 * looked at again at most every REVALIDATE_MS, so a build that renders thousands of files
 * does not stat thousands of files for each of them.
 */
let cache: { key: string; index: IndexedTerm[]; dir: string; checkedAt: number } | undefined;
const REVALIDATE_MS = 1000;

export function loadGlossary(dir = 'content/glossary'): IndexedTerm[] {
  if (cache && cache.dir === dir && Date.now() - cache.checkedAt < REVALIDATE_MS) return cache.index;
  // The same files, nested folders included, as the glossary collection's loader reads.
  const files = listFiles(dir).filter((f) => /\.mdx?$/.test(f));
  const key = `${dir}|${files.map((f) => `${f}:${statSync(join(dir, f)).mtimeMs}`).join('|')}`;
  if (cache?.key === key) {
    cache.checkedAt = Date.now();
    return cache.index;
  }
  const index = files.map((f) => parseTermFile(readFileSync(join(dir, f), 'utf8'), `content/glossary/${f}`));
  cache = { key, index, dir, checkedAt: Date.now() };
  return index;
}

/** Load and check; throws one error listing every problem. */
export function loadCheckedGlossary(dir = 'content/glossary'): IndexedTerm[] {
  const index = loadGlossary(dir);
  const errors = checkGlossary(index);
  if (errors.length > 0) throw new Error(`Glossary errors:\n  ${errors.join('\n  ')}`);
  return index;
}
