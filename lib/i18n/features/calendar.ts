// How far the holiday calendar reaches (docs/decisions/0238): the warning administrators and
// supervisors see from 60 days before the confirmed calendar ends, and the note on a deadline past it.
// Chinese first; merged under "calendarCoverage" by zh-cn.ts and en.ts.
import type { Widen } from "../widen";

export const calendarCoverageZh = {
  endingTitle: "节假日安排即将用完",
  endedTitle: "节假日安排已用完",
  ending: "已录入的国务院办公厅节假日安排只到 {date}，还剩 {days} 天；在此之后到期的办理期限都是暂定的，可能不准。",
  ended: "已录入的国务院办公厅节假日安排只到 {date}，之后的日期没有已公布的放假调休安排；在此之后到期的办理期限都是暂定的，可能不准。",
  none: "尚未录入国务院办公厅的节假日安排：办理期限都是暂定的，可能不准。",
  statutory: "{from} 至 {to} 只载入了《全国年节及纪念日放假办法》规定的法定节假日，没有调休上班日和补休日。",
  adminAction: "国务院办公厅公布下一年度的节假日安排后，请逐日录入放假日和调休上班日，来源写通知名称。",
  adminLink: "录入节假日安排",
  provisional: "暂定：节假日安排只确认到 {date}，录入国务院办公厅之后的放假调休安排后，此期限可能变化。",
};

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
