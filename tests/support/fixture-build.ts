/**
 * Build the site from a copy of the content with some files changed, in a temporary
 * folder, to see what an author would see. See scripts/site-copy.ts.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { copySite } from '../../scripts/site-copy.ts';
import { dirname, join } from 'node:path';

const ROOT = process.cwd();

export interface FixtureResult {
  ok: boolean;
  output: string;
  dir: string;
  dist: string;
  cleanup(): void;
}

/** `changes` maps paths under content/ to new text, or to null to delete the file. */
export function buildWithContent(changes: Record<string, string | null>, env: Record<string, string> = {}): FixtureResult {
  const { dir, cleanup } = copySite(ROOT, 'kb-fixture-');
  for (const [path, text] of Object.entries(changes)) {
    const target = join(dir, 'content', path);
    if (text === null) rmSync(target, { force: true });
    else {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, text);
    }
  }
  const dist = join(dir, 'dist');
  // Vitest puts its own import.meta.env values (BASE_URL=/, MODE=test, NODE_ENV=test...)
  // in process.env; a real build must not inherit them, or BASE_PATH is ignored.
  const inherited = { ...process.env };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV']) delete inherited[key];
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
    cleanup,
  };
}
