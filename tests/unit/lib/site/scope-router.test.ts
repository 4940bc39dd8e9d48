import { describe, expect, it } from 'vitest';
import { resolveScopeRoutes, type Door } from '../../../../src/lib/site/scope-router.ts';

const doors: Door[] = [
  { id: 'api-support', name: 'API Support', summary: 'E-mail the team.', email: 'team@example.com' },
  { id: 'not-covered', name: 'Not covered', summary: 'Not taken on.' },
];

describe('resolveScopeRoutes', () => {
  it('gives each choice its door and note, in the order of the choices', () => {
    const choices = resolveScopeRoutes(
      [
        { id: 'b-json', topic: 'JSON syntax', door: 'api-support' },
        { id: 'a-code', topic: 'Writing my code', door: 'not-covered', note: 'Isolate the call.' },
      ],
      doors,
    );
    expect(choices.map((c) => [c.id, c.door.name, c.note])).toEqual([
      ['b-json', 'API Support', undefined],
      ['a-code', 'Not covered', 'Isolate the call.'],
    ]);
  });

  it('names the file, the choice and the doors that exist when a door is unknown', () => {
    expect(() => resolveScopeRoutes([{ id: 'new-client', topic: 'A Client Id', door: 'partner' }], doors)).toThrow(
      'content/scope-routes.yaml: choice "new-client" has `door: partner`, which is not a door in content/scope-doors.yaml. Use one of: api-support, not-covered.',
    );
  });

  it('fails when either file gave nothing', () => {
    expect(() => resolveScopeRoutes([], doors)).toThrow(/content\/scope-routes\.yaml has no choices/);
    expect(() => resolveScopeRoutes([{ id: 'a', topic: 'A', door: 'api-support' }], [])).toThrow(
      /content\/scope-doors\.yaml has no doors/,
    );
  });
});
