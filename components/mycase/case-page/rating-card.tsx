import type { ComponentProps } from "react";
import type { Translate } from "@/lib/i18n";
import type { OwnCase } from "@/lib/applications/own-case";
import { canRate } from "@/lib/applications/rate-application";
import { Card } from "@/components/ui/card";
import { RatingForm } from "@/components/mycase/rating-form";

/** 好差评: the rating given, or the form to give one once the case is decided. */
export function RatingCard({ app, action, t }: { app: OwnCase; action: ComponentProps<typeof RatingForm>["action"]; t: Translate }) {
  if (!canRate(app.status)) return null;
  return (
    <Card title={t("mycase.rating.title")}>
      {app.rating ? (
        <div data-testid="rating">
          <p>{t("mycase.rating.thanks", { score: app.rating.score })}</p>
          {app.rating.comment ? <p className="text-stone-700">{t("mycase.rating.yourComment", { comment: app.rating.comment })}</p> : null}
        </div>
      ) : (
        <RatingForm
          action={action}
          applicationId={app.id}
          labels={{
            legend: t("mycase.rating.legend"),
            scores: {
              "1": t("mycase.rating.score.1"),
              "2": t("mycase.rating.score.2"),
              "3": t("mycase.rating.score.3"),
              "4": t("mycase.rating.score.4"),
              "5": t("mycase.rating.score.5"),
            },
            comment: t("mycase.rating.comment"),
            submit: t("mycase.rating.submit"),
            summary: t("mycase.errors.summary"),
          }}
        />
      )}
    </Card>
  );
}
