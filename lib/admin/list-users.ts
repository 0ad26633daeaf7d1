// The admin area's reading of accounts: a searchable, filtered, paged list and one account's detail.
// Applicants' usernames are their citizen ID numbers: an administrator sees them masked, with the
// name and phone masked too (maskCitizenId, maskName, maskPhone) — the admin area manages accounts,
// not people.
import { z } from "zod";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { requirePermission, ROLES, type Actor, type Role } from "@/lib/auth/permissions";
import { lockedUsernames, isLocked } from "@/lib/auth/lock";
import { looksLikeCitizenId, maskCitizenId, maskPhone, normaliseCitizenId } from "@/lib/registry/citizen-id";
import { normaliseUsername } from "@/lib/auth/username";
import { maskName } from "@/lib/certificates/mask-name";

export const PAGE_SIZE = 25;

export const userFilterSchema = z.object({
  q: z.string().trim().max(64).catch(""),
  role: z.enum(ROLES).optional().catch(undefined),
  unit: z.uuid().optional().catch(undefined),
  status: z.enum(["active", "inactive"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type UserFilter = z.output<typeof userFilterSchema>;

export interface UserRow {
  id: string;
  /** As shown: masked for applicants. */
  username: string;
  displayName: string;
  /** Staff: the 警号; null for applicants and staff without one. */
  badgeNumber: string | null;
  role: Role;
  unitName: string | null;
  stationLead: boolean;
  active: boolean;
  locked: boolean;
  mustChangePassword: boolean;
  lastLoginAt: Date | null;
  phone: string | null;
}

type Loaded = Prisma.UserGetPayload<{
  include: { station: { select: { name: true } }; jurisdiction: { select: { name: true } }; person: { select: { phone: true } } };
}>;

function shown(user: Loaded, locked: boolean): UserRow {
  const applicant = user.role === "APPLICANT";
  return {
    id: user.id,
    username: applicant ? maskCitizenId(user.username) : user.username,
    displayName: applicant ? maskName(user.displayName) : user.displayName,
    badgeNumber: applicant ? null : user.badgeNumber,
    role: user.role,
    unitName: user.station?.name ?? user.jurisdiction?.name ?? null,
    stationLead: user.stationLead,
    active: user.active,
    locked,
    mustChangePassword: user.mustChangePassword,
    lastLoginAt: user.lastLoginAt,
    phone: applicant ? maskPhone(user.person?.phone) || null : null,
  };
}

const INCLUDE = {
  station: { select: { name: true } },
  jurisdiction: { select: { name: true } },
  person: { select: { phone: true } },
} as const;

export async function listUsers(options: { db: Db; actor: Actor; filter: UserFilter; now?: Date }) {
  requirePermission(options.actor, "manage:user:any");
  const { db, filter } = options;
  const now = options.now ?? new Date();
  const and: Prisma.UserWhereInput[] = [];
  if (filter.q) {
    // Applicants are found by their full ID number only (it is their username): no partial matching
    // of citizen IDs, so the search box cannot be used to enumerate them.
    and.push({
      OR: [
        { role: { not: "APPLICANT" }, username: { contains: filter.q, mode: "insensitive" } },
        { role: { not: "APPLICANT" }, displayName: { contains: filter.q, mode: "insensitive" } },
        { role: { not: "APPLICANT" }, badgeNumber: filter.q.trim() },
        // Exact, as typed or in either case: an ID number's final X, the demo's `applicant-07` (the
        // unique index answers an IN list; a case-insensitive comparison would read the whole table).
        {
          role: "APPLICANT",
          username: { in: [...new Set([filter.q, filter.q.toUpperCase(), filter.q.toLowerCase(), normaliseUsername(filter.q)])] },
        },
        // The whole ID number, however typed (full-width, spaced), finds the account whatever its username.
        ...(looksLikeCitizenId(normaliseCitizenId(filter.q))
          ? [{ role: "APPLICANT" as const, person: { citizenId: normaliseCitizenId(filter.q) } }]
          : []),
      ],
    });
  }
  if (filter.role) and.push({ role: filter.role });
  if (filter.status) and.push({ active: filter.status === "active" });
  if (filter.unit) {
    const unit = await db.jurisdiction.findUnique({ where: { id: filter.unit }, select: { path: true } });
    const under = { path: { startsWith: unit?.path ?? "\u0000" } };
    and.push({ OR: [{ station: under }, { jurisdiction: under }] });
  }
  const where: Prisma.UserWhereInput = { AND: and };
  const [total, users] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      include: INCLUDE,
      orderBy: [{ role: "desc" }, { username: "asc" }],
      skip: (filter.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
    }),
  ]);
  const locked = await lockedUsernames({ db, usernames: users.map((u) => u.username), now });
  return { total, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)), rows: users.map((u) => shown(u, locked.has(u.username))) };
}

/** One account as the admin area shows it, with the raw scope ids its edit form needs; null when missing. */
export async function getUserForAdmin(options: { db: Db; actor: Actor; userId: string; now?: Date }) {
  requirePermission(options.actor, "manage:user:any");
  if (!z.uuid().safeParse(options.userId).success) return null;
  const user = await options.db.user.findUnique({ where: { id: options.userId }, include: INCLUDE });
  if (!user) return null;
  const locked = await isLocked({ db: options.db, username: user.username, now: options.now ?? new Date() });
  return { ...shown(user, locked), stationId: user.stationId, jurisdictionId: user.jurisdictionId, createdAt: user.createdAt };
}
