/**
 * Preview data for other sites: every term's summary, in small JSON files with stable URLs,
 * so that `embed.js` on a partner page fetches only the files of the terms that page links.
 *
 * A slug's file is fixed by the slug alone: FNV-1a (32 bit) of the slug, modulo
 * PREVIEW_SHARDS, as three hex digits: `/glossary/previews/v1/<shard>.json`. A former
 * slug has its own entry (in its own shard), so an old link previews without a second
 * fetch. Every shard file exists, empty or not, so an unknown slug costs one small file
 * and no failed request. The format and the hash are a published contract (version 1 in
 * the path); the search's term index is a different, private set of files.
 */

/** Shards of version 1. About 10 terms a file at 10,000 terms (about 1 KB gzip). */
export const PREVIEW_SHARDS = 1024;
export const PREVIEWS_VERSION = 1;
/** Site path of the folder of preview files, without the base path. */
export const PREVIEWS_PATH = `/glossary/previews/v${PREVIEWS_VERSION}/`;

/** FNV-1a over the UTF-16 code units of a slug (slugs are ASCII), as an unsigned 32-bit number. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The shard a slug's preview is in: "0a3". */
export function previewShard(slug: string): string {
  return (fnv1a(slug) % PREVIEW_SHARDS).toString(16).padStart(3, '0');
}

/** Every shard name, "000" to "3ff". */
export function allPreviewShards(): string[] {
  return Array.from({ length: PREVIEW_SHARDS }, (_, i) => i.toString(16).padStart(3, '0'));
}

/** One term's preview. `slug` is set only on a former slug's entry: the slug it moved to. */
export interface PreviewEntry {
  term: string;
  sense?: string;
  summary: string;
  slug?: string;
}

export interface PreviewShard {
  version: number;
  /** Keyed by the slug a link names (a live or a former slug). */
  terms: Record<string, PreviewEntry>;
}

export interface PreviewSource {
  slug: string;
  term: string;
  sense?: string | null | undefined;
  summary: string;
  formerSlugs: readonly string[];
}

/** Every shard, by name, including the empty ones. */
export function buildPreviewShards(terms: readonly PreviewSource[]): Map<string, PreviewShard> {
  const shards = new Map(
    allPreviewShards().map((name) => [name, { version: PREVIEWS_VERSION, terms: {} } as PreviewShard]),
  );
  const add = (key: string, entry: PreviewEntry) => {
    shards.get(previewShard(key))!.terms[key] = entry;
  };
  for (const t of terms) {
    const entry: PreviewEntry = { term: t.term, ...(t.sense ? { sense: t.sense } : {}), summary: t.summary };
    add(t.slug, entry);
    for (const former of t.formerSlugs) add(former, { ...entry, slug: t.slug });
  }
  return shards;
}
