// 好差评 on the case screen: the applicant's score and comment as given, and where a poor rating
// opened a follow-up, whether it is still open (with its deadline) or what the supervisor found.
import type { Translate } from "@/lib/i18n";
import { formatDateTime, isoDate } from "@/lib/format";
import { scoreLabelKey } from "@/lib/applications/rating-follow-ups";

export interface CaseRating {
  score: number;
  comment: string | null;
  createdAt: Date;
  followUp: { status: "OPEN" | "CLOSED"; dueOn: Date; note: string | null } | null;
}

export function RatingCard({ rating, t, locale }: { rating: CaseRating; t: Translate; locale: string }) {
  const poor = rating.score <= 2;
  return (
    <div data-testid="case-rating" className="space-y-2 text-sm">
      <dl className="grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[10rem_1fr]">
        <dt className="text-stone-600">{t("ratings.caseCard.score")}</dt>
        <dd className={poor ? "font-semibold text-red-700" : undefined}>
          <span aria-hidden className="mr-1 tracking-tight">
            {"★".repeat(rating.score)}
            {"☆".repeat(5 - rating.score)}
          </span>
          {t(scoreLabelKey(rating.score))}
        </dd>
        <dt className="text-stone-600">{t("ratings.caseCard.comment")}</dt>
        <dd className="whitespace-pre-wrap break-words">{rating.comment ?? t("ratings.followUp.noComment")}</dd>
        <dt className="text-stone-600">{t("ratings.caseCard.ratedAt")}</dt>
        <dd>{formatDateTime(rating.createdAt, locale)}</dd>
      </dl>
      {rating.followUp ? (
        <p
          className={`rounded border p-2 ${rating.followUp.status === "OPEN" ? "border-amber-300 bg-amber-50" : "border-stone-200 bg-stone-50"}`}
        >
          {rating.followUp.status === "OPEN"
            ? t("ratings.caseCard.followUpOpen", { date: isoDate(rating.followUp.dueOn) })
            : t("ratings.caseCard.followUpClosed", { note: rating.followUp.note ?? "" })}
        </p>
      ) : null}
    </div>
  );
}
