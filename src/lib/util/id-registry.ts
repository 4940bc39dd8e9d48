import { isSlug } from './slug.ts';

/**
 * Keeps track of which file claimed which slug, so two files can never publish under
 * the same URL. Used by the content loaders, which otherwise let the later file win
 * silently.
 */
export class DuplicateSlugError extends Error {}

export interface IdRegistry {
  claim(id: string, file: string): string;
}

export function createIdRegistry(collection: string): IdRegistry {
  const owners = new Map<string, string>();
  return {
    claim(id, file) {
      if (!isSlug(id)) {
        throw new DuplicateSlugError(
          `${file}: the slug "${id}" of this ${collection} entry is not valid. ` +
            'Use lower-case letters, digits and single hyphens, e.g. "client-id". ' +
            'Rename the file or set a valid `slug` in its frontmatter.',
        );
      }
      const owner = owners.get(id);
      if (owner && owner !== file) {
        throw new DuplicateSlugError(
          `${file}: the slug "${id}" is already used by ${owner}. ` +
            `Every ${collection} entry needs its own slug: rename one of the files or change its \`slug\` field.`,
        );
      }
      owners.set(id, file);
      return id;
    },
  };
}

/** The slug of a content file: its `slug` field if set, else its file name without extension. */
export function slugFromEntry(entryPath: string, data: Record<string, unknown>): string {
  if (typeof data.slug === 'string' && data.slug.length > 0) return data.slug;
  const name = entryPath.split('/').pop() ?? entryPath;
  return name.replace(/\.(mdx?|markdown)$/i, '');
}
