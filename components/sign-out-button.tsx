import { signOutAction } from "@/app/actions/sign-out";

export function SignOutButton({ label }: { label: string }) {
  return (
    <form action={signOutAction}>
      <button type="submit" className="rounded border border-red-200 px-2 py-1 hover:bg-brand-700">
        {label}
      </button>
    </form>
  );
}
