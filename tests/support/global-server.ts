/**
 * Vitest global setup for browser tests: serve the built site on a free local port and
 * hand its URL to the tests (inject('siteUrl')).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveSite, type RunningServer } from '../../scripts/serve.ts';

let running: RunningServer | undefined;

export async function setup(project: TestProject) {
  const root = process.env.DIST_DIR ?? join(process.cwd(), 'dist');
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`No built site in ${root}. Run \`npm run build\` first.`);
  }
  running = await serveSite({ root, base: process.env.BASE_PATH, port: 0 });
  project.provide('siteUrl', running.url);
}

export async function teardown() {
  await running?.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}
