"use client";
// Create and edit a staff account. A plain POST to a server action (works without JavaScript);
// useActionState brings back every problem at once and what was typed. After a create, the one-time
// password is shown here, once: it exists only in that response.
import { useActionState } from "react";
import { SubmitButton } from "@/components/forms/submit-button";
import Link from "next/link";
import { ErrorSummary } from "@/components/forms/error-summary";
import { EMPTY_ADMIN_FORM, type AdminFormState } from "@/lib/actions/form-outcome";
import { BUTTON, CheckField, LINK, SelectField, TextField, type Choice } from "./fields";
import type { AdminLabels } from "./labels";

export interface UserFormProps {
  mode: "create" | "edit";
  action: (prev: AdminFormState, formData: FormData) => Promise<AdminFormState>;
  labels: AdminLabels["form"];
  roles: Choice[];
  stations: Choice[];
  jurisdictions: Choice[];
  initial?: {
    userId: string;
    displayName: string;
    badgeNumber: string;
    role: string;
    stationId: string;
    jurisdictionId: string;
    stationLead: boolean;
  };
}

export function UserForm(props: UserFormProps) {
  const [state, formAction, pending] = useActionState(props.action, EMPTY_ADMIN_FORM);
  const L = props.labels;
  if (state.created) return <CreatedNotice created={state.created} labels={L} />;
  const posted = state.errors.length > 0;
  const v = (name: string, fallback = "") => (posted ? (state.values[name] ?? "") : fallback);
  const error = (name: string) => state.errors.find((e) => e.field === name)?.text;
  const init = props.initial;
  const lead = posted ? state.values.stationLead === "on" : (init?.stationLead ?? false);
  return (
    <form id="f-form" action={formAction} noValidate className="space-y-5">
      <ErrorSummary title={L.errorTitle} errors={state.errors} />
      {init ? <input type="hidden" name="userId" value={init.userId} /> : null}
      {props.mode === "create" ? (
        <TextField name="username" label={L.username} hint={L.usernameHint} value={v("username")} error={error("username")} mono />
      ) : null}
      <TextField name="displayName" label={L.displayName} value={v("displayName", init?.displayName)} error={error("displayName")} />
      <TextField
        name="badgeNumber"
        label={L.badgeNumber}
        hint={L.badgeNumberHint}
        value={v("badgeNumber", init?.badgeNumber)}
        error={error("badgeNumber")}
        mono
        inputMode="numeric"
      />
      <SelectField name="role" label={L.role} value={v("role", init?.role)} error={error("role")} empty={L.choose} choices={props.roles} />
      <SelectField
        name="stationId"
        label={L.station}
        value={v("stationId", init?.stationId)}
        error={error("stationId")}
        empty={L.choose}
        choices={props.stations}
      />
      <CheckField name="stationLead" label={L.stationLead} checked={lead} />
      <SelectField
        name="jurisdictionId"
        label={L.jurisdiction}
        value={v("jurisdictionId", init?.jurisdictionId)}
        error={error("jurisdictionId")}
        empty={L.choose}
        choices={props.jurisdictions}
      />
      {props.mode === "create" ? <PasswordFields labels={L} mode={v("passwordMode", "generate")} error={error("password")} /> : null}
      <SubmitButton pending={pending} className={BUTTON}>
        {props.mode === "create" ? L.submitCreate : L.submitEdit}
      </SubmitButton>
    </form>
  );
}

/** After a create: the new account, its one-time password (shown once), and where to go next. */
function CreatedNotice({ created, labels: L }: { created: NonNullable<AdminFormState["created"]>; labels: AdminLabels["form"] }) {
  return (
    <div role="status" className="space-y-3 rounded border-2 border-green-700 bg-green-50 p-4" data-testid="user-created">
      <p className="font-semibold">{L.created.replace("{username}", created.username)}</p>
      {created.oneTimePassword ? (
        <p>
          {L.createdPassword}{" "}
          <code className="inline-block whitespace-nowrap rounded bg-white px-2 py-1 font-mono text-lg" data-testid="one-time-password">
            {created.oneTimePassword}
          </code>
        </p>
      ) : null}
      <p>{L.createdMustChange}</p>
      <p className="flex flex-wrap gap-4">
        <Link href={`/admin/users/${created.userId}`} className={LINK}>
          {L.viewUser}
        </Link>
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- kept a plain link in the issue-17 refactor: behaviour unchanged */}
        <a href="/admin/users/new" className={LINK}>
          {L.createAnother}
        </a>
      </p>
    </div>
  );
}

/** Generate a password or set one (create only); `mode` is the choice posted last, or "generate". */
function PasswordFields({ labels: L, mode, error }: { labels: AdminLabels["form"]; mode: string; error: string | undefined }) {
  return (
    <fieldset className="space-y-2">
      <legend className="font-medium">{L.passwordLegend}</legend>
      {[
        ["generate", L.passwordGenerate],
        ["set", L.passwordSet],
      ].map(([value, label]) => (
        <div key={value} className="flex items-start gap-2">
          <input
            id={`f-passwordMode-${value}`}
            type="radio"
            name="passwordMode"
            value={value}
            defaultChecked={mode === value}
            className="mt-1 h-5 w-5 shrink-0 accent-brand-700"
          />
          <label htmlFor={`f-passwordMode-${value}`}>{label}</label>
        </div>
      ))}
      <TextField name="password" type="password" autoComplete="new-password" label={L.password} hint={L.passwordHint} error={error} />
    </fieldset>
  );
}
