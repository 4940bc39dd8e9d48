/** Mistakes in the scope picker's YAML fail the build with the file, the entry and the fix. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildWithContent } from '../support/fixture-build.ts';

const routes = readFileSync('content/scope-routes.yaml', 'utf8');

function expectFailure(changes: Record<string, string | null>, ...patterns: RegExp[]) {
  const result = buildWithContent(changes);
  try {
    expect(result.ok, result.output).toBe(false);
    for (const pattern of patterns) expect(result.output).toMatch(pattern);
  } finally {
    result.cleanup();
  }
}

describe('scope picker author errors', () => {
  it('a choice that points at a door that does not exist', () => {
    expectFailure(
      { 'scope-routes.yaml': routes.replace('door: partner-service', 'door: partner-services') },
      /content\/scope-routes\.yaml: choice "new-client-id" has `door: partner-services`, which is not a door in content\/scope-doors\.yaml\. Use one of: api-support, partner-service, erp-support, not-covered\./,
    );
  });

  it('a choice without a topic, and a YAML mistake', () => {
    expectFailure({ 'scope-routes.yaml': routes.replace(/^  topic: Getting a new API Client Id\n/m, '') }, /scope-routes\.yaml/, /`topic` is missing/);
    expectFailure(
      { 'scope-routes.yaml': routes.replace('  door: partner-service\n', '  door: partner-service\n  nots: x\n') },
      /content\/scope-routes\.yaml/,
      /Unknown field `nots`: check the spelling\. Allowed fields: topic, door, note\./,
    );
    expectFailure({ 'scope-routes.yaml': routes.replace('json-syntax:', 'use-endpoint:') }, /content\/scope-routes\.yaml:\d+: the same id is used twice/);
  });
});
