/**
 * The header lists of content/import-headers.yaml, checked and shaped for the composer's
 * import step. Build errors name the file, the list and the fix.
 */
import type { HeaderLists } from './fill.ts';
import { isSecretHeader } from './sensitive.ts';

export const LISTS_FILE = 'content/import-headers.yaml';

const LIST_IDS = { 'correlation-id': 'correlationId', company: 'company', secret: 'secret' } as const;

/** A header name as HTTP allows it (RFC 9110 token). */
export const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

interface Entry {
  id: string;
  data: { headers: string[] };
}

export function headerLists(entries: Entry[]): HeaderLists {
  const lists: HeaderLists = { correlationId: [], company: [], secret: [] };
  for (const entry of entries) {
    const key = LIST_IDS[entry.id as keyof typeof LIST_IDS];
    if (!key) {
      throw new Error(
        `${LISTS_FILE}: unknown list \`${entry.id}\`. The lists are ${Object.keys(LIST_IDS).join(', ')}: check the spelling.`,
      );
    }
    lists[key] = entry.data.headers.map((h) => h.toLowerCase());
  }
  for (const [id, key] of Object.entries(LIST_IDS)) {
    if (key !== 'secret' && lists[key].length === 0) {
      throw new Error(
        `${LISTS_FILE}: the list \`${id}\` is missing or empty. Add it with \`headers:\` and at least one header name.`,
      );
    }
  }
  for (const key of ['correlationId', 'company'] as const) {
    const id = Object.keys(LIST_IDS).find((k) => LIST_IDS[k as keyof typeof LIST_IDS] === key)!;
    for (const name of lists[key]) {
      if (isSecretHeader(name, lists.secret)) {
        throw new Error(
          `${LISTS_FILE}: \`${name}\` in \`${id}\` is a header the import drops as a credential before reading anything, so it can never fill the field. Remove it from \`${id}\`${lists.secret.includes(name) ? ' or from `secret`' : ''}.`,
        );
      }
    }
  }
  return lists;
}
