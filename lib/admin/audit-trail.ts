// The audit trail as an administrator reads it: filtered by actor, action, entity and period, newest
// first, paged by keyset on the id (stable while new rows arrive). Rows name what they are about the way
// people know it — an application number, a permit number, a masked name and ID number — instead of a
// raw id, and the row's data is summarised with ID numbers, phones and people's names masked.
import { z } from "zod";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { maskCitizenId, maskPhone } from "@/lib/registry/citizen-id";
import { maskName } from "@/lib/certificates/mask-name";
import type { Locale } from "@/lib/i18n";
import { actionLabel, dataLines, entityLabel, idsInData } from "@/lib/audit/labels";
import { isUuid } from "@/lib/security/uuid";
import { addDays, chinaMidnight } from "@/lib/clock/day";

export const AUDIT_PAGE_SIZE = 50;
export const AUDIT_EXPORT_LIMIT = 10_000;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const auditFilterSchema = z.object({
  actor: z.string().trim().max(64).catch(""),
  action: z.string().trim().max(64).catch(""),
  entityType: z.string().trim().max(40).catch(""),
  entityId: z.string().trim().max(64).catch(""),
  from: day.optional().catch(undefined),
  to: day.optional().catch(undefined),
  before: z
    .string()
    .regex(/^\d{1,19}$/)
    .optional()
    .catch(undefined),
});
export type AuditFilter = z.output<typeof auditFilterSchema>;

/** Days are China days (UTC+8, no daylight saving): "to" includes the whole day. */
function where(filter: AuditFilter): Prisma.AuditEventWhereInput {
  const and: Prisma.AuditEventWhereInput[] = [];
  if (filter.actor) and.push({ actor: { username: filter.actor } });
  if (filter.action) and.push({ action: filter.action });
  if (filter.entityType) and.push({ entityType: filter.entityType });
  if (filter.entityId) and.push({ entityId: filter.entityId });
  if (filter.from) and.push({ at: { gte: chinaMidnight(filter.from) } });
  if (filter.to) and.push({ at: { lt: chinaMidnight(addDays(filter.to, 1)) } });
  return { AND: and };
}

const CITIZEN_ID = /\b\d{17}[\dXx]\b/g;
const PHONE = /\b1[3-9]\d{9}\b/g;
const NAME_KEYS = /^(name|personName|holderName|applicantName|memberName|formerNames)$/;

/** Masks what could identify a resident inside free text. */
export function maskText(value: string): string {
  return value.replace(CITIZEN_ID, (m) => maskCitizenId(m)).replace(PHONE, (m) => maskPhone(m));
}

function summariseValue(key: string, value: unknown, depth: number): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "string") {
    if (NAME_KEYS.test(key)) return maskName(value);
    if (isUuid(value)) return value.slice(0, 8);
    const text = maskText(value);
    return text.length > 40 ? `${text.slice(0, 39)}…` : text;
  }
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value))
    return depth > 0
      ? `[${value.length}]`
      : `[${value
          .slice(0, 3)
          .map((v) => summariseValue(key, v, depth + 1))
          .join(", ")}${value.length > 3 ? ", …" : ""}]`;
  if (typeof value === "object") return depth > 0 ? "{…}" : `{${summariseData(value, depth + 1)}}`;
  return "";
}

/** "key: value; key: value", at most six keys, masked. */
export function summariseData(data: unknown, depth = 0): string {
  if (data === null || data === undefined || typeof data !== "object") return data === null || data === undefined ? "" : String(data);
  const entries = Object.entries(data as Record<string, unknown>);
  const parts = entries.slice(0, 6).map(([k, v]) => `${k}: ${summariseValue(k, v, depth)}`);
  return parts.join("; ") + (entries.length > 6 ? "; …" : "");
}

export interface AuditRow {
  id: string;
  at: Date;
  actor: string | null;
  action: string;
  entityType: string;
  entityId: string;
  /** What the row is about, as people know it (masked), or null when nothing better than the id is known. */
  entity: string | null;
  summary: string;
  /** The action in words, the record kind in words, and the data as readable lines (lib/audit/labels.ts). */
  actionText: string;
  entityTypeText: string;
  lines: string[];
}

const showUser = (u: { username: string; displayName: string; role: string; badgeNumber?: string | null }) =>
  u.role === "APPLICANT"
    ? `${maskName(u.displayName)}（${maskCitizenId(u.username)}）`
    : `${u.displayName}（${u.badgeNumber ? `警号 ${u.badgeNumber} · ` : ""}${u.username}）`;

/** Users and units named by id inside the rows' data (a reassignment's officers, an account's station). */
async function describeIds(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const [users, units] = await Promise.all([
    db.user.findMany({
      where: { id: { in: ids } },
      select: { id: true, username: true, displayName: true, role: true, badgeNumber: true },
    }),
    db.jurisdiction.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }),
  ]);
  return new Map([...users.map((u) => [u.id, showUser(u)] as const), ...units.map((j) => [j.id, j.name] as const)]);
}

