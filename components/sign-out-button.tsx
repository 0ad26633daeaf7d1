"use client";
import { signOut } from "next-auth/react";

export function SignOutButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => signOut({ callbackUrl: "/" })} className="rounded border border-red-200 px-2 py-1 hover:bg-brand-700">
      {label}
    </button>
  );
}
