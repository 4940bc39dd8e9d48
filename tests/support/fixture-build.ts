/**
 * Build the site from a copy of the content with some files changed, in a temporary
 * folder, to see what an author would see. The project's code is linked, not copied,
 * except src/: Astro cannot compile component <style> blocks through a symlinked folder.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const ROOT = process.cwd();
const LINKED = ['public', 'scripts', 'node_modules', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

export interface FixtureResult {
  ok: boolean;
  output: string;
  dir: string;
  dist: string;
  cleanup(): void;
}

/** `changes` maps paths under content/ to new text, or to null to delete the file. */
export function buildWithContent(changes: Record<string, string | null>, env: Record<string, string> = {}): FixtureResult {
  const dir = mkdtempSync(join(tmpdir(), 'kb-fixture-'));
  for (const name of LINKED) {
    try {
      symlinkSync(join(ROOT, name), join(dir, name));
    } catch {
      /* optional entries such as public/ may not exist */
    }
  }
  cpSync(join(ROOT, 'src'), join(dir, 'src'), { recursive: true });
  cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  for (const [path, text] of Object.entries(changes)) {
    const target = join(dir, 'content', path);
    if (text === null) rmSync(target, { force: true });
    else {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, text);
    }
  }
  const dist = join(dir, 'dist');
  // Vitest puts Vite's own variables (BASE_URL=/, MODE, ...) into process.env; a child build
  // must not inherit them, or BASE_URL=/ overrides the BASE_PATH under test.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'].includes(key)),
  );
  const result = spawnSync('npm', ['run', '--silent', 'build', '--', '--outDir', dist], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...env },
    timeout: 180_000,
  });
  const output = `${result.stdout ?? ''}\n${result.stderr ?? ''}`.replace(/\x1b\[[0-9;]*m/g, '');
  return {
    ok: result.status === 0,
    output,
    dir,
    dist,
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
