// /verify/<code> — public answer about one certificate: genuine, revoked, not a valid code, or no
// such certificate. Only masked personal data; never indexed; nothing hints at nearby codes.
// 60 checks a minute per client address (I2 of issue 16, docs/decisions/0274); past them one sentence
// says when to try again. A page cannot answer 429 in the App Router, so the refusal is a 200 page.
import Link from "next/link";
import { getDb } from "@/lib/db";
import { getT } from "@/lib/i18n/server";
import { formatDate } from "@/lib/format";
import { verifyCertificate } from "@/lib/certificates/verify";
import { requestClient } from "@/lib/auth/request-client";
import { throttleVerify } from "@/lib/auth/throttle";
import { chinaNoon } from "@/lib/clock/day";
import { pageMetadata } from "@/lib/i18n/page-metadata";
import { VerifyDetails, VerifyThrottled } from "@/components/verify/verify-result";

export const dynamic = "force-dynamic";

export const generateMetadata = pageMetadata("certificate.verify.resultTitle", {
  robots: { index: false, follow: false },
  referrer: "no-referrer",
});

const TONE = {
  genuine: "border-green-700 bg-green-50 text-green-900",
  revoked: "border-amber-700 bg-amber-50 text-amber-900",
  invalid: "border-red-700 bg-red-50 text-red-900",
  unknown: "border-red-700 bg-red-50 text-red-900",
} as const;

export default async function VerifyResultPage({ params }: { params: Promise<{ code: string }> }) {
  const [{ t, locale }, { code: raw }] = await Promise.all([getT(), params]);
  let input = raw;
  try {
    input = decodeURIComponent(raw);
  } catch {
    // A broken escape is just a code that will not check.
  }
  const allowed = await throttleVerify({ address: (await requestClient()).address });
  if (!allowed.ok) {
    return (
      <div className="mx-auto max-w-2xl space-y-6">
        <h1 className="text-2xl font-bold">{t("certificate.verify.title")}</h1>
        <VerifyThrottled retryAfterSeconds={allowed.retryAfterSeconds} t={t} />
        <p>
          <Link href="/verify" className="text-blue-800 underline">
            {t("certificate.verify.again")}
          </Link>
        </p>
      </div>
    );
  }
  const result = await verifyCertificate({ db: getDb(), code: input });
  const day = (iso: string) => formatDate(chinaNoon(iso), locale);
  const heading = t(`certificate.verify.${result.state}`);
  const body =
    result.state === "revoked" && result.revokedOn
      ? t("certificate.verify.revokedBody", { date: day(result.revokedOn) })
      : t(`certificate.verify.${result.state}Body`);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold">{t("certificate.verify.title")}</h1>
      <section
        aria-labelledby="verify-result"
        className={`rounded-lg border-l-8 p-4 sm:p-6 ${TONE[result.state]}`}
        data-state={result.state}
      >
        <h2 id="verify-result" className="text-xl font-bold">
          {heading}
        </h2>
        <p className="mt-2">{body}</p>
      </section>
      {result.state === "genuine" || result.state === "revoked" ? <VerifyDetails result={result} day={day} t={t} /> : null}
      <p>
        <Link href="/verify" className="text-blue-800 underline">
          {t("certificate.verify.again")}
        </Link>
      </p>
    </div>
  );
}
