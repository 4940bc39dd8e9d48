import { defineCollection } from 'astro:content';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { glossaryRenderInputs } from './lib/build-inputs.ts';
import { loadGlossary } from './lib/glossary/source.ts';
import { createIdRegistry, slugFromEntry } from './lib/util/id-registry.ts';
import { markdownFolderLoader } from './lib/markdown/folder-loader.ts';
import { parseOrderedYaml } from './lib/util/ordered-yaml.ts';
import { HEADER_NAME } from './lib/composer/import/lists.ts';
import { SLUG_PATTERN } from './lib/util/slug.ts';

/*
 * Schemas for authors. Every field says what it wants, so a mistake fails the build with
 * the file, the field and the fix. Unknown fields are errors too: a misspelt `sumary`
 * must not be ignored silently.
 */

const required = (field: string, hint: string) => ({
  error: (issue: { input?: unknown }) =>
    issue.input === undefined ? `\`${field}\` is missing. ${hint}` : `\`${field}\` is not valid. ${hint}`,
});

const slugField = (field: string) =>
  z
    .string(required(field, 'Use a slug: lower-case letters, digits and hyphens, e.g. "client-id".'))
    .regex(SLUG_PATTERN, `\`${field}\` must be a slug: lower-case letters, digits and hyphens, e.g. "client-id".`);

const updated = z.coerce.date(
  required('updated', 'Write the date of the last change as YYYY-MM-DD, e.g. `updated: 2021-10-02`.'),
);

/** A strict object whose unknown-field error names the field and lists the allowed ones. */
const strict = <T extends z.ZodRawShape>(shape: T) =>
  z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `Unknown field ${issue.keys.map((k: string) => `\`${k}\``).join(', ')}: check the spelling. Allowed fields: ${Object.keys(shape).join(', ')}.`
        : undefined,
  });

const pageIds = createIdRegistry('page');
const termIds = createIdRegistry('glossary');

const pages = defineCollection({
  loader: glob({
    pattern: '**/*.mdx',
    base: './content/pages',
    generateId: ({ entry, data }) => pageIds.claim(slugFromEntry(entry, data), `content/pages/${entry}`),
  }),
  schema: strict({
    title: z
      .string(required('title', 'Add a title, e.g. `title: Where to ask`.'))
      .trim()
      .min(1, '`title` is empty. Every page needs a title for its heading and the browser tab.'),
    description: z
      .string(required('description', 'Add one or two sentences for search results and link previews.'))
      .trim()
      .min(20, '`description` is too short: write one or two full sentences (at least 20 characters).')
      .max(200, '`description` is too long: search engines cut it after about 160 characters; stay under 200.'),
    updated,
    order: z
      .number(required('order', 'Give the position in the main navigation as a whole number, e.g. `order: 3`.'))
      .int('`order` must be a whole number, e.g. `order: 3`.'),
    navLabel: z.string().trim().min(1).optional(),
    hidden: z.boolean('`hidden` must be true or false.').default(false),
    slug: slugField('slug').optional(),
  }),
});

const glossary = defineCollection({
  // Rendered once at sync, not bundled as modules: see src/lib/markdown/folder-loader.ts.
  loader: markdownFolderLoader({
    base: './content/glossary',
    ids: termIds,
    // Stored renders are reused only while the plugins' code and the terms they show are unchanged.
    renderInputs: () => glossaryRenderInputs(process.cwd(), loadGlossary()),
  }),
  schema: strict({
    term: z
      .string(required('term', 'Write the term as readers spell it, e.g. `term: Client Id`.'))
      .trim()
      .min(1, '`term` is empty.'),
    sense: z
      .string('`sense` must be text naming the context of this meaning, e.g. `sense: Financials ERP`.')
      .trim()
      .min(1)
      .optional(),
    summary: z
      .string(required('summary', 'Write one sentence that defines the term; it is shown in previews.'))
      .trim()
      .min(10, '`summary` is too short: write one full sentence.')
      .max(240, '`summary` is too long: keep it to one sentence under 240 characters.')
      .refine((s) => /[.!?]$/.test(s), '`summary` must be one full sentence ending with a full stop.'),
    aliases: z
      .array(z.string().trim().min(1), '`aliases` must be a list, e.g. `aliases: [Client ID, client_id]`.')
      .default([]),
    related: z
      .array(slugField('related'), '`related` must be a list of glossary slugs, e.g. `related: [client-id]`.')
      .default([]),
    formerSlugs: z
      .array(slugField('formerSlugs'), '`formerSlugs` must be a list of slugs this term used to have.')
      .default([]),
    updated,
    slug: slugField('slug').optional(),
  }),
});

/* The "Who handles my question?" picker on /scope/ (see src/lib/site/scope-router.ts). */
const text = (field: string, hint: string) =>
  z.string(required(field, hint)).trim().min(1, `\`${field}\` is empty. ${hint}`);

