import Link from "next/link";
import type { ComponentProps } from "react";
import type { Translate } from "@/lib/i18n";
import type { OwnCase } from "@/lib/applications/own-case";
import { canWithdraw } from "@/lib/applications/withdraw-application";
import { Card } from "@/components/ui/card";
import { WithdrawForm } from "@/components/me/withdraw-form";

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
    <Card title={t("me.withdraw.title")}>
      <div id="withdraw" className="space-y-3">
        <p className="text-stone-700">{t("me.withdraw.intro")}</p>
        {props.confirm ? (
          <WithdrawForm
            action={props.action}
            applicationId={app.id}
            version={app.version}
            cancelHref={self}
            labels={{
              title: t("me.withdraw.confirmTitle", { number: app.number }),
              reason: t("me.withdraw.reason"),
              hint: t("me.withdraw.reasonHint"),
              confirm: t("me.withdraw.confirm"),
              cancel: t("me.withdraw.cancel"),
              summary: t("me.errors.summary"),
            }}
          />
        ) : (
          <Link
            href={`${self}?withdraw=1#withdraw`}
            className="inline-block rounded border border-red-700 px-4 py-2 font-medium text-red-800 hover:bg-red-50"
          >
            {t("me.withdraw.start")}
          </Link>
        )}
      </div>
    </Card>
  );
}
