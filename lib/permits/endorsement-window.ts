// When a residence permit may be endorsed (签注), from 《居住证暂行条例》 第十四条: "在居住每满一年之日前一个月内"
// the holder endorses; missed, the permit's use is suspended; endorsed late, it resumes and the years
// of residence count again from the late endorsement. `validUntil` is the anniversary (the end of the
// year endorsed so far, prisma/seed/permits.ts). Pure: the date is an argument (decision record 0013).
import { addYears, isLeapYear } from "@/lib/policy/dates";
import type { IsoDate } from "@/lib/policy/types";
import type { PermitStatus } from "@/lib/generated/prisma/enums";
import { dayOf } from "@/lib/clock/day";

export type EndorsementWindow =
  /** Before the month before the anniversary: nothing to do yet. */
  | { state: "not_yet"; opensOn: IsoDate; anniversary: IsoDate }
  /** In the month before the anniversary, the anniversary itself included: endorse on time. */
  | { state: "open"; opensOn: IsoDate; anniversary: IsoDate }
  /** Missed (or suspended): a late endorsement restores the permit; residence years restart on it. */
  | { state: "late"; anniversary: IsoDate; lateUntil: IsoDate }
  /** Expired, cancelled, or missed for more than a year: a new permit is needed, not an endorsement. */
  | { state: "none"; anniversary: IsoDate };

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The same day one calendar month earlier, or the month's last day when it is shorter (03-31 → 02-28/29). */
export function monthBefore(date: IsoDate): IsoDate {
  let year = Number(date.slice(0, 4));
  let month = Number(date.slice(5, 7)) - 1;
  if (month === 0) {
    month = 12;
    year -= 1;
  }
  const last = month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1];
  const day = Math.min(Number(date.slice(8, 10)), last);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function asIso(value: Date | IsoDate): IsoDate {
  return typeof value === "string" ? value : dayOf(value);
}

export function endorsementWindow(options: {
  permit: { status: PermitStatus; validUntil: Date | IsoDate };
  today: IsoDate;
}): EndorsementWindow {
  const { permit, today } = options;
  const anniversary = asIso(permit.validUntil);
  // Missed for more than a year the holder is taken to have left (the seed's EXPIRED): no endorsement.
  const lateUntil = addYears({ date: anniversary, years: 1 });
  if (permit.status === "EXPIRED" || permit.status === "CANCELLED") return { state: "none", anniversary };
  if (today > lateUntil) return { state: "none", anniversary };
  if (permit.status === "SUSPENDED" || today > anniversary) return { state: "late", anniversary, lateUntil };
  const opensOn = monthBefore(anniversary);
  return today >= opensOn ? { state: "open", opensOn, anniversary } : { state: "not_yet", opensOn, anniversary };
}

/** Endorsement may be applied for and accepted: on time (open) or late (with its consequence). */
export function mayEndorse(window: EndorsementWindow): window is Extract<EndorsementWindow, { state: "open" | "late" }> {
  return window.state === "open" || window.state === "late";
}

/**
 * The window on the day the holder applied, for the decision: an application made on time stays on
 * time however long the case then takes (the anniversary may pass, the overdue job may suspend the
 * permit meanwhile — neither is the holder's doing). Without an application date, today's window.
 */
export function windowForDecision(options: {
  permit: { status: PermitStatus; validUntil: Date | IsoDate };
  appliedOn: IsoDate | null;
  today: IsoDate;
}): EndorsementWindow {
  const { permit, appliedOn, today } = options;
  if (!appliedOn) return endorsementWindow({ permit, today });
  const anniversary = asIso(permit.validUntil);
  const status = permit.status === "SUSPENDED" && appliedOn <= anniversary ? "VALID" : permit.status;
  return endorsementWindow({ permit: { status, validUntil: anniversary }, today: appliedOn });
}

/** Refusal outside the window, naming it: details are [state, opensOn, anniversary] for the message. */
export function endorsementRefusalDetails(window: EndorsementWindow): string[] {
  return window.state === "not_yet" ? ["not_yet", window.opensOn, window.anniversary] : [window.state, window.anniversary];
}
