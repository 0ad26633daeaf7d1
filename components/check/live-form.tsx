"use client";
// The only script of the self-check page: it re-asks the server as the resident types. Without
// JavaScript the same form is a plain GET form with a submit button, and everything still works.
import { useRef, useTransition } from "react";
import { useRouter } from "next/navigation";

export function LiveForm({ action, children, className }: { action: string; children: React.ReactNode; className?: string }) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [pending, startTransition] = useTransition();

  function update(submitter?: HTMLElement | null) {
    if (!form.current) return;
    const data = new FormData(form.current, submitter ?? undefined);
    const query = new URLSearchParams();
    for (const [name, value] of data) if (typeof value === "string" && value !== "") query.append(name, value);
    startTransition(() => router.replace(`${action}?${query}`, { scroll: false }));
  }

  function schedule() {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => update(), 300);
  }

  return (
    <form
      ref={form}
      action={action}
      method="get"
      className={className}
      aria-busy={pending}
      onInput={schedule}
      onChange={schedule}
      onSubmit={(event) => {
        event.preventDefault();
        update((event.nativeEvent as SubmitEvent).submitter);
      }}
    >
      {children}
    </form>
  );
}
