/**
 * Hash routes of the side panel: `#current`, `#sheet`, `#sheet/<section>`, `#checklists`,
 * `#checklists/<category>`, `#numbers`, `#verify`, `#questions`. No router dependency: the hash is
 * the whole state, so a section can be linked and the browser's back button works.
 */
export const VIEW_IDS = ['current', 'sheet', 'checklists', 'numbers', 'verify', 'questions'] as const;
export type ViewId = (typeof VIEW_IDS)[number];

export interface Route {
  readonly view: ViewId;
  /** Sheet section id or checklist category. */
  readonly anchor?: string;
}

export function parseRoute(hash: string): Route {
  const [view, anchor] = hash.replace(/^#/, '').split('/', 2);
  const known = VIEW_IDS.find((id) => id === view);
  if (!known) return { view: 'current' };
  return anchor ? { view: known, anchor: decodeURIComponent(anchor) } : { view: known };
}

export function routeHash(route: Route): string {
  return `#${route.view}${route.anchor ? `/${encodeURIComponent(route.anchor)}` : ''}`;
}
