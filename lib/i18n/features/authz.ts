// Refusals of the authorization round two (issue 16: M1 forced password change, M2 decisions by the
// handling clerk, L2 supervisors and uploaded files). Merged under "authz" by zh-cn.ts and en.ts.
import type { Widen } from "../widen";

export const authzZh = {
  /** /account/password?refused=1: an action was tried before the one-time password was replaced. */
  passwordFirst: "刚才的操作没有执行：使用一次性密码登录后，须先设定自己的新密码，才能办理其他事项。",
  /** A route handler (download, export) refuses such a session with this one sentence (HTTP 403). */
  passwordFirstRoute: "请先在 /account/password 设定新密码，再下载或导出：一次性密码登录后不能办理其他事项。",
  /** M2: a decision on a case someone else holds (or nobody holds yet). */
  notHolder: "这件案件不在您名下：请先受理该案件；已由其他民警受理的，请所长改派给您后再作决定。",
  /** L2: supervisors watch the handling, not the person's files. */
  supervisorNoFiles: "督办人员不查看申请人上传的材料原件：材料由受理民警审核。",
  /** L3: beside a masked ID number only the year of birth is shown. */
  bornIn: "{year}年出生",
  birthYear: "出生年份",
  /** L2: a personal fact the supervisor does not see. */
  withheld: "（仅受理民警可见）",
};

export const authzEn: Widen<typeof authzZh> = {
  passwordFirst:
    "That was not done: after signing in with a one-time password you must choose your own new password before doing anything else.",
  passwordFirstRoute:
    "Choose a new password at /account/password first: after signing in with a one-time password nothing can be downloaded or exported.",
  notHolder:
    "This case is not yours: take the case first; if another officer holds it, ask the station lead to reassign it to you before deciding.",
  supervisorNoFiles: "Supervisors do not open the applicant's uploaded files: the handling officer reviews them.",
  bornIn: "born {year}",
  birthYear: "Year of birth",
  withheld: "(shown to the handling officers only)",
};
