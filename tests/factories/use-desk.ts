// The desk most decision tests sit at: a unit tree (./units.ts) and one clerk at its first station, made once
// before a vitest file's tests. Call `useClerkDesk(db)` at the top of the file, after `useTestDb()`; the
// fields are filled in when the file's tests run.
import { beforeAll } from "vitest";
import type { Db } from "../../lib/db";
import type { Actor } from "../../lib/auth/permissions";
import { makeClerk } from "./staff";
import { makeTree } from "./units";

export interface ClerkDesk {
  tree: Awaited<ReturnType<typeof makeTree>>;
  clerk: Actor;
}

export function useClerkDesk(db: Db): ClerkDesk {
  const desk = {} as ClerkDesk;
  beforeAll(async () => {
    desk.tree = await makeTree(db);
    desk.clerk = await makeClerk(db, desk.tree.station.id);
  });
  return desk;
}
