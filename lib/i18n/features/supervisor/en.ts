// English for supervisor/zh-CN.ts (the type checker refuses a missing string).
import type { Widen } from "../../widen";
import type { supervisorZh } from "./zh-CN";

export const supervisorEn: Widen<typeof supervisorZh> = {
  title: "Supervision overview",
  scope: "Jurisdiction: {name}",
  openTitle: "Open cases and time limits",
  open: "Open",
  overdue: "Overdue",
  byStation: "By police station",
};
