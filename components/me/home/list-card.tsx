import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";

/** A card of the applicant's home that lists what they have (households, permits, cases), or says in one line that there is none. */
export function ListCard({ title, empty, none, children }: { title: string; empty: boolean; none: string; children: ReactNode }) {
  return <Card title={title}>{empty ? <p className="text-stone-600">{none}</p> : children}</Card>;
}
