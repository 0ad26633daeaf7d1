// The audit trail's filter: a plain GET form, so a filtered view works without JavaScript and can be shared.
import type { Translate } from "@/lib/i18n";
import { FilterCard, SelectField, TextField } from "./fields";

type Choice = { value: string; label: string };

export function AuditFilterCard(props: {
  t: Translate;
  filter: { actor: string; action: string; entityType: string; entityId: string; from?: string; to?: string };
  actionChoices: Choice[];
  typeChoices: Choice[];
}) {
  const { t, filter } = props;
  const any = t("admin.users.any");
  return (
    <FilterCard
      buttons={{ apply: t("admin.audit.apply"), reset: t("admin.audit.reset"), className: "flex flex-wrap items-end gap-3" }}
      title={t("admin.audit.filterTitle")}
      action="/admin/audit"
      className="grid gap-4 md:grid-cols-2 lg:grid-cols-3"
    >
      <TextField name="actor" label={t("admin.audit.actor")} value={filter.actor} mono />
      <SelectField name="action" label={t("admin.audit.action")} value={filter.action} empty={any} choices={props.actionChoices} />
      <SelectField
        name="entityType"
        label={t("admin.audit.entityType")}
        value={filter.entityType}
        empty={any}
        choices={props.typeChoices}
      />
      <TextField name="entityId" label={t("admin.audit.entityId")} value={filter.entityId} mono />
      <div className="grid grid-cols-2 gap-3">
        <DateField id="f-from" name="from" label={t("admin.audit.from")} value={filter.from} />
        <DateField id="f-to" name="to" label={t("admin.audit.to")} value={filter.to} />
      </div>
    </FilterCard>
  );
}

function DateField(props: { id: string; name: string; label: string; value?: string }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={props.id} className="font-medium">
        {props.label}
      </label>
      <input
        id={props.id}
        name={props.name}
        type="date"
        defaultValue={props.value}
        className="w-full rounded border border-stone-500 bg-white px-2 py-2"
      />
    </div>
  );
}
