// A forgotten password (issue 15, item 5): the public "forgot password" page and the counter reset a
// hukou officer does at the 户籍窗口. Chinese first; merged under "forgot" and "counterReset" by
// zh-cn.ts and en.ts; the type checker refuses a missing English string.

export const forgotZh = {
  link: "忘记密码？",
  title: "忘记密码",
  intro: "为保护您的户籍信息，密码只能在核实您本人身份之后重设。",
  noChannel: "本平台目前没有开通短信或电子邮件找回密码。请到派出所户籍窗口当面办理：",
  step1: "携带本人居民身份证原件，在工作时间到任一派出所的户籍窗口。",
  step2: "告诉户籍民警您要重置户籍通办的登录密码。民警当面核验身份证后，为您生成一次性密码。",
  step3: "回到登录页，用户名填公民身份号码（末位 X 大小写均可），密码填一次性密码。",
  step4: "系统会要求您立即设定自己的新密码；您在其他设备上的登录同时结束。",
  lockedNote: "因连续输错密码被锁定的账号，在窗口重置密码后即可登录，不必等待 15 分钟。",
  takenNote:
    "您的公民身份号码已被他人注册？同样携带身份证原件到户籍窗口：民警核验后账号归您本人，此前的密码和登录全部失效，您的身份也随之核验。",
  staffNote: "工作人员（民警、督办人员、管理员）忘记密码，请联系系统管理员。",
  back: "返回登录",
  noAccount: "还没有账号？",
  register: "注册账号",
};

export const counterResetZh = {
  title: "重置申请人密码",
  workbenchLink: "重置申请人密码（窗口办理）",
  intro:
    "居民忘记密码时，须本人携带居民身份证原件到户籍窗口办理。核验证件与本人相符后，为其生成一次性密码；居民用它登录后必须立即设定新密码。",
  staffNote: "只能重置申请人（居民）账号。工作人员账号的密码由系统管理员重置。",
  account: "用户名或公民身份号码",
  accountHint: "居民的用户名就是身份证上的 18 位号码；末位 X 大小写均可。",
  name: "姓名（与身份证一致）",
  identityChecked: "已当面核验居民身份证原件，证件与本人相符",
  submit: "生成一次性密码",
  errorTitle: "请改正以下问题",
  done: "已为 {name} 重置密码，该账号原有的登录已全部结束。",
  oneTime: "一次性密码（只显示这一次，请当面交给本人）：",
  mustChange: "居民用公民身份号码和这个一次性密码登录后，必须立即设定自己的新密码。",
  reclaimed: "该账号此前未核验身份，现已核验并归本人所有；此前用该账号登录的人已无法再登录。",
  reclaimedOpen: "该账号在核验前有以下未办结的申请，请与本人逐一核对，不是本人办理的，请本人登录后撤回：",
  reclaimedNone: "该账号在核验前没有未办结的申请。",
  back: "返回工作台",
  error: {
    accountRequired: "请输入用户名或公民身份号码",
    accountLong: "用户名或公民身份号码不能超过 64 个字符",
    nameRequired: "请输入身份证上的姓名",
    nameLong: "姓名不能超过 40 个字符",
    identityNotChecked: "请先当面核验居民身份证原件，并勾选确认",
    nameMismatch: "姓名与该账号登记的姓名不一致：请核对身份证",
    notFound: "没有找到该申请人账号：请核对用户名或公民身份号码",
    staff: "这是工作人员账号：户籍民警只能重置申请人账号，请联系系统管理员",
    inactive: "该账号已被停用：请联系系统管理员",
    forbidden: "您没有执行此操作的权限",
    unexpected: "系统暂时无法完成操作（错误编号：{id}）",
  },
};