/** One query per entity type on the page, not per row. */
async function describe(db: Db, rows: { entityType: string; entityId: string }[]): Promise<Map<string, string>> {
  const ids = (type: string) => [...new Set(rows.filter((r) => r.entityType === type && isUuid(r.entityId)).map((r) => r.entityId))];
  const [apps, persons, users, households, permits, units] = await Promise.all([
    db.application.findMany({ where: { id: { in: ids("Application") } }, select: { id: true, number: true } }),
    db.person.findMany({ where: { id: { in: ids("Person") } }, select: { id: true, name: true, citizenId: true } }),
    db.user.findMany({ where: { id: { in: ids("User") } }, select: { id: true, username: true, displayName: true, role: true } }),
    db.household.findMany({ where: { id: { in: ids("Household") } }, select: { id: true, householdNumber: true } }),
    db.residencePermit.findMany({
      where: { id: { in: ids("ResidencePermit") } },
      select: { id: true, number: true, holder: { select: { name: true } } },
    }),
    db.jurisdiction.findMany({ where: { id: { in: ids("Jurisdiction") } }, select: { id: true, name: true } }),
  ]);
  const out = new Map<string, string>();
  for (const a of apps) out.set(`Application:${a.id}`, a.number);
  for (const p of persons) out.set(`Person:${p.id}`, `${maskName(p.name)}（${maskCitizenId(p.citizenId)}）`);
  for (const u of users) out.set(`User:${u.id}`, showUser(u));
  for (const h of households) out.set(`Household:${h.id}`, h.householdNumber);
  for (const p of permits) out.set(`ResidencePermit:${p.id}`, `${p.number} ${maskName(p.holder.name)}`);
  for (const j of units) out.set(`Jurisdiction:${j.id}`, j.name);
  return out;
}

async function load(options: { db: Db; filter: AuditFilter; take: number; keyset: boolean; locale: Locale }): Promise<AuditRow[]> {
  const { locale } = options;
  const { db, filter } = options;
  const base = where(filter);
  const w: Prisma.AuditEventWhereInput = options.keyset && filter.before ? { AND: [base, { id: { lt: BigInt(filter.before) } }] } : base;
  const events = await db.auditEvent.findMany({
    where: w,
    orderBy: { id: "desc" },
    take: options.take,
    include: { actor: { select: { username: true, displayName: true, role: true } } },
  });
  const [names, idNames] = await Promise.all([
    describe(db, events),
    describeIds(db, [...new Set(events.flatMap((e) => idsInData(e.data)))]),
  ]);
  return events.map((e) => ({
    id: String(e.id),
    at: e.at,
    actor: e.actor ? (e.actor.role === "APPLICANT" ? maskCitizenId(e.actor.username) : e.actor.username) : null,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    entity: names.get(`${e.entityType}:${e.entityId}`) ?? null,
    summary: summariseData(e.data),
    actionText: actionLabel({ action: e.action, locale }),
    entityTypeText: entityLabel({ entityType: e.entityType, locale }),
    lines: dataLines({ data: e.data, locale, names: idNames }),
  }));
}

type AuditQuery = { db: Db; actor: Actor; filter: AuditFilter; locale?: Locale };

/** Up to `limit` filtered rows, newest first, and whether more lie beyond them. */
async function loadUpTo(options: AuditQuery, limit: number, keyset: boolean) {
  requirePermission(options.actor, "read:audit:any");
  const rows = await load({ db: options.db, filter: options.filter, take: limit + 1, keyset, locale: options.locale ?? "zh-CN" });
  return { rows: rows.slice(0, limit), more: rows.length > limit };
}

/** One page; `next` is the keyset for the following page, or null on the last. */
export async function auditPage(options: AuditQuery) {
  const { rows, more } = await loadUpTo(options, AUDIT_PAGE_SIZE, true);
  return { rows, next: more ? rows[rows.length - 1].id : null };
}

/** Every filtered row (from the newest, up to AUDIT_EXPORT_LIMIT) for the CSV export; the keyset is ignored. */
export async function auditExport(options: AuditQuery) {
  const { rows, more } = await loadUpTo(options, AUDIT_EXPORT_LIMIT, false);
  return { rows, truncated: more };
}

/** The actions and entity types the trail holds, for the filter's choices. */
export async function auditVocabulary(options: { db: Db; actor: Actor }) {
  requirePermission(options.actor, "read:audit:any");
  const [actions, types] = await Promise.all([
    options.db.auditEvent.groupBy({ by: ["action"], orderBy: { action: "asc" } }),
    options.db.auditEvent.groupBy({ by: ["entityType"], orderBy: { entityType: "asc" } }),
  ]);
  return { actions: actions.map((a) => a.action), entityTypes: types.map((t) => t.entityType) };
}
