import type { APIRoute } from 'astro';
import { absolute, getGlossary, jsonTerm } from '../lib/glossary/data.ts';
import { GLOSSARY_JSON_VERSION, type GlossaryJson } from '../lib/glossary/json.ts';
import { site as siteInfo } from '../lib/site/site.ts';

/** The whole glossary as JSON, for other sites and tools. Schema: /glossary.schema.json. */
export const GET: APIRoute = async ({ site }) => {
  const { terms } = await getGlossary();
  const body: GlossaryJson = {
    $schema: absolute('/glossary.schema.json', site),
    version: GLOSSARY_JSON_VERSION,
    name: `${siteInfo.name} glossary`,
    url: absolute('/glossary/', site),
    terms: terms.map((t) => jsonTerm(t, site)),
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'content-type': 'application/json' } });
};
