// The units the forms' selects offer, in tree order.
import type { Db } from "@/lib/db";
import { comparePaths, upFrom } from "./tree";

/** Every unit a user's scope can point at, with its depth and the names above it (the admin user forms). */
export async function unitChoices(options: { db: Db }) {
  const units = await options.db.jurisdiction.findMany({ select: { id: true, name: true, level: true, path: true, parentId: true } });
  units.sort(comparePaths);
  const byId = new Map(units.map((u) => [u.id, u]));
  return units.map((u) => {
    const above = [...upFrom(byId, u.parentId)].map((p) => p.name).reverse();
    return { id: u.id, name: u.name, level: u.level, depth: above.length, trail: above.join(" / ") };
  });
}

/** Prefectures/cities and counties (indented), optionally under one path (the reference-data forms). */
export async function referenceUnits(options: { db: Db; levels?: ("CITY" | "COUNTY")[]; under?: string }) {
  const rows = await options.db.jurisdiction.findMany({
    where: { level: { in: options.levels ?? ["CITY", "COUNTY"] }, ...(options.under ? { path: { startsWith: options.under } } : {}) },
    select: { id: true, name: true, level: true, path: true },
    orderBy: [{ path: "asc" }],
  });
  return rows.map((u) => ({ value: u.id, text: `${u.level === "COUNTY" ? "\u3000" : ""}${u.name}` }));
}
