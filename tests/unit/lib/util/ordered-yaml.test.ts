import { describe, expect, it } from 'vitest';
import { parseOrderedYaml } from '../../../../src/lib/util/ordered-yaml.ts';

const FILE = 'content/scope-routes.yaml';

describe('parseOrderedYaml', () => {
  it('keeps the order the author wrote, whatever the ids', () => {
    const entries = parseOrderedYaml('zebra:\n  topic: Z\napple:\n  topic: A\nmango:\n  topic: M\n', FILE);
    expect(entries).toEqual([
      { id: 'zebra', data: { topic: 'Z', position: 0 } },
      { id: 'apple', data: { topic: 'A', position: 1 } },
      { id: 'mango', data: { topic: 'M', position: 2 } },
    ]);
  });

  it('names the file and the line of a YAML mistake', () => {
    expect(() => parseOrderedYaml('one:\n  topic: A\n two: x\n   - y\n', FILE)).toThrow(
      /^content\/scope-routes\.yaml:\d+: /,
    );
  });

  it('says when an id is used twice', () => {
    expect(() => parseOrderedYaml('a:\n  topic: A\na:\n  topic: B\n', FILE)).toThrow(
      /content\/scope-routes\.yaml:3: the same id is used twice/,
    );
  });

  it('rejects ids that are not slugs, and entries without fields', () => {
    expect(() => parseOrderedYaml('New Client:\n  topic: A\n', FILE)).toThrow(/the id "New Client" must be a slug/);
    expect(() => parseOrderedYaml('a: just text\n', FILE)).toThrow(/"a" has no fields/);
  });

  it('rejects an empty file or a list', () => {
    expect(() => parseOrderedYaml('# only a comment\n', FILE)).toThrow(/content\/scope-routes\.yaml is empty/);
    expect(() => parseOrderedYaml('- a\n- b\n', FILE)).toThrow(/not a list/);
  });
});
