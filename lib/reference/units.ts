// Units the reference forms offer: prefectures/cities and counties, in tree order.
import type { Db } from "@/lib/db";

export async function referenceUnits(options: { db: Db; levels?: ("CITY" | "COUNTY")[]; under?: string }) {
  const rows = await options.db.jurisdiction.findMany({
    where: { level: { in: options.levels ?? ["CITY", "COUNTY"] }, ...(options.under ? { path: { startsWith: options.under } } : {}) },
    select: { id: true, name: true, level: true, path: true },
    orderBy: [{ path: "asc" }],
  });
  return rows.map((u) => ({ value: u.id, text: `${u.level === "COUNTY" ? "\u3000" : ""}${u.name}` }));
}
