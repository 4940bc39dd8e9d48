import type { APIRoute } from 'astro';
import { absolute } from '../lib/glossary/data.ts';
import { glossarySchema } from '../lib/glossary/json.ts';
import { site as siteInfo } from '../lib/site/site.ts';

/** The JSON Schema that /glossary.json follows. */
export const GET: APIRoute = ({ site }) =>
  new Response(`${JSON.stringify(glossarySchema(absolute('/glossary.schema.json', site), siteInfo.name), null, 2)}\n`, {
    headers: { 'content-type': 'application/schema+json' },
  });
