/** A small glossary for the search term index tests: two senses of one word, aliases, accents, a digit. */
import { buildTermShards, type TermSource } from '../../src/search/build/term-shards.ts';

export const termPage = (slug: string) => `/glossary/${slug}/`;

export const TERMS: TermSource[] = [
  { slug: 'client', term: 'Client', aliases: ['API client', 'app'], summary: 'One integration.' },
  {
    slug: 'client-id',
    term: 'Client Id',
    aliases: ['Client ID', 'client_id', 'clientid', 'client identifier'],
    summary: 'The id <of> a client.',
  },
  { slug: 'client-secret', term: 'Client Secret', aliases: ['secret'], summary: 'Never share it.' },
  { slug: 'user-erp', term: 'User', sense: 'ERP', aliases: ['ERP user'], summary: 'A person in the ERP.' },
  { slug: 'user-vni', term: 'User', sense: 'Visma.net Integrations', aliases: [], summary: 'A login.' },
  { slug: 'émission', term: 'Émission', aliases: ['2FA'], summary: 'Other scripts.' },
];

/** The index the build writes for TERMS: shard key -> shard. */
export const TERM_SHARDS = buildTermShards(TERMS, termPage);
