// Error codes (lib/errors.ts) in words: what a refused action tells the user. Chinese first; assembled by lib/i18n/zh-cn.ts.
import { limitErrorsZh } from "../limits/zh-CN";

export const errorsZh = {
  STALE: "该案件已被他人更新，请刷新后重试。",
  NOT_FOUND: "没有找到该记录。",
  INVALID_STATE: "该案件当前状态不能执行此操作。",
  FORBIDDEN: "您没有执行此操作的权限。",
  UNAUTHENTICATED: "请先登录。",
  VALIDATION: "提交的内容有误，请按标出的项目更正后重试。",
  FILE_EMPTY: "文件是空的（0 字节），请重新选择。",
  FILE_TOO_LARGE: "文件超过 10 MB，请压缩或分页后再上传。",
  FILE_TYPE: "只接受 PDF、JPEG 或 PNG 文件（按文件内容判断，不看扩展名）。",
  MISSING_DOCUMENTS: "还缺少必需材料，请在“上传材料”中补齐后重试。",
  NOT_HOLDER: "这件案件不在您名下：请先受理该案件；已由其他民警受理的，请所长改派给您后再作决定。",
  ENDORSEMENT_WINDOW: "现在不能办理签注：签注在居住证每满一年之日前一个月内办理（《居住证暂行条例》第十四条）。",
  ...limitErrorsZh,
  IDENTITY_UNVERIFIED: "您的身份尚未核验，暂不能办理涉及户口、居住证或证明的事项：请携带居民身份证原件到任一派出所户籍窗口核验身份。",
};
