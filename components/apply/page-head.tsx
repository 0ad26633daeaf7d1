// The head of an application's sub-page (a section, the documents, the check): back to the overview, then the title.
import Link from "next/link";
import type { Translate } from "@/lib/i18n";

export function ApplyPageHead({ applicationId, title, t }: { applicationId: string; title: string; t: Translate }) {
  return (
    <>
      <p>
        <Link href={`/apply/${applicationId}`} className="text-blue-800 underline underline-offset-2">
          ← {t("apply.section.back")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{title}</h1>
    </>
  );
}
