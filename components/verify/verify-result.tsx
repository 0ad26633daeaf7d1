import Link from "next/link";
import type { Translate } from "@/lib/i18n";
import type { VerifyResult } from "@/lib/certificates/verify";
import { TitledSection } from "@/components/ui/section";

type Known = Extract<VerifyResult, { state: "genuine" | "revoked" }>;

/** Each answer's box: a thick left border in the answer's colour (amber for "try again later"). */
const VERDICT_CLASS = {
  genuine: "rounded-lg border-l-8 p-4 sm:p-6 border-green-700 bg-green-50 text-green-900",
  revoked: "rounded-lg border-l-8 p-4 sm:p-6 border-amber-700 bg-amber-50 text-amber-900",
  invalid: "rounded-lg border-l-8 p-4 sm:p-6 border-red-700 bg-red-50 text-red-900",
  unknown: "rounded-lg border-l-8 p-4 sm:p-6 border-red-700 bg-red-50 text-red-900",
  throttled: "rounded-lg border-l-8 border-amber-700 bg-amber-50 p-4 text-amber-900 sm:p-6",
} as const;

/**
 * The answer in a heading and a sentence. Past the check limit (`throttled`) the sentence says when to try
 * again, as an alert (the page answers 200, not 429).
 */
export function VerifyVerdict({ state, heading, body }: { state: keyof typeof VERDICT_CLASS; heading: string; body: string }) {
  return (
    <TitledSection
      id="verify-result"
      title={heading}
      role={state === "throttled" ? "alert" : undefined}
      className={VERDICT_CLASS[state]}
      data-state={state}
      titleClassName="text-xl font-bold"
    >
      <p className="mt-2">{body}</p>
    </TitledSection>
  );
}

/** The result page around its answer: the title above, the way back to the form below. */
export function VerifyResultFrame({ t, children }: { t: Translate; children: React.ReactNode }) {
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold">{t("certificate.verify.title")}</h1>
      {children}
      <p>
        <Link href="/verify" className="text-blue-800 underline">
          {t("certificate.verify.again")}
        </Link>
      </p>
    </div>
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
