// English for calendar/zh-CN.ts (the Chinese is the source; the type checker refuses a missing string).
import type { Widen } from "../../widen";
import type { calendarCoverageZh } from "./zh-CN";

export const calendarCoverageEn: Widen<typeof calendarCoverageZh> = {
  endingTitle: "The holiday calendar is running out",
  endedTitle: "The holiday calendar has run out",
  ending:
    "The State Council's holiday arrangements entered so far end on {date}, {days} days from now; deadlines falling after that date are provisional and may be wrong.",
  ended:
    "The State Council's holiday arrangements entered so far end on {date}; no published arrangement covers the days after it, and deadlines falling after that date are provisional and may be wrong.",
  none: "No State Council holiday arrangement has been entered: every deadline is provisional and may be wrong.",
  statutory:
    "From {from} to {to} only the statutory holidays of the national holiday regulations (《全国年节及纪念日放假办法》) are loaded, without make-up working days or days off in lieu.",
  adminAction:
    "When the State Council publishes next year's arrangement, enter its days off and make-up working days one by one, with the notice's title as the source.",
  adminLink: "Enter the holiday arrangement",
  provisional:
    "Provisional: the holiday calendar is confirmed only to {date}; this deadline may change once the State Council's arrangement for the days after it is entered.",
};
