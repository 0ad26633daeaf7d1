// Refusals of the authorization round two (issue 16: M1 forced password change, M2 decisions by the
// handling clerk, L2 supervisors and uploaded files). Merged under "authz" by lib/i18n/zh-cn.ts and lib/i18n/en.ts.

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
