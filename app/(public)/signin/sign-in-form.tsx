"use client";
import { useState } from "react";
import { signIn } from "next-auth/react";

interface Labels {
  username: string;
  password: string;
  submit: string;
  submitting: string;
  failed: string;
  locked: string;
  required: string;
}

export function SignInForm({ callbackUrl, labels }: { callbackUrl: string; labels: Labels }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const username = String(form.get("username") ?? "").trim();
    const password = String(form.get("password") ?? "");
    if (!username || !password) {
      setError(labels.required);
      return;
    }
    setPending(true);
    setError(null);
    const result = await signIn("credentials", { username, password, redirect: false });
    if (result?.ok && !result.error) {
      window.location.assign(callbackUrl);
      return;
    }
    setPending(false);
    setError(result?.error === "LOCKED" ? labels.locked : labels.failed);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <div>
        <label htmlFor="username" className="mb-1 block font-medium">
          {labels.username}
        </label>
        <input id="username" name="username" autoComplete="username" required
          className="w-full rounded border border-stone-400 px-3 py-2 text-base" aria-describedby={error ? "signin-error" : undefined} />
      </div>
      <div>
        <label htmlFor="password" className="mb-1 block font-medium">
          {labels.password}
        </label>
        <input id="password" name="password" type="password" autoComplete="current-password" required
          className="w-full rounded border border-stone-400 px-3 py-2 text-base" aria-describedby={error ? "signin-error" : undefined} />
      </div>
      {error ? (
        <p id="signin-error" role="alert" className="rounded bg-red-50 px-3 py-2 text-red-800">
          {error}
        </p>
      ) : null}
      <button type="submit" disabled={pending}
        className="w-full rounded bg-brand-700 px-4 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        {pending ? labels.submitting : labels.submit}
      </button>
    </form>
  );
}
