// What the resident reads when a quantity limit (issue 16, M5) refuses a file or a draft: the limit by its
// number, taken from the one config module, and what to do next.
import { mb, QUANTITY_LIMITS as L } from "@/lib/applications/quantity-limits";

export const limitErrorsZh = {
  LIMIT_FILES_PER_ITEM: `每项材料最多上传 ${L.filesPerItem} 个文件：请先删除该项下不需要的文件，再上传。`,
  LIMIT_BYTES_PER_CASE: `一份申请的材料合计不能超过 ${mb(L.bytesPerCase)} MB：请先删除不需要的文件，或把照片压缩后再上传。`,
  LIMIT_BYTES_PER_ACCOUNT: `一个账号上传的材料合计不能超过 ${mb(L.bytesPerAccount)} MB：请删除草稿中不需要的文件；确需更多的，请到派出所户籍窗口办理。`,
  LIMIT_DRAFTS_PER_KIND: `同一类申请只能有 ${L.draftsPerKind} 份未提交的草稿：请在“未提交的申请”中继续填写已有的草稿，或撤回它后再开始。`,
  LIMIT_DRAFTS_TOTAL: `未提交的草稿最多 ${L.draftsTotal} 份：请先在“未提交的申请”中提交或撤回一份草稿，再开始新的申请。`,
  LIMIT_UPLOAD_RATE: `上传过于频繁：每 ${L.uploadWindowS / 60} 分钟最多上传 ${L.uploadsPerWindow} 个文件，请稍后再试。`,
};
