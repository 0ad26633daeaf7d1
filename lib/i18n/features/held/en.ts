// English for held/zh-CN.ts (the Chinese is the source; the type checker refuses a missing string).
import type { Widen } from "../../widen";
import type { heldZh, endorseWindowZh } from "./zh-CN";

export const heldEn: Widen<typeof heldZh> = {
  badge: "Fetched (the portal's own electronic record)",
  noUpload: "Nothing to upload: the portal has fetched it from its own records.",
  permit: "Residence permit {number}, valid until {date} (issued by this portal)",
  identity: "{name}, citizen ID {id} (the identity in the register, checked when the permit was issued)",
  household: "Household {number}, {address} (a family household in the register)",
  fetched: "Fetched",
};

export const endorseWindowEn: Widen<typeof endorseWindowZh> = {
  notYet: "Residence permit {number} can be endorsed from {from} to {to}; it cannot be endorsed now. Please come back then.",
  notYetShort: "Endorsement period {from} to {to}: apply then",
  late: "Overdue: residence permit {number} was due for endorsement by {date}. A late endorsement restores it, but your years of residence then count again from the day of the late endorsement.",
  none: "Residence permit {number} can no longer be endorsed; if you still live here, apply for a new residence permit.",
  backToMe: "Back to my home page",
};
