/**
 * A throwaway copy of the project for builds that must not touch the working tree: the
 * fixture builds in tests and the benchmark. Source and content are copied (Vite drops
 * CSS imported through symlinks that lead outside the root); node_modules is linked.
 */
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const COPIED = ['src', 'public', 'scripts', 'content', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

export function copySite(root: string, prefix: string): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const name of COPIED) {
    if (existsSync(join(root, name))) cpSync(join(root, name), join(dir, name), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
