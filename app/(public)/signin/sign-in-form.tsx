"use client";
// A plain POST form bound to a server action: it signs in before hydration and without JavaScript,
// keeps the username after a refusal, and shows the refusal as an alert tied to both fields.
import { useActionState } from "react";
import { SubmitButton } from "@/components/forms/submit-button";
import { signInAction } from "./actions";
import type { SignInState } from "./state";

interface Labels {
  username: string;
  password: string;
  submit: string;
  submitting: string;
  failed: string;
  lastTry: string;
  lockedNow: string;
  locked: string;
  usernameHint: string;
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
    case "LAST_TRY":
      return labels.lastTry;
    case "LOCKED_NOW":
      return labels.lockedNow;
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
        <p id="username-hint" className="mb-1 text-sm text-stone-600">
          {labels.usernameHint}
        </p>
        {/* No capital first letter or autocorrect from a phone keyboard: usernames are typed exactly. */}
        <input
          id="username"
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          required
          defaultValue={state.username}
          key={state.username}
          className="w-full rounded border border-stone-400 px-3 py-2 text-base"
          aria-describedby={error ? "signin-error username-hint" : "username-hint"}
        />
      </div>
      <div>
        <label htmlFor="password" className="mb-1 block font-medium">
          {labels.password}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className="w-full rounded border border-stone-400 px-3 py-2 text-base"
          aria-describedby={error ? "signin-error" : undefined}
        />
      </div>
      <SubmitButton
        pending={pending}
        className="w-full rounded bg-brand-700 px-4 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {pending ? labels.submitting : labels.submit}
      </SubmitButton>
    </form>
  );
}
