export function statusTone(status: string): "default" | "ok" | "warn" | "muted" {
  if (status === "APPROVED") return "ok";
  if (status === "REJECTED" || status === "NEEDS_MATERIALS") return "warn";
  if (status === "WITHDRAWN" || status === "DRAFT") return "muted";
  return "default";
}
