/**
 * Build the site from a copy of the content with some files changed, in a temporary
 * folder, to see what an author would see. See scripts/site-copy.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';
import { copySite } from '../../scripts/site-copy.ts';
import { dirname, join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

const ROOT = process.cwd();

/**
 * The environment without what vitest adds for its own Vite (BASE_URL=/, MODE, NODE_ENV=test...),
 * which would otherwise leak into the fixture's Astro build and override BASE_PATH.
 */
export function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
  return env;
}

export interface FixtureResult {
  ok: boolean;
  output: string;
  dir: string;
  dist: string;
  cleanup(): void;
}

/** `changes` maps paths under content/ to new text, or to null to delete the file. */
export function buildWithContent(
  changes: Record<string, string | null>,
  env: Record<string, string> = {},
  /** Runs in the fixture folder before the build, e.g. to put an earlier dist/ in place. */
  prepare?: (dir: string) => void,
): FixtureResult {
  const { dir, cleanup } = copySite(ROOT, 'kb-fixture-');
  for (const [path, text] of Object.entries(changes)) {
    const target = join(dir, 'content', path);
    if (text === null) rmSync(target, { force: true });
    else {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, text);
    }
  }
  prepare?.(dir);
  const { ok, output, dist } = buildIn(dir, env);
  return { ok, output, dir, dist, cleanup };
}

/** Run `npm run build` in a copy of the site (see copySite), as often as a test needs. */
export function buildIn(dir: string, env: Record<string, string> = {}): { ok: boolean; output: string; dist: string } {
  const dist = join(dir, 'dist');
  const result = spawnSync('npm', ['run', '--silent', 'build', '--', '--outDir', dist], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...cleanEnv(), ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...env },
    timeout: 180_000,
  });
  const output = stripVTControlCharacters(`${result.stdout ?? ''}\n${result.stderr ?? ''}`);
  return { ok: result.status === 0, output, dist };
}

/** The current text of a file under content/, to change in a fixture. */
export const originalContent = (path: string): string => readFileSync(join(ROOT, 'content', path), 'utf8');

/**
 * Build with `changes` and expect the build to fail with output matching every pattern,
 * publishing nothing: no output folder and no staging folder left behind.
 */
export function expectBuildFailure(changes: Record<string, string | null>, ...patterns: RegExp[]): void {
  const result = buildWithContent(changes);
  try {
    expect(result.ok, result.output).toBe(false);
    for (const pattern of patterns) expect(result.output).toMatch(pattern);
    expect(existsSync(result.dist), 'a failed build must not leave a dist/ folder').toBe(false);
    expect(
      readdirSync(result.dir).filter((f) => f.startsWith('dist')),
      'no staging folder is left behind',
    ).toEqual([]);
  } finally {
    result.cleanup();
  }
}
