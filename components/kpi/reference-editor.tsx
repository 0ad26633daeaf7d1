// The one shape of every reference-data page (/admin/reference/*): the section header and outcome, an edit form
// whose fields come from a config, and the rows in a table whose columns come from a config, each row with its
// edit link (and, where the table has one, its delete form). The four pages only say what their fields and
// columns are.
import type { ReactNode } from "react";
import type { Translate } from "@/lib/i18n";
import { Card } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { RefField, RefHeader, RefOutcome, RefSelect, formKey, invalidFields, refillFrom, type ReferencePage } from "./ref-form";
import { FILTER_BUTTON } from "@/components/ui/buttons";

type Search = Record<string, string | string[] | undefined>;
type Shown = string | number | null | undefined;

export interface RefFieldConfig<R> {
  name: string;
  label: string;
  /** The edited row's value (or the default for a new row). */
  initial: (edit: R | undefined) => Shown;
  options?: { value: string; text: string }[];
  type?: "text" | "number" | "date";
  step?: string;
  required?: boolean;
  hint?: string;
  /** Spans both columns of the form. */
  wide?: boolean;
}

export interface RefColumn<R> {
  head: string;
  cell: (row: R) => ReactNode;
  numeric?: boolean;
}

export interface ReferenceEditorProps<R> {
  t: Translate;
  search: Search;
  current: ReferencePage;
  /** Shown between the outcome and the form. */
  intro?: ReactNode;
  save: (formData: FormData) => void | Promise<void>;
  fields: RefFieldConfig<R>[];
  rows: R[];
  edit: R | undefined;
  columns: RefColumn<R>[];
  rowKey: (row: R) => string;
  /** What the row's edit (and delete) link names, and the `?edit=` value that opens it. */
  rowName: (row: R) => string;
  editParam: (row: R) => string;
  remove?: { action: (formData: FormData) => void | Promise<void>; name: string; value: (row: R) => string };
}

export function ReferenceEditor<R>(props: ReferenceEditorProps<R>) {
  const { t, search, current } = props;
  return (
    <div className="min-w-0 space-y-6">
      <RefHeader t={t} current={current} />
      <RefOutcome t={t} search={search} />
      {props.intro}
      <Card title={t("kpi.reference.edit")}>
        <ReferenceForm {...props} />
      </Card>
      <Card title={t("kpi.reference.list")}>
        {props.rows.length === 0 ? <p className="text-stone-600">{t("kpi.reference.none")}</p> : <ReferenceRows {...props} />}
      </Card>
    </div>
  );
}

function ReferenceForm<R>({ t, search, save, fields, edit }: ReferenceEditorProps<R>) {
  const bad = invalidFields(search);
  const value = refillFrom(search);
  return (
    <form key={formKey(search)} action={save} className="grid grid-cols-1 gap-3 sm:grid-cols-2">
      {fields.map((f) => {
        const input = f.options ? (
          <RefSelect
            key={f.name}
            name={f.name}
            label={f.label}
            options={f.options}
            defaultValue={value(f.name, f.initial(edit))}
            invalid={bad.has(f.name)}
          />
        ) : (
          <RefField
            key={f.name}
            name={f.name}
            type={f.type}
            step={f.step}
            label={f.label}
            hint={f.hint}
            defaultValue={value(f.name, f.initial(edit))}
            required={f.required}
            invalid={bad.has(f.name)}
          />
        );
        return f.wide ? (
          <div key={f.name} className="sm:col-span-2">
            {input}
          </div>
        ) : (
          input
        );
      })}
      <div>
        <button type="submit" className={FILTER_BUTTON}>
          {t("kpi.reference.save")}
        </button>
      </div>
    </form>
  );
}

function ReferenceRows<R>({ t, current, rows, columns, rowKey, rowName, editParam, remove }: ReferenceEditorProps<R>) {
  return (
    <Table caption={t(`kpi.reference.${current}.title`)} head={[...columns.map((c) => c.head), ""]}>
      {rows.map((r) => {
        const edit = (
          <a href={`?edit=${editParam(r)}`} className="text-blue-800 underline">
            {t("kpi.reference.editRow", { what: rowName(r) })}
          </a>
        );
        return (
          <tr key={rowKey(r)}>
            {columns.map((c, i) => (
              <Td key={i} className={c.numeric ? "tabular-nums" : ""}>
                {c.cell(r)}
              </Td>
            ))}
            <Td>
              {remove ? (
                <div className="flex flex-wrap gap-3">
                  {edit}
                  <form action={remove.action}>
                    <input type="hidden" name={remove.name} value={remove.value(r)} />
                    <button type="submit" className="text-red-800 underline">
                      {t("kpi.reference.deleteRow", { what: rowName(r) })}
                    </button>
                  </form>
                </div>
              ) : (
                edit
              )}
            </Td>
          </tr>
        );
      })}
    </Table>
  );
}
