/** Reading the Pagefind index that the build wrote to dist/pagefind/, for build tests. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface IndexedPage {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  anchors: { element: string; id: string; text?: string }[];
}

/** Pagefind files are gzip with a "pagefind_dcd" signature before the data. */
export function readPagefindFile(path: string): Buffer {
  const data = gunzipSync(readFileSync(path));
  const signature = 'pagefind_dcd';
  if (data.subarray(0, signature.length).toString() !== signature) throw new Error(`${path} is not a Pagefind file`);
  return data.subarray(signature.length);
}

/** Every page in the index (one fragment file per page on a site this small). */
export function indexedPages(dist: string): IndexedPage[] {
  const dir = join(dist, 'pagefind', 'fragment');
  if (!existsSync(dir)) throw new Error(`No search index in ${dir}. Run \`npm run build\` first.`);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.pf_fragment'))
    .map((f) => JSON.parse(readPagefindFile(join(dir, f)).toString('utf8')) as IndexedPage)
    .sort((a, b) => a.url.localeCompare(b.url));
}
