import type { Translate, Locale } from "@/lib/i18n";
import { formatDate, formatDateTime } from "@/lib/format";
import { Card } from "@/components/ui/card";
import { InlineTerm } from "@/components/ui/inline-term";
import type { NextStep } from "@/lib/applications/next-step";

interface DecisionView {
  status: string;
  decidedAt: Date | null;
  decisionReason: string | null;
  decisionClause: string | null;
}

interface CertificateView {
  id: string;
  code: string;
  kind: "SETTLEMENT_NOTICE" | "RESIDENCE_PERMIT" | "REGISTRATION_NOTICE" | "REFUSAL_DECISION";
  issuedOn: Date;
}

/** A refusal's appeal rights (行政许可法 第三十八条) and the next step that fits. */
export interface RefusalView {
  reviewBody: string;
  nextStep: NextStep;
}

/** The decision with its reason and clause, and the certificates it produced (a refusal: its written decision). */
export function DecisionCard({
  app,
  certificates,
  refusal,
  t,
  locale,
}: {
  app: DecisionView;
  certificates: CertificateView[];
  refusal?: RefusalView | null;
  t: Translate;
  locale: Locale;
}) {
  const heading =
    app.status === "APPROVED"
      ? t("me.decision.approved")
      : app.status === "REJECTED"
        ? t("me.decision.rejected")
        : t("me.decision.withdrawn");
  return (
    <Card title={t("me.decision.title")}>
      <div className="space-y-2" data-testid="decision">
        <p
          className={`text-lg font-semibold ${app.status === "APPROVED" ? "text-green-900" : app.status === "REJECTED" ? "text-red-900" : ""}`}
        >
          {heading}
        </p>
        <dl className="space-y-1">
          {app.decidedAt ? (
            <InlineTerm term={t("me.decision.decidedAt")} colon={t("common.colon")}>
              {formatDateTime(app.decidedAt, locale)}
            </InlineTerm>
          ) : null}
          {app.decisionReason ? (
            <InlineTerm term={t("me.decision.reason")} colon={t("common.colon")}>
              {app.decisionReason}
            </InlineTerm>
          ) : null}
          {app.decisionClause ? (
            <InlineTerm term={t("me.decision.clause")} colon={t("common.colon")}>
              {app.decisionClause}
            </InlineTerm>
          ) : null}
        </dl>
        {certificates.length > 0 ? (
          <Certificates certificates={certificates} rejected={app.status === "REJECTED"} t={t} locale={locale} />
        ) : null}
        {refusal ? <RefusalSections refusal={refusal} t={t} /> : null}
      </div>
    </Card>
  );
}

/** The certificates the decision produced (a refusal: its written decision), each with its code and a link to verify it. */
function Certificates({
  certificates,
  rejected,
  t,
  locale,
}: {
  certificates: CertificateView[];
  rejected: boolean;
  t: Translate;
  locale: Locale;
}) {
  return (
    <div className="pt-2">
      <h3 className="font-medium">{t(rejected ? "me.decision.decisionDocument" : "me.decision.certificates")}</h3>
      <ul className="space-y-2">
        {certificates.map((c) => (
          <li key={c.id}>
            <a href={`/certificates/${c.id}`} className="font-medium text-brand-700 underline">
              {t("me.decision.download", { kind: t(`certificate.kind.${c.kind}`) })}
            </a>
            <p className="text-sm">
              <span className="font-mono">{t("me.decision.code", { code: c.code })}</span> · {formatDate(c.issuedOn, locale)} ·{" "}
              <a href={`/verify/${encodeURIComponent(c.code)}`} className="text-blue-800 underline" data-testid="verify-link">
                {t("care.verify.certificateLink")}
              </a>
            </p>
          </li>
        ))}
      </ul>
      <p className="text-sm text-stone-600">
        {t("me.decision.verifyHint")}{" "}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- kept a plain link in the issue-17 refactor: behaviour unchanged */}
        <a href="/verify" className="text-blue-800 underline">
          {t("care.verify.landingLink")}
        </a>
      </p>
    </div>
  );
}

/** A refusal's appeal rights and the next step that fits. */
function RefusalSections({ refusal, t }: { refusal: RefusalView; t: Translate }) {
  return (
    <>
      <section className="pt-2" aria-labelledby="appeal-title" data-testid="appeal-rights">
        <h3 id="appeal-title" className="font-medium">
          {t("me.decision.appealTitle")}
        </h3>
        <p>{t("me.decision.appealRights", { reviewBody: refusal.reviewBody })}</p>
      </section>
      <section className="pt-2" aria-labelledby="next-title" data-testid="next-step">
        <h3 id="next-title" className="font-medium">
          {t("me.decision.nextTitle")}
        </h3>
        <p className="text-sm text-stone-700">{t(`me.decision.next.${refusal.nextStep.kind}.hint`)}</p>
        <a
          href={refusal.nextStep.href}
          className="mt-1 inline-block rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
        >
          {t(`me.decision.next.${refusal.nextStep.kind}.link`)}
        </a>
      </section>
    </>
  );
}
