import type { Translate } from "@/lib/i18n";
import type { VerifyResult } from "@/lib/certificates/verify";

type Known = Extract<VerifyResult, { state: "genuine" | "revoked" }>;

/** Past the check limit: one sentence says when to try again (the page answers 200, not 429). */
export function VerifyThrottled({ retryAfterSeconds, t }: { retryAfterSeconds: number; t: Translate }) {
  return (
    <section
      role="alert"
      aria-labelledby="verify-result"
      className="rounded-lg border-l-8 border-amber-700 bg-amber-50 p-4 text-amber-900 sm:p-6"
      data-state="throttled"
    >
      <h2 id="verify-result" className="text-xl font-bold">
        {t("certificate.verify.throttled")}
      </h2>
      <p className="mt-2">{t("certificate.verify.throttledBody", { seconds: retryAfterSeconds })}</p>
    </section>
  );
}

/** A genuine or revoked certificate's particulars, the holder masked. */
export function VerifyDetails({ result, day, t }: { result: Known; day: (iso: string) => string; t: Translate }) {
  return (
    <section className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm sm:p-6">
      <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[10rem_1fr]">
        <dt className="text-stone-600">{t("certificate.verify.code")}</dt>
        <dd className="break-all font-mono">{result.code}</dd>
        <dt className="text-stone-600">{t("certificate.verify.kindLabel")}</dt>
        <dd>{t(`certificate.kind.${result.kind}`)}</dd>
        <dt className="text-stone-600">{t("certificate.verify.issuedOn")}</dt>
        <dd>{day(result.issuedOn)}</dd>
        <dt className="text-stone-600">{t("certificate.verify.station")}</dt>
        <dd>{result.stationName}</dd>
        <dt className="text-stone-600">{t("certificate.verify.holder")}</dt>
        <dd data-testid="holder-name">{result.holderName}</dd>
        <dt className="text-stone-600">{t("certificate.verify.holderId")}</dt>
        <dd className="font-mono" data-testid="holder-id">
          {result.holderCitizenId}
        </dd>
      </dl>
      <p className="mt-4 text-sm text-stone-600">{t("certificate.verify.maskedNote")}</p>
    </section>
  );
}
