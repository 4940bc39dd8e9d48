/** Mistakes in the scope picker's YAML fail the build with the file, the entry and the fix. */
import { readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { expectBuildFailure } from '../support/fixture-build.ts';

const routes = readFileSync('content/scope-routes.yaml', 'utf8');

describe('scope picker author errors', () => {
  it('a choice that points at a door that does not exist', () => {
    expectBuildFailure(
      { 'scope-routes.yaml': routes.replace('door: partner-service', 'door: partner-services') },
      /content\/scope-routes\.yaml: choice "new-client-id" has `door: partner-services`, which is not a door in content\/scope-doors\.yaml\. Use one of: api-support, partner-service, erp-support, not-covered\./,
    );
  });

  it('a choice without a topic, and a YAML mistake', () => {
    expectBuildFailure(
      { 'scope-routes.yaml': routes.replace(/^ {2}topic: Getting a new API Client Id\n/m, '') },
      /scope-routes\.yaml/,
      /`topic` is missing/,
    );
    expectBuildFailure(
      { 'scope-routes.yaml': routes.replace('  door: partner-service\n', '  door: partner-service\n  nots: x\n') },
      /content\/scope-routes\.yaml/,
      /Unknown field `nots`: check the spelling\. Allowed fields: topic, door, note\./,
    );
    expectBuildFailure(
      { 'scope-routes.yaml': routes.replace('json-syntax:', 'use-endpoint:') },
      /content\/scope-routes\.yaml:\d+: the same id is used twice/,
    );
  });
});
