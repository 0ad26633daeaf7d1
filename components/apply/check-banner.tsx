import Link from "next/link";
import type { Locale, Translate } from "@/lib/i18n";
import { isDomainErrorCode } from "@/lib/errors";
import { checklistItem } from "@/lib/applications/checklist";
import { OutcomeBanner } from "@/components/forms/outcome-banner";

export const SECTION_DETAILS = { about: 1, home: 1, work: 1, grounds: 1, family: 1, permit: 1, child: 1, person: 1 };

/** Why the last submit was refused (?error=…&details=…): the missing documents, the sections to finish, or the error's words. */
export function CheckBanner(props: {
  error: string | undefined;
  details: string[];
  missing: { id: string }[];
  applicationId: string;
  errorId: string | undefined;
  t: Translate;
  locale: Locale;
}) {
  const { error, details, missing, applicationId, errorId, t } = props;
  const en = props.locale === "en";
  if (error === "MISSING_DOCUMENTS") {
    const items = (details.length ? details : missing.map((m) => m.id)).map((d) => checklistItem(d)).filter((d) => d !== null);
    return (
      <div role="alert" className="rounded border-2 border-red-700 bg-white p-4" data-testid="missing-documents">
        <p className="font-semibold text-red-800">{t("errors.MISSING_DOCUMENTS")}</p>
        <ul className="mt-1 list-disc pl-5">
          {items.map((i) => (
            <li key={i.id}>{en ? i.labelEn : i.labelZh}</li>
          ))}
        </ul>
        <p className="mt-2">
          <Link href={`/apply/${applicationId}/documents`} className="text-blue-800 underline underline-offset-2">
            {t("apply.section.documents")}
          </Link>
        </p>
      </div>
    );
  } else if (error === "VALIDATION" && details.includes("answers")) {
    return <OutcomeBanner look="soft" outcome={{ done: null, error: t("apply.check.invalidAnswers") }} />;
  } else if (error === "VALIDATION" && details.some((d) => d in SECTION_DETAILS)) {
    return (
      <div role="alert" className="rounded border border-red-200 bg-red-50 p-3 text-red-900">
        <p>{t("apply.check.incomplete")}</p>
        <ul className="list-disc pl-5">
          {details
            .filter((d) => d in SECTION_DETAILS)
            .map((d) => (
              <li key={d}>
                <Link href={`/apply/${applicationId}/${d}`} className="underline">
                  {t(`apply.section.${d as "about"}`)}
                </Link>
              </li>
            ))}
        </ul>
      </div>
    );
  } else if (error === "STALE") {
    return <OutcomeBanner look="soft" outcome={{ done: null, error: t("apply.errors.STALE") }} testIds={{ error: "stale" }} />;
  } else if (error) {
    const text = isDomainErrorCode(error)
      ? t(`errors.${error}`)
      : `${t("common.genericError")} ${t("common.errorId", { id: errorId ?? "—" })}`;
    return <OutcomeBanner look="soft" outcome={{ done: null, error: text }} />;
  }
  return null;
}
