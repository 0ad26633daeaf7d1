// A useActionState form's submit button: disabled while its post is under way, so it is not sent twice.
// The look is the caller's (a page's main action, a small button beside a masked number…).
import type { ReactNode } from "react";

export function SubmitButton({ pending, className, children }: { pending: boolean; className: string; children: ReactNode }) {
  return (
    <button type="submit" disabled={pending} className={className}>
      {children}
    </button>
  );
}
