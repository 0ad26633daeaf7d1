// 好差评 where staff see it: the supervisors' follow-ups of poor ratings (差评整改回访), the ratings per
// station in the supervision table, the rating on the clerk's case screen; also the staff's own home on
// the landing page and the case-history lines of acts that keep the status (督办, 改派). Chinese first;
// merged under "ratings" by lib/i18n/zh-cn.ts and lib/i18n/en.ts.

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
