/**
 * The machine-readable glossary: /glossary.json, its JSON Schema (/glossary.schema.json)
 * and the schema.org JSON-LD on the glossary pages. Other docs sites use these to link
 * to our terms and to show the same previews.
 */
import { senseLabel } from './resolve.ts';

export const GLOSSARY_JSON_VERSION = 1;

export interface GlossaryJsonTerm {
  slug: string;
  term: string;
  sense: string | null;
  aliases: string[];
  summary: string;
  definition: string;
  url: string;
  related: string[];
  formerSlugs: string[];
  updated: string;
}

export interface GlossaryJson {
  $schema: string;
  version: number;
  name: string;
  url: string;
  terms: GlossaryJsonTerm[];
}

const slug = { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' } as const;
const text = { type: 'string', minLength: 1 } as const;

/** The JSON Schema (draft 2020-12) of /glossary.json, version 1. */
export function glossarySchema(schemaUrl: string, siteName: string) {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: schemaUrl,
    title: `${siteName} glossary`,
    description:
      'Every term of the glossary, with a permanent URL. `version` changes only when a field is removed or changes meaning; new fields may be added within a version.',
    type: 'object',
    required: ['version', 'name', 'url', 'terms'],
    additionalProperties: false,
    properties: {
      $schema: { type: 'string', description: 'The URL of this schema.' },
      version: { const: GLOSSARY_JSON_VERSION, description: 'Schema version of this document.' },
      name: { ...text, description: 'The name of the glossary.' },
      url: { type: 'string', format: 'uri', description: 'The A to Z page of the glossary.' },
      terms: {
        type: 'array',
        description: 'The terms, A to Z. A word with several senses has one entry per sense.',
        items: {
          type: 'object',
          required: [
            'slug',
            'term',
            'sense',
            'aliases',
            'summary',
            'definition',
            'url',
            'related',
            'formerSlugs',
            'updated',
          ],
          additionalProperties: false,
          properties: {
            slug: { ...slug, description: 'Permanent identifier; the last part of `url`.' },
            term: { ...text, description: 'The term as readers spell it.' },
            sense: { type: ['string', 'null'], description: 'Which meaning, for a word with several; null otherwise.' },
            aliases: { type: 'array', items: text, description: 'Other names for the term.' },
            summary: { ...text, description: 'One sentence: the preview text.' },
            definition: {
              ...text,
              description: 'The full definition as plain text; paragraphs separated by a blank line.',
            },
            url: { type: 'string', format: 'uri', description: 'Absolute URL of the term page.' },
            related: { type: 'array', items: slug, description: 'Slugs of related terms in this document.' },
            formerSlugs: {
              type: 'array',
              items: slug,
              description: 'Slugs the term had before; their URLs redirect to `url`.',
            },
            updated: {
              type: 'string',
              pattern: '^\\d{4}-\\d{2}-\\d{2}$',
              description: 'Date of the last change, YYYY-MM-DD.',
            },
          },
        },
      },
    },
  };
}

/** Serialise JSON-LD for a <script> element: "<" is escaped so the text cannot end the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

interface LdTerm {
  slug: string;
  term: string;
  sense?: string | null | undefined;
  aliases: string[];
  summary: string;
  url: string;
}

function definedTerm(t: LdTerm, setUrl: string) {
  return {
    '@type': 'DefinedTerm',
    '@id': t.url,
    url: t.url,
    name: senseLabel({ term: t.term, sense: t.sense ?? undefined }),
    termCode: t.slug,
    description: t.summary,
    ...(t.aliases.length > 0 ? { alternateName: t.aliases } : {}),
    inDefinedTermSet: setUrl,
  };
}

/** schema.org DefinedTermSet for the A to Z page. */
export function definedTermSetLd(set: { name: string; description: string; url: string }, terms: LdTerm[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'DefinedTermSet',
    '@id': set.url,
    url: set.url,
    name: set.name,
    description: set.description,
    hasDefinedTerm: terms.map((t) => definedTerm(t, set.url)),
  };
}

/** schema.org DefinedTerm for one term page. */
export function definedTermLd(term: LdTerm, setUrl: string) {
  return { '@context': 'https://schema.org', ...definedTerm(term, setUrl) };
}
