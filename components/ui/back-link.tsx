// The way back from a staff page to where it is reached from (the workbench, the list of users, of units):
// a text link in a paragraph of its own, above the page's title.
import Link from "next/link";

export function BackLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <p>
      <Link href={href} className="font-medium text-blue-800 underline underline-offset-2">
        {children}
      </Link>
    </p>
  );
}
