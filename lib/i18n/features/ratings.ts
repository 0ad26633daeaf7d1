// 好差评 where staff see it: the supervisors' follow-ups of poor ratings (差评整改回访), the ratings per
// station in the supervision table, the rating on the clerk's case screen; also the staff's own home on
// the landing page and the case-history lines of acts that keep the status (督办, 改派). Chinese first;
// merged under "ratings" by zh-cn.ts and en.ts.
import type { Widen } from "../widen";

export const ratingsZh = {
  followUp: {
    title: "差评整改回访",
    hint: "申请人评价为“不满意”或“非常不满意”（1–2 分）的案件，须在 {days} 个工作日内核实、整改并回访（国办发〔2019〕51号）。核实处理后填写情况说明并办结。",
    none: "没有待回访的差评。",
    openCount: "待回访 {n} 件",
    number: "申请编号",
    station: "派出所",
    score: "评分",
    comment: "评价内容",
    noComment: "（未填写评价内容）",
    ratedOn: "评价日期",
    dueOn: "回访期限",
    overdue: "已超期",
    note: "核实整改情况",
    noteHint: "写明核实了什么、如何整改、如何回访申请人（最多 {max} 字）。",
    noteRequired: "请填写核实整改情况（1–{max} 字）后再办结。",
    close: "办结回访",
    closedTitle: "最近办结的回访",
    closedBy: "{name} 于 {date} 办结",
    done: "已办结 {number} 的差评回访。",
    alreadyClosed: "该回访已经办结，无需重复办结。",
    notFound: "没有找到该回访，或不在您的辖区内。",
    error: "未能办结回访。",
  },
  caseCard: {
    title: "好差评",
    score: "评分",
    comment: "评价内容",
    ratedAt: "评价时间",
    followUpOpen: "差评整改回访进行中，期限 {date}",
    followUpClosed: "差评已回访：{note}",
  },
  table: {
    ratings: "期间评价数",
    average: "平均评分",
    averageValue: "{value} 分",
  },
  eventKind: {
    FLAG: "督办",
    UNFLAG: "撤销督办",
    REASSIGN: "改派",
  },
  staffHome: {
    CLERK: "进入户籍工作台",
    SUPERVISOR: "进入督办总览",
    ADMIN: "进入系统管理",
  },
};

export const ratingsEn: Widen<typeof ratingsZh> = {
  followUp: {
    title: "Follow-ups of poor ratings",
    hint: "Cases the applicant rated “dissatisfied” or “very dissatisfied” (1–2) must be checked, put right and followed up with the applicant within {days} working days (State Council General Office 2019 No. 51). Close each with a note once handled.",
    none: "No poor rating waits for a follow-up.",
    openCount: "{n} waiting",
    number: "Application",
    station: "Police station",
    score: "Rating",
    comment: "Comment",
    noComment: "(no comment)",
    ratedOn: "Rated on",
    dueOn: "Due",
    overdue: "Overdue",
    note: "What was checked and done",
    noteHint: "Say what you checked, what was put right and how the applicant was contacted (up to {max} characters).",
    noteRequired: "Write what was checked and done (1–{max} characters) before closing.",
    close: "Close the follow-up",
    closedTitle: "Recently closed follow-ups",
    closedBy: "Closed by {name} on {date}",
    done: "The follow-up of {number} is closed.",
    alreadyClosed: "This follow-up is already closed.",
    notFound: "No such follow-up in your jurisdiction.",
    error: "The follow-up could not be closed.",
  },
  caseCard: {
    title: "Applicant's rating",
    score: "Rating",
    comment: "Comment",
    ratedAt: "Rated at",
    followUpOpen: "Poor rating under follow-up, due {date}",
    followUpClosed: "Poor rating followed up: {note}",
  },
  table: {
    ratings: "Ratings in period",
    average: "Average rating",
    averageValue: "{value}",
  },
  eventKind: {
    FLAG: "Flagged (督办)",
    UNFLAG: "Flag removed",
    REASSIGN: "Reassigned",
  },
  staffHome: {
    CLERK: "Go to the workbench",
    SUPERVISOR: "Go to supervision",
    ADMIN: "Go to administration",
  },
};
