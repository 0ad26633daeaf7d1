import Link from "next/link";
import type { Translate } from "@/lib/i18n";
import { isDomainErrorCode } from "@/lib/errors";

/** The start page's messages: a prefilled answer from the self-check (or an unreadable one) and a refused start. */
export function StartNotices({
  factsOk,
  error,
  field,
  t,
}: {
  factsOk: boolean | null;
  error: string | undefined;
  field: string | undefined;
  t: Translate;
}) {
  return (
    <>
      {factsOk === true ? (
        <p role="status" className="rounded border border-green-200 bg-green-50 p-3">
          {t("apply.start.prefilled")}
        </p>
      ) : null}
      {factsOk === false ? (
        <p role="alert" className="rounded border border-amber-300 bg-amber-50 p-3">
          {t("apply.start.factsInvalid")}
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="rounded border border-red-200 bg-red-50 p-3 text-red-900">
          {isDomainErrorCode(error) ? t(`errors.${error}`) : t("common.genericError")}
          {field === "station" ? ` ${t("apply.start.stationHint")}` : ""}
          {error.startsWith("LIMIT_DRAFTS") ? (
            <>
              {" "}
              <Link href="/apply" className="font-semibold underline underline-offset-2">
                {t("apply.chooser.drafts")} →
              </Link>
            </>
          ) : null}
        </p>
      ) : null}
    </>
  );
}
