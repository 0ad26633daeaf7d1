// The action comes from the page (app/actions/sign-out.ts): components never import from app/.
export function SignOutButton({ label, action }: { label: string; action: () => Promise<void> }) {
  return (
    <form action={action}>
      <button type="submit" className="rounded border border-red-200 px-2 py-1 hover:bg-brand-700">
        {label}
      </button>
    </form>
  );
}
