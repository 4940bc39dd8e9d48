import raw from '../../../content/site.json' with { type: 'json' };

/** Site-wide facts (name, support address), kept in content/site.json and checked here. */
export interface SiteInfo {
  name: string;
  shortName: string;
  team: string;
  product: string;
  supportEmail: string;
  policyUpdated: string;
  description: string;
}

export function parseSiteInfo(data: unknown, file = 'content/site.json'): SiteInfo {
  if (typeof data !== 'object' || data === null) throw new Error(`${file}: must be a JSON object.`);
  const record = data as Record<string, unknown>;
  const keys: (keyof SiteInfo)[] = [
    'name',
    'shortName',
    'team',
    'product',
    'supportEmail',
    'policyUpdated',
    'description',
  ];
  for (const key of keys) {
    if (typeof record[key] !== 'string' || (record[key] as string).trim() === '') {
      throw new Error(`${file}: \`${key}\` is missing or empty. Add it as a non-empty string.`);
    }
  }
  if (!/^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i.test(record.supportEmail as string)) {
    throw new Error(`${file}: \`supportEmail\` "${String(record.supportEmail)}" is not an e-mail address.`);
  }
  return record as unknown as SiteInfo;
}

export const site: SiteInfo = parseSiteInfo(raw);
