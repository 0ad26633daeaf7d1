// A forgotten password (issue 15, item 5): the public "forgot password" page and the counter reset a
// hukou officer does at the 户籍窗口. Chinese first; merged under "forgot" and "counterReset" by
// zh-cn.ts and en.ts; the type checker refuses a missing English string.
import type { Widen } from "../widen";

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

export const forgotEn: Widen<typeof forgotZh> = {
  link: "Forgot your password?",
  title: "Forgot your password",
  intro: "To protect your household-registration data, a password is only reset once we know it is you.",
  noChannel: "This portal has no SMS or e-mail password reset. Reset it in person at a police station's hukou counter:",
  step1: "Bring your own resident identity card (the original) to the hukou counter (户籍窗口) of any police station during office hours.",
  step2:
    "Tell the officer you need to reset your 户籍通办 password. After checking your card in person, the officer gives you a one-time password.",
  step3: "Back on the sign-in page, enter your citizen ID number as the username (a final X in either case) and the one-time password.",
  step4: "You are then asked to choose your own new password at once; your sign-ins on other devices end.",
  lockedNote:
    "An account locked after too many wrong passwords can sign in as soon as the counter has reset it; no need to wait 15 minutes.",
  takenNote:
    "Has someone else registered your citizen ID number? Bring your original identity card to a hukou counter too: once the officer has checked it, the account is yours, every earlier password and sign-in stops working, and your identity is verified.",
  staffNote: "Staff (officers, supervisors, administrators) who forgot their password: ask a system administrator.",
  back: "Back to sign-in",
  noAccount: "No account yet?",
  register: "Register",
};

export const counterResetEn: Widen<typeof counterResetZh> = {
  title: "Reset an applicant's password",
  workbenchLink: "Reset an applicant's password (at the counter)",
  intro:
    "A resident who forgot the password comes to the counter in person with the original identity card. Once the card is checked against the person, issue a one-time password; at first sign-in with it the resident must choose a new password.",
  staffNote: "Only applicant (resident) accounts can be reset here. Staff passwords are reset by a system administrator.",
  account: "Username or citizen ID number",
  accountHint: "A resident's username is the 18-character number on the identity card; a final X in either case.",
  name: "Name (as on the identity card)",
  identityChecked: "I have checked the original identity card in person, and it matches the person",
  submit: "Issue a one-time password",
  errorTitle: "Please correct the following",
  done: "The password of {name} is reset; every sign-in of the account has ended.",
  oneTime: "One-time password (shown only this once; hand it to the person):",
  mustChange: "Signing in with the citizen ID number and this one-time password, the resident must choose a new password at once.",
  reclaimed:
    "This account had not been verified; it is now verified and belongs to this person. Whoever signed in to it before can no longer do so.",
  reclaimedOpen:
    "Before verification the account had these open applications: go through them with the person; any they did not make, they withdraw after signing in:",
  reclaimedNone: "Before verification the account had no open applications.",
  back: "Back to the workbench",
  error: {
    accountRequired: "Enter a username or citizen ID number",
    accountLong: "A username or citizen ID number has at most 64 characters",
    nameRequired: "Enter the name on the identity card",
    nameLong: "A name has at most 40 characters",
    identityNotChecked: "Check the original identity card in person first, and tick the box",
    nameMismatch: "The name does not match the account's: check the identity card",
    notFound: "No applicant account found: check the username or citizen ID number",
    staff: "This is a staff account: officers can reset applicant accounts only; ask a system administrator",
    inactive: "This account is deactivated: ask a system administrator",
    forbidden: "You may not do this",
    unexpected: "The operation could not be completed (error id: {id})",
  },
};
