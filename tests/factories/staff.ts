// Staff accounts for any test, and the actor a session would make of an account (lib/auth/session.ts).
import { randomUUID } from "node:crypto";
import type { Db } from "../../lib/db";
import type { Actor, Role } from "../../lib/auth/permissions";

const unique = () => randomUUID().slice(0, 8);
let seq = 0;

/** The actor of an account whose station or jurisdiction has the path `scopePath`. */
export function actorOf(
  user: { id: string; role: Role; displayName: string; stationId: string | null; jurisdictionId: string | null; personId: string | null },
  scopePath: string | null,
): Actor {
  const { id, role, displayName, stationId, jurisdictionId, personId } = user;
  return { id, role, displayName, stationId, jurisdictionId, scopePath, personId };
}

/** A clerk of the station (its lead if asked); a fresh name 民警N unless one is given. */
export async function makeClerk(
  db: Db,
  stationId: string,
  options: { lead?: boolean; displayName?: string; username?: string } = {},
): Promise<Actor> {
  const u = await db.user.create({
    data: {
      username: options.username ?? `cw-clerk-${unique()}`,
      passwordHash: "x",
      displayName: options.displayName ?? `民警${(seq += 1)}`,
      role: "CLERK",
      stationId,
      stationLead: options.lead ?? false,
    },
    include: { station: { select: { path: true } } },
  });
  return actorOf(u, u.station!.path);
}

/** A supervisor of the unit. */
export async function makeSupervisor(
  db: Db,
  unit: { id: string; path: string },
  options: { displayName?: string; usernamePrefix?: string } = {},
): Promise<Actor> {
  const u = await db.user.create({
    data: {
      username: `${options.usernamePrefix ?? "sv"}-${unique()}`,
      passwordHash: "x",
      displayName: options.displayName ?? "督办员",
      role: "SUPERVISOR",
      jurisdictionId: unit.id,
    },
  });
  return actorOf(u, unit.path);
}