/** Named entries of a YAML file, each with its `position` in the file (src/lib/util/ordered-yaml.ts). */
const orderedYaml = (file: string): Loader => ({
  name: 'ordered-yaml',
  load: async ({ store, parseData, config, watcher, logger }) => {
    const path = fileURLToPath(new URL(file, config.root));
    const sync = async () => {
      const entries = parseOrderedYaml(await readFile(path, 'utf8'), file);
      store.clear();
      for (const { id, data } of entries)
        store.set({ id, data: await parseData({ id, data, filePath: file }), filePath: file });
    };
    await sync();
    watcher?.add(path);
    watcher?.on('change', (changed) => {
      if (changed === path) sync().catch((error: Error) => logger.error(error.message));
    });
  },
});
/** Added by the loader, not written by authors, so it is not listed among the allowed fields. */
const position = z.number().int().nonnegative();

const scopeDoors = defineCollection({
  loader: orderedYaml('content/scope-doors.yaml'),
  schema: strict({
    name: text('name', 'Name who handles the question, e.g. `name: API Support`.'),
    summary: text('summary', 'Write one or two sentences saying what the reader should do.'),
    email: z.email('`email` must be an e-mail address, e.g. `email: VNI-Support@visma.com`.').optional(),
    link: z
      .string()
      .regex(/^\/[^\s]*$/, '`link` must be a root-relative path on this site, e.g. `link: /checklist/`.')
      .optional(),
    linkText: z.string().trim().min(1).optional(),
  })
    .extend({ position })
    .refine((door) => !door.link || door.linkText, {
      message:
        '`linkText` is missing: a door with a `link` needs the words of that link, e.g. `linkText: What to send`.',
      path: ['linkText'],
    }),
});

const scopeRoutes = defineCollection({
  loader: orderedYaml('content/scope-routes.yaml'),
  schema: strict({
    topic: text(
      'topic',
      'Say what the question is about, as a reader would, e.g. `topic: Getting a new API Client Id`.',
    ),
    door: slugField('door'),
    note: z.string().trim().min(1).optional(),
  }).extend({ position }),
});

const changeIds = createIdRegistry('change');

/** Dated changes to the support policy, shown at /changes/ and in the Atom feed /changes.xml. */
const changes = defineCollection({
  loader: glob({
    pattern: '**/*.mdx',
    base: './content/changes',
    generateId: ({ entry, data }) => changeIds.claim(slugFromEntry(entry, data), `content/changes/${entry}`),
  }),
  schema: strict({
    title: z
      .string(required('title', 'Say what changed in a few words, e.g. `title: Support policy published`.'))
      .trim()
      .min(1, '`title` is empty. Say what changed in a few words.'),
    // Not z.coerce: coercing turns a missing date into an invalid one, hiding that it is missing.
    date: z.preprocess(
      (v) => (typeof v === 'string' ? new Date(v) : v),
      z.date(required('date', 'Write the date of the change as YYYY-MM-DD, e.g. `date: 2021-10-02`.')),
    ),
    summary: z
      .string(required('summary', 'Write one or two sentences on what changed; feed readers show them.'))
      .trim()
      .min(20, '`summary` is too short: write one or two full sentences (at least 20 characters).')
      .max(300, '`summary` is too long: keep it under 300 characters and put details in the body.'),
    page: slugField('page').optional(),
    slug: slugField('slug').optional(),
  }),
});

/* The header names the composer's import step reads (src/lib/composer/import/lists.ts). */
const importHeaders = defineCollection({
  loader: orderedYaml('content/import-headers.yaml'),
  schema: strict({
    description: text('description', 'Say in a sentence what the headers of this list carry.'),
    headers: z.array(
      z
        .string()
        .trim()
        .regex(HEADER_NAME, {
          error: (issue) =>
            `\`${String(issue.input)}\` is not a header name: use letters, digits and hyphens, e.g. \`x-correlation-id\`.`,
        }),
      '`headers` must be a list of header names, e.g. `headers: [x-correlation-id, x-request-id]`.',
    ),
  }).extend({ position }),
});

export const collections = { pages, glossary, changes, scopeDoors, scopeRoutes, importHeaders };
