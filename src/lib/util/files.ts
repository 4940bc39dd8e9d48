/** Listing the files of a folder tree, the one way the project does it. */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file below a folder whose name ends with `ext` (all files without it), as sorted forward-slash paths relative to the folder. */
export function listFiles(dir: string, ext = ''): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(ext))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}
