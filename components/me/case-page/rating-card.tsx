import type { ComponentProps } from "react";
import type { Translate } from "@/lib/i18n";
import type { OwnCase } from "@/lib/applications/own-case";
import { canRate } from "@/lib/applications/rate-application";
import { Card } from "@/components/ui/card";
import { RatingForm } from "@/components/me/rating-form";

/** 好差评: the rating given, or the form to give one once the case is decided. */
export function RatingCard({ app, action, t }: { app: OwnCase; action: ComponentProps<typeof RatingForm>["action"]; t: Translate }) {
  if (!canRate(app.status)) return null;
  return (
    <Card title={t("me.rating.title")}>
      {app.rating ? (
        <div data-testid="rating">
          <p>{t("me.rating.thanks", { score: app.rating.score })}</p>
          {app.rating.comment ? <p className="text-stone-700">{t("me.rating.yourComment", { comment: app.rating.comment })}</p> : null}
        </div>
      ) : (
        <RatingForm
          action={action}
          applicationId={app.id}
          labels={{
            legend: t("me.rating.legend"),
            scores: {
              "1": t("me.rating.score.1"),
              "2": t("me.rating.score.2"),
              "3": t("me.rating.score.3"),
              "4": t("me.rating.score.4"),
              "5": t("me.rating.score.5"),
            },
            comment: t("me.rating.comment"),
            submit: t("me.rating.submit"),
            summary: t("me.errors.summary"),
          }}
        />
      )}
    </Card>
  );
}
