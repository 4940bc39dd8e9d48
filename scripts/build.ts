/**
 * `npm run build`: nothing is ever partly published. Astro builds into a staging folder
 * next to the output folder; every build check (content references, links, headers) runs
 * on that folder, and only a build that passes all of them replaces the output folder.
 * A failed build deletes the staging folder and leaves the previous output as it was.
 *
 * Usage: node scripts/build.ts [--outDir <dir>] [other astro build flags]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export function splitOutDir(args: string[]): { outDir: string; rest: string[] } {
  let outDir = 'dist';
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--outDir' && i + 1 < args.length) outDir = args[++i]!;
    else if (arg.startsWith('--outDir=')) outDir = arg.slice('--outDir='.length);
    else rest.push(arg);
  }
  return { outDir, rest };
}

/**
 * Steps that must run on the built site before it is published, each a command given the
 * staging folder. They run after `astro build` has exited, so the build's memory is free;
 * if one fails, nothing is published.
 */
export const AFTER_ASTRO_BUILD: ((dir: string) => string[])[] = [
  // The Pagefind search index (pagefind/).
  (dir) => [process.execPath, fileURLToPath(new URL('./search-index.ts', import.meta.url)), dir],
];

if (import.meta.main) {
  const { outDir, rest } = splitOutDir(process.argv.slice(2));
  const target = resolve(outDir);
  const staging = join(dirname(target), `${basename(target)}-building-${process.pid}`);
  const astroBin = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
  rmSync(staging, { recursive: true, force: true });
  const result = spawnSync(process.execPath, [astroBin, 'build', ...rest, '--outDir', staging], {
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  let status = result.status;
  for (const step of AFTER_ASTRO_BUILD) {
    if (status !== 0) break;
    const [cmd, ...cmdArgs] = step(staging);
    status = spawnSync(cmd!, cmdArgs, { stdio: 'inherit' }).status;
  }
  if (status !== 0) {
    rmSync(staging, { recursive: true, force: true });
    console.error(
      `\nBuild failed: nothing was published. ${outDir}/ was left exactly as it was before this build.\n` +
        'Fix the problem named above and run the build again.',
    );
    process.exit(status ?? 1);
  }
  const old = `${target}-old-${process.pid}`;
  if (existsSync(target)) renameSync(target, old);
  renameSync(staging, target);
  rmSync(old, { recursive: true, force: true });
  console.log(`Published the checked build to ${outDir}/`);
}
