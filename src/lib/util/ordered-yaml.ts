/**
 * Reading a YAML file of named entries ("id: {fields}") in the order the author wrote
 * them. Astro's collections do not keep file order, so each entry gets its `position`.
 * Errors name the file, the line and the fix.
 */
import { YAMLParseError, parse } from 'yaml';
import { SLUG_PATTERN } from './slug.ts';

export interface OrderedEntry {
  id: string;
  data: Record<string, unknown> & { position: number };
}

export function parseOrderedYaml(text: string, file: string): OrderedEntry[] {
  let data: unknown;
  try {
    data = parse(text, { uniqueKeys: true });
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const line = error.linePos?.[0].line;
      const reason = error.code === 'DUPLICATE_KEY' ? 'the same id is used twice' : error.message.split('\n')[0];
      throw new Error(
        `${file}${line ? `:${line}` : ''}: ${reason}. Fix the YAML there (indent fields by two spaces under the id).`,
        { cause: error },
      );
    }
    throw error;
  }
  if (data === null || data === undefined) {
    throw new Error(`${file} is empty. Add entries as "some-id:" followed by their fields, indented by two spaces.`);
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new Error(
      `${file} must be a list of named entries ("some-id:" followed by their fields), not a ${Array.isArray(data) ? 'list' : typeof data}.`,
    );
  }
  return Object.entries(data as Record<string, unknown>).map(([id, fields], position) => {
    if (!SLUG_PATTERN.test(id)) {
      throw new Error(
        `${file}: the id "${id}" must be a slug: lower-case letters, digits and hyphens, e.g. "new-client-id".`,
      );
    }
    if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) {
      throw new Error(`${file}: "${id}" has no fields. Indent its fields by two spaces under "${id}:".`);
    }
    return { id, data: { ...(fields as Record<string, unknown>), position } };
  });
}
