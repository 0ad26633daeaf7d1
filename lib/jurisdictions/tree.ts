// The unit tree (jurisdiction → county/district → town/street → police station), read as rows: each unit's
// `path` holds the codes from the root down ("/52/5227/522701/"), so a subtree is a path prefix and tree
// order is path order; `parentId` links a unit to the one directly above it. Pure helpers, no database.

/** Tree order: by path, code point by code point (a database collation may ignore the slashes). */
export const comparePaths = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/** The path of the unit directly above ("" above a root). */
export const parentPath = (path: string) => path.replace(/[^/]+\/$/, "");

/** How far below its root a unit lies (a root is 0). */
export const depthOf = (path: string) => path.split("/").filter(Boolean).length - 1;

/** The paths of every unit from the root down to this one. */
export const pathPrefixes = (path: string) =>
  path
    .split("/")
    .filter(Boolean)
    .map((_, i, parts) => `/${parts.slice(0, i + 1).join("/")}/`);

/** The unit with this id and every unit above it, nearest first, following the parent links of rows already read. */
export function* upFrom<T extends { parentId: string | null }>(byId: ReadonlyMap<string, T>, id: string | null): Generator<T> {
  for (let unit = id ? byId.get(id) : undefined; unit; unit = unit.parentId ? byId.get(unit.parentId) : undefined) yield unit;
}
