"use client";
// A plain POST form bound to a server action: it signs in before hydration and without JavaScript,
// keeps the username after a refusal, and shows the refusal as an alert tied to both fields.
import { useActionState } from "react";
import { signInAction, type SignInState } from "./actions";

interface Labels {
  username: string;
  password: string;
  submit: string;
  submitting: string;
  failed: string;
  locked: string;
  required: string;
  throttled: string;
  unexpected: string;
}

const INITIAL: SignInState = { error: null, username: "" };

function message(state: SignInState, labels: Labels): string | null {
  switch (state.error) {
    case null:
      return null;
    case "REQUIRED":
      return labels.required;
    case "LOCKED":
      return labels.locked;
    case "THROTTLED":
      return labels.throttled.replace("{seconds}", String(state.retryAfterSeconds ?? 60));
    case "UNEXPECTED":
      return labels.unexpected.replace("{id}", state.errorId ?? "");
    default:
      return labels.failed;
  }
}

export function SignInForm({ callbackUrl, labels }: { callbackUrl: string; labels: Labels }) {
  const [state, action, pending] = useActionState(signInAction, INITIAL);
  const error = message(state, labels);
  return (
    <form action={action} method="post" noValidate className="space-y-4">
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {error ? (
        <p id="signin-error" role="alert" className="rounded bg-red-50 px-3 py-2 text-red-800">
          {error}
        </p>
      ) : null}
      <div>
        <label htmlFor="username" className="mb-1 block font-medium">
          {labels.username}
        </label>
        <input id="username" name="username" autoComplete="username" required defaultValue={state.username} key={state.username}
          className="w-full rounded border border-stone-400 px-3 py-2 text-base" aria-describedby={error ? "signin-error" : undefined} />
      </div>
      <div>
        <label htmlFor="password" className="mb-1 block font-medium">
          {labels.password}
        </label>
        <input id="password" name="password" type="password" autoComplete="current-password" required
          className="w-full rounded border border-stone-400 px-3 py-2 text-base" aria-describedby={error ? "signin-error" : undefined} />
      </div>
      <button type="submit" disabled={pending}
        className="w-full rounded bg-brand-700 px-4 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        {pending ? labels.submitting : labels.submit}
      </button>
    </form>
  );
}
