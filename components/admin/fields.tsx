// Labelled inputs for the admin forms, each with its hint and its error beside it, linked from the
// error summary by fieldId (components/forms/). No hooks: server or client.
import { describedBy, fieldId } from "@/components/forms/error-summary";
import Link from "next/link";
import type { ReactNode } from "react";
import { Field } from "@/components/forms/field";
import { Card } from "@/components/ui/card";

const INPUT = "w-full rounded px-3 py-2 text-base bg-white";

const border = (error?: string) => (error ? "border-2 border-red-700" : "border border-stone-500");

export function TextField(props: {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  value?: string;
  type?: "text" | "password" | "search";
  autoComplete?: string;
  mono?: boolean;
  inputMode?: "numeric" | "text";
}) {
  const id = fieldId(props.name);
  return (
    <Field id={id} label={props.label} hint={props.hint} error={props.error}>
      <input
        id={id}
        name={props.name}
        type={props.type ?? "text"}
        defaultValue={props.value}
        key={props.value}
        autoComplete={props.autoComplete ?? "off"}
        inputMode={props.inputMode}
        aria-invalid={!!props.error}
        aria-describedby={describedBy(id, props.hint, props.error)}
        className={`${INPUT} ${border(props.error)} ${props.mono ? "font-mono" : ""}`}
      />
    </Field>
  );
}

export interface Choice {
  value: string;
  label: string;
}

export function SelectField(props: {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  value?: string;
  choices: Choice[];
  empty?: string;
}) {
  const id = fieldId(props.name);
  return (
    <Field id={id} label={props.label} hint={props.hint} error={props.error}>
      <select
        id={id}
        name={props.name}
        defaultValue={props.value ?? ""}
        key={props.value}
        aria-invalid={!!props.error}
        aria-describedby={describedBy(id, props.hint, props.error)}
        className={`${INPUT} ${border(props.error)} max-w-full`}
      >
        {props.empty !== undefined ? <option value="">{props.empty}</option> : null}
        {props.choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

export function CheckField(props: { name: string; label: string; checked?: boolean }) {
  const id = fieldId(props.name);
  return (
    <div className="flex items-start gap-2 py-1">
      <input id={id} name={props.name} type="checkbox" defaultChecked={props.checked} className="mt-1 h-5 w-5 shrink-0 accent-brand-700" />
      <label htmlFor={id} className="leading-snug">
        {props.label}
      </label>
    </div>
  );
}

/** Units as select choices, indented by depth (a full-width space per level: readable in any font). */
export function unitOptions(units: { id: string; name: string; depth: number }[]): Choice[] {
  return units.map((u) => ({ value: u.id, label: `${"\u3000".repeat(u.depth)}${u.name}` }));
}

/** Stations as select choices, each with the units above it ("郴州市 / 北湖区 · 人民路派出所"). */
export function stationOptions(units: { id: string; name: string; trail: string; level: string }[]): Choice[] {
  return units.filter((u) => u.level === "STATION").map((u) => ({ value: u.id, label: u.trail ? `${u.trail} · ${u.name}` : u.name }));
}

export const BUTTON = "rounded bg-brand-700 px-4 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60";
export const BUTTON_SECONDARY = "rounded border border-stone-500 bg-white px-4 py-2 font-medium text-stone-900 hover:bg-stone-50";
export const LINK = "font-medium text-blue-800 underline underline-offset-2";

/** A list's filter: a card holding a search form that posts by GET to the list itself, ending in apply and reset. */
export function FilterCard(props: {
  title: string;
  action: string;
  className: string;
  buttons: { apply: string; reset: string; className: string };
  children: ReactNode;
}) {
  return (
    <Card title={props.title}>
      <form method="get" action={props.action} role="search" aria-label={props.title} className={props.className}>
        {props.children}
        <div className={props.buttons.className}>
          <button type="submit" className={BUTTON}>
            {props.buttons.apply}
          </button>
          <Link href={props.action} className={BUTTON_SECONDARY}>
            {props.buttons.reset}
          </Link>
        </div>
      </form>
    </Card>
  );
}
