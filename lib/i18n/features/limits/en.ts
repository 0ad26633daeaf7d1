// English for limits/zh-CN.ts (the Chinese is the source; the type checker refuses a missing string).
import { mb, QUANTITY_LIMITS as L } from "@/lib/applications/quantity-limits";
import type { limitErrorsZh } from "./zh-CN";

export const limitErrorsEn: typeof limitErrorsZh = {
  LIMIT_FILES_PER_ITEM: `Up to ${L.filesPerItem} files can be uploaded for one document: remove a file you do not need under it first, then upload.`,
  LIMIT_BYTES_PER_CASE: `The files of one application may not exceed ${mb(L.bytesPerCase)} MB in all: remove files you do not need, or compress photos, then upload.`,
  LIMIT_BYTES_PER_ACCOUNT: `The files uploaded by one account may not exceed ${mb(L.bytesPerAccount)} MB in all: remove files you do not need from your drafts; if you need more, go to a police station's hukou counter.`,
  LIMIT_DRAFTS_PER_KIND: `You can have ${L.draftsPerKind} unsubmitted draft of each kind: continue the draft you have under "Applications not submitted yet", or withdraw it before starting again.`,
  LIMIT_DRAFTS_TOTAL: `You can have at most ${L.draftsTotal} unsubmitted drafts: submit or withdraw one under "Applications not submitted yet" before starting a new application.`,
  LIMIT_UPLOAD_RATE: `Too many uploads: at most ${L.uploadsPerWindow} files every ${L.uploadWindowS / 60} minutes. Please try again later.`,
};
