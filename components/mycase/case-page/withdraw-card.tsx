import Link from "next/link";
import type { ComponentProps } from "react";
import type { Translate } from "@/lib/i18n";
import type { OwnCase } from "@/lib/applications/own-case";
import { canWithdraw } from "@/lib/applications/withdraw-application";
import { Card } from "@/components/ui/card";
import { WithdrawForm } from "@/components/mycase/withdraw-form";

/** Withdrawing an open case: a link first, the form with a reason once asked for (?withdraw=1). */
export function WithdrawCard(props: {
  app: OwnCase;
  confirm: boolean;
  action: ComponentProps<typeof WithdrawForm>["action"];
  t: Translate;
}) {
  const { app, t } = props;
  if (!canWithdraw(app.status)) return null;
  const self = `/me/cases/${app.id}`;
  return (
    <Card title={t("mycase.withdraw.title")}>
      <div id="withdraw" className="space-y-3">
        <p className="text-stone-700">{t("mycase.withdraw.intro")}</p>
        {props.confirm ? (
          <WithdrawForm
            action={props.action}
            applicationId={app.id}
            version={app.version}
            cancelHref={self}
            labels={{
              title: t("mycase.withdraw.confirmTitle", { number: app.number }),
              reason: t("mycase.withdraw.reason"),
              hint: t("mycase.withdraw.reasonHint"),
              confirm: t("mycase.withdraw.confirm"),
              cancel: t("mycase.withdraw.cancel"),
              summary: t("mycase.errors.summary"),
            }}
          />
        ) : (
          <Link
            href={`${self}?withdraw=1#withdraw`}
            className="inline-block rounded border border-red-700 px-4 py-2 font-medium text-red-800 hover:bg-red-50"
          >
            {t("mycase.withdraw.start")}
          </Link>
        )}
      </div>
    </Card>
  );
}
