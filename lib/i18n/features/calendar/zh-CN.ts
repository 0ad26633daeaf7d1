// How far the holiday calendar reaches (docs/decisions/0238): the warning administrators and
// supervisors see from 60 days before the confirmed calendar ends, and the note on a deadline past it.
// Chinese first; merged under "calendarCoverage" by lib/i18n/zh-cn.ts and lib/i18n/en.ts.

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
