// /verify/<code> — public answer about one certificate: genuine, revoked, not a valid code, or no
// such certificate. Only masked personal data; never indexed; nothing hints at nearby codes.
// 60 checks a minute per client address (I2 of issue 16, docs/decisions/0274); past them one sentence
// says when to try again. A page cannot answer 429 in the App Router, so the refusal is a 200 page.
import { getDb } from "@/lib/db";
import { getT } from "@/lib/i18n/server";
import { formatDate } from "@/lib/format";
import { verifyCertificate } from "@/lib/certificates/verify";
import { requestClient } from "@/lib/auth/request-client";
import { throttleVerify } from "@/lib/auth/throttle";
import { chinaNoon } from "@/lib/clock/day";
import { pageMetadata } from "@/lib/i18n/page-metadata";
import { VerifyDetails, VerifyResultFrame, VerifyVerdict } from "@/components/verify/verify-result";

export const dynamic = "force-dynamic";

export const generateMetadata = pageMetadata("certificate.verify.resultTitle", {
  robots: { index: false, follow: false },
  referrer: "no-referrer",
});

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
      <VerifyResultFrame t={t}>
        <VerifyVerdict
          state="throttled"
          heading={t("certificate.verify.throttled")}
          body={t("certificate.verify.throttledBody", { seconds: allowed.retryAfterSeconds })}
        />
      </VerifyResultFrame>
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
    <VerifyResultFrame t={t}>
      <VerifyVerdict state={result.state} heading={heading} body={body} />
      {result.state === "genuine" || result.state === "revoked" ? <VerifyDetails result={result} day={day} t={t} /> : null}
    </VerifyResultFrame>
  );
}
