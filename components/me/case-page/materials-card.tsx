import type { ComponentProps } from "react";
import type { Locale, Translate } from "@/lib/i18n";
import type { OwnCase } from "@/lib/applications/own-case";
import { keyedRequestItems } from "@/lib/applications/request-items";
import { formatDate } from "@/lib/format";
import { Card } from "@/components/ui/card";
import { MaterialsAnswerForm } from "@/components/me/materials-answer-form";

/** The open 补正 request: what was asked, the officer's message, and one form to answer every item. */
export function MaterialsCard(props: {
  app: OwnCase;
  action: ComponentProps<typeof MaterialsAnswerForm>["action"];
  itemLabel: (id: string) => string;
  t: Translate;
  locale: Locale;
}) {
  const { app, itemLabel, t, locale } = props;
  const openRequest = app.status === "NEEDS_MATERIALS" ? app.materialsRequests.find((r) => !r.answeredAt) : undefined;
  if (!openRequest) return null;
  return (
    <Card title={t("me.materials.title")} className="border-amber-400">
      <div className="space-y-3" id="materials">
        <p>{t("me.materials.intro", { date: formatDate(openRequest.requestedAt, locale) })}</p>
        {openRequest.message ? (
          <p className="rounded bg-stone-50 p-3">
            <span className="font-medium">
              {t("me.materials.message")}
              {t("common.colon")}
            </span>
            {openRequest.message}
          </p>
        ) : null}
        <MaterialsAnswerForm
          action={props.action}
          applicationId={app.id}
          version={app.version}
          items={keyedRequestItems(openRequest.items).map((i) => ({
            key: i.key,
            freeText: i.item === null,
            label: i.item ? itemLabel(i.item) : t("me.materials.otherItem"),
            note: i.note,
            uploaded: app.documents.filter((d) => d.requestId === openRequest.id && d.kind === i.key).map((d) => d.fileName),
          }))}
          labels={{
            files: t("me.materials.files"),
            filesOther: t("me.materials.filesOther"),
            otherHint: t("me.materials.otherHint"),
            note: t("me.materials.note"),
            submit: t("me.materials.submit"),
            summary: t("me.errors.summary"),
            uploaded: t("me.materials.uploaded"),
          }}
        />
      </div>
    </Card>
  );
}
