/**
 * The "Who handles my question?" picker on /scope/: each choice (content/scope-routes.yaml)
 * points at a door (content/scope-doors.yaml). This joins the two and checks them, with
 * errors that tell the author which file and entry to fix.
 */

export const ROUTES_FILE = 'content/scope-routes.yaml';
export const DOORS_FILE = 'content/scope-doors.yaml';

export interface Door {
  id: string;
  name: string;
  summary: string;
  email?: string | undefined;
  link?: string | undefined;
  linkText?: string | undefined;
}

export interface Route {
  id: string;
  topic: string;
  door: string;
  note?: string | undefined;
}

export interface ScopeChoice {
  id: string;
  topic: string;
  note: string | undefined;
  door: Door;
}

/** Every route with its door, in the routes' order; throws an author-facing error on a bad reference. */
export function resolveScopeRoutes(routes: Route[], doors: Door[]): ScopeChoice[] {
  if (doors.length === 0) {
    throw new Error(
      `${DOORS_FILE} has no doors. Check that the file exists and that its YAML is valid (see the messages above).`,
    );
  }
  if (routes.length === 0) {
    throw new Error(
      `${ROUTES_FILE} has no choices. Check that the file exists and that its YAML is valid (see the messages above).`,
    );
  }
  const byId = new Map(doors.map((d) => [d.id, d]));
  return routes.map((route) => {
    const door = byId.get(route.door);
    if (!door) {
      throw new Error(
        `${ROUTES_FILE}: choice "${route.id}" has \`door: ${route.door}\`, which is not a door in ${DOORS_FILE}. ` +
          `Use one of: ${[...byId.keys()].join(', ')}.`,
      );
    }
    return { id: route.id, topic: route.topic, note: route.note, door };
  });
}
