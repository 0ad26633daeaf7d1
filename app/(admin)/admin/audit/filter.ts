// The audit trail's filter as it travels in the URL (the page, its pager and the CSV export share it).
import { auditFilterSchema, type AuditFilter } from "@/lib/admin/audit-trail";

export function readAuditFilter(params: URLSearchParams | Record<string, string | string[] | undefined>): AuditFilter {
  const get = (k: string) => {
    const v = params instanceof URLSearchParams ? params.get(k) : params[k];
    return typeof v === "string" && v !== "" ? v : undefined;
  };
  return auditFilterSchema.parse({
    actor: get("actor") ?? "",
    action: get("action") ?? "",
    entityType: get("entityType") ?? "",
    entityId: get("entityId") ?? "",
    from: get("from"),
    to: get("to"),
    before: get("before"),
  });
}

/** The query string of a filter, without the keyset unless `before` is given. */
export function auditQuery(filter: AuditFilter, before?: string | null): string {
  const p = new URLSearchParams();
  for (const key of ["actor", "action", "entityType", "entityId", "from", "to"] as const) if (filter[key]) p.set(key, filter[key]!);
  if (before) p.set("before", before);
  const s = p.toString();
  return s ? `?${s}` : "";
}
