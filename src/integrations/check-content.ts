import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { listFiles } from '../lib/util/files.ts';
import { findContentProblems, formatContentProblems, type SourceFile } from '../lib/publish/content-refs.ts';

/** The MDX files of one content folder, with paths from the project root. */
export function readMdx(root: string, folder: string): SourceFile[] {
  const dir = join(root, 'content', folder);
  if (!existsSync(dir)) return [];
  return listFiles(dir)
    .filter((rel) => /\.mdx?$/.test(rel))
    .map((rel) => ({ file: `content/${folder}/${rel}`, text: readFileSync(join(dir, rel), 'utf8') }));
}

/**
 * Fail the build, before anything is rendered, when content refers to something that does
 * not exist: a glossary link or `related:` slug that is not a term, or a change entry about
 * a page that does not exist.
 */
export default function checkContent(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'kb:check-content',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:start': ({ logger }) => {
        const sources = {
          pages: readMdx(root, 'pages'),
          terms: readMdx(root, 'glossary'),
          changes: readMdx(root, 'changes'),
        };
        const problems = findContentProblems(sources);
        if (problems.length > 0) {
          throw new Error(`${problems.length} content reference problem(s):\n${formatContentProblems(problems)}`);
        }
        logger.info(
          `checked references in ${sources.pages.length + sources.terms.length + sources.changes.length} content files`,
        );
      },
    },
  };
}
