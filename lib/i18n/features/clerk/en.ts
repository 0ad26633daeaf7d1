// English for clerk/zh-CN.ts (the type checker refuses a missing string).
import type { Widen } from "../../widen";
import type { clerkZh } from "./zh-CN";

export const clerkEn: Widen<typeof clerkZh> = {
  title: "Hukou officer's workbench",
  station: "Police station: {station}",
  queueTitle: "This station's queue",
  empty: "No open cases at this station.",
  number: "Application no.",
  kind: "Service",
  applicant: "Applicant",
  citizenId: "ID number",
  status: "Status",
  due: "Due",
  overdue: "Overdue",
  assignee: "Handled by",
  take: "Accept and review",
  taken: "Application {number} accepted; you now handle it.",
  counts: "{submitted} to accept · {inReview} in review · {needs} awaiting materials",
  actions: "Actions",
};
