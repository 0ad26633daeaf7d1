import type { Translate } from "@/lib/i18n";
import { OutcomeBanner } from "@/components/forms/outcome-banner";

/** What the last upload or removal did: the files taken, a removal, a refusal, the files refused one by one. */
export function UploadNotices({
  uploaded,
  removed,
  refusal,
  refusedFiles,
  t,
}: {
  uploaded: { id: string; text: string }[];
  removed: boolean;
  refusal: string | null;
  refusedFiles: { key: string; text: string }[];
  t: Translate;
}) {
  return (
    <>
      {uploaded.length ? (
        <div role="status" className="rounded border border-green-200 bg-green-50 p-3 text-green-900" data-testid="upload-done">
          <p>{t("apply.docs.uploadedOk", { n: uploaded.length })}</p>
          <ul className="mt-1 list-disc pl-5">
            {uploaded.map((d) => (
              <li key={d.id} className="break-all">
                {d.text}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <OutcomeBanner
        look="soft"
        outcome={{ done: removed ? t("apply.docs.removedOk") : null, error: refusal ? `${t("apply.docs.refused")} ${refusal}` : null }}
        testIds={{ error: "upload-error" }}
      />
      {refusedFiles.length ? (
        <div role="alert" className="rounded border border-red-200 bg-red-50 p-3 text-red-900" data-testid="upload-error">
          <p>{t("apply.docs.refusedFiles", { n: refusedFiles.length })}</p>
          <ul className="mt-1 list-disc pl-5">
            {refusedFiles.map((r, i) => (
              <li key={`${r.key}-${i}`}>{r.text}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}
