// Pieces of the administrators' reference-data pages: the section navigation, the outcome banner with
// every problem listed at once (each linking to its field), and a labelled field.
import Link from "next/link";
import type { ReactNode } from "react";
import type { MessageKey, Translate } from "@/lib/i18n";
import { decodeTyped } from "@/lib/reference/typed-values";
import { readOutcome } from "@/lib/actions/outcome";
import { firstValue, type SearchParams } from "@/lib/search-params";
import { OutcomeBanner } from "@/components/forms/outcome-banner";

export const REFERENCE_PAGES = ["population", "targets", "assessment", "calendar"] as const;
export type ReferencePage = (typeof REFERENCE_PAGES)[number];

export function RefHeader({ t, current }: { t: Translate; current: ReferencePage }) {
  return (
    <div className="space-y-2">
      <p className="text-sm text-stone-600">
        <Link href="/admin/reference" className="text-blue-800 underline underline-offset-2">
          {t("kpi.reference.title")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{t(`kpi.reference.${current}.title`)}</h1>
      <nav aria-label={t("kpi.reference.title")}>
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {REFERENCE_PAGES.map((p) => (
            <li key={p}>
              <Link
                href={`/admin/reference/${p}`}
                aria-current={p === current ? "page" : undefined}
                className={p === current ? "font-semibold" : "text-blue-800 underline underline-offset-2"}
              >
                {t(`kpi.reference.nav.${p}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}

/** Field names the forms use, mapped to their message (a field without its own message gets "number"). */
function messageFor(t: Translate, field: string): string {
  const key = `kpi.reference.invalid.${field}` as MessageKey;
  const text = t(key);
  if (field === "forbidden") return t("forbidden.body");
  return text === key ? t("kpi.reference.invalid.number") : text;
}

export function RefOutcome({ t, search }: { t: Translate; search: SearchParams }) {
  const errors = (firstValue(search.errors) ?? "").split(",").filter((f) => /^[A-Za-z]+$/.test(f));
  const outcome = readOutcome(t, search, {
    done: (code) => (code === "saved" || code === "deleted" ? t(`kpi.reference.${code}`) : null),
  });
  if (outcome.done || outcome.error) return <OutcomeBanner outcome={outcome} />;
  if (errors.length === 0) return null;
  return (
    <div role="alert" className="rounded border-2 border-red-700 bg-white p-3">
      <h2 className="font-semibold text-red-800">{t("kpi.reference.errorSummary")}</h2>
      <ul className="mt-1 list-disc pl-5 text-sm">
        {errors.map((f) => (
          <li key={f}>
            <a href={`#ref-${f}`} className="text-red-800 underline">
              {messageFor(t, f)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

const input = "mt-1 block w-full rounded border border-stone-400 bg-white px-2 py-1.5 text-sm";

export function RefField(props: {
  name: string;
  label: string;
  defaultValue?: string | number | null;
  type?: "text" | "number" | "date";
  step?: string;
  required?: boolean;
  hint?: string;
  invalid?: boolean;
}) {
  const id = `ref-${props.name}`;
  return (
    <RefFrame id={id} label={props.label} hint={props.hint}>
      <input
        id={id}
        name={props.name}
        type={props.type ?? "text"}
        step={props.step}
        inputMode={props.type === "number" ? "decimal" : undefined}
        required={props.required}
        defaultValue={props.defaultValue ?? ""}
        aria-describedby={props.hint ? `${id}-hint` : undefined}
        aria-invalid={props.invalid || undefined}
        className={input}
      />
    </RefFrame>
  );
}

export function RefSelect(props: {
  name: string;
  label: string;
  defaultValue?: string | number | null;
  options: { value: string; text: string }[];
  invalid?: boolean;
}) {
  const id = `ref-${props.name}`;
  return (
    <RefFrame id={id} label={props.label}>
      <select
        id={id}
        name={props.name}
        defaultValue={props.defaultValue === null || props.defaultValue === undefined ? "" : String(props.defaultValue)}
        aria-invalid={props.invalid || undefined}
        className={input}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.text}
          </option>
        ))}
      </select>
    </RefFrame>
  );
}

/** A reference field's frame: its label and hint (`ref-<name>-hint`) above its control. */
function RefFrame(props: { id: string; label: string; hint?: string; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={props.id} className="text-sm font-medium">
        {props.label}
      </label>
      {props.hint ? (
        <p id={`${props.id}-hint`} className="text-xs text-stone-600">
          {props.hint}
        </p>
      ) : null}
      {props.children}
    </div>
  );
}

export function invalidFields(search: SearchParams): Set<string> {
  return new Set((firstValue(search.errors) ?? "").split(",").filter(Boolean));
}

type Shown = string | number | null | undefined;

/**
 * A field's value after a refused post: what was typed (carried in `?typed=`, lib/reference/typed-values.ts),
 * else `fallback` (the row being edited, or a default). A field left blank comes back blank.
 */
export function refillFrom(search: SearchParams): (name: string, fallback: Shown) => Shown {
  const typed = decodeTyped(search.typed);
  return (name, fallback) => (typed ? (typed[name] ?? "") : fallback);
}

/** A key for the form: a refused post remounts it, so the refilled values replace what the browser kept. */
export function formKey(search: SearchParams): string {
  const typed = firstValue(search.typed);
  return typed ? `typed-${typed.slice(0, 64)}` : `edit-${String(search.edit ?? "new")}`;
}
