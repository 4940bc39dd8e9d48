/**
 * /changes.xml: the Atom feed of policy changes. Entry bodies are the same HTML the
 * /changes/ page shows, rendered with Astro's container.
 */
import type { APIRoute } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import mdxRenderer from '@astrojs/mdx/server.js';
import { render } from 'astro:content';
import { getChanges } from '../lib/site/data.ts';
import { atomXml } from '../lib/publish/atom.ts';
import { site } from '../lib/site/site.ts';
import { CHANGES_FEED_PATH } from '../lib/site/social.ts';
import { withBase } from '../lib/util/urls.ts';

export const GET: APIRoute = async ({ site: origin }) => {
  const base = import.meta.env.BASE_URL;
  const toUrl = (path: string) => new URL(withBase(path, base), origin).href;
  const container = await AstroContainer.create();
  container.addServerRenderer({ name: 'astro:jsx', renderer: mdxRenderer });
  const changes = await getChanges();
  const entries = await Promise.all(
    changes.map(async (change) => {
      const { Content } = await render(change);
      return {
        id: toUrl(`/changes/#${change.id}`),
        title: change.data.title,
        link: toUrl(`/changes/#${change.id}`),
        updated: change.data.date,
        summary: change.data.summary,
        contentHtml: (await container.renderToString(Content)).trim(),
      };
    }),
  );
  const xml = atomXml({
    id: toUrl('/changes/'),
    title: `${site.name}: policy changes`,
    subtitle: 'Dated changes to the support policy.',
    self: toUrl(CHANGES_FEED_PATH),
    alternate: toUrl('/changes/'),
    author: { name: site.team, email: site.supportEmail },
    entries,
  });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
