/** A term and its description on one line, inside a `<dl>` (the policy library's documents, the applicant's decision). */
export function InlineTerm({ term, colon, children }: { term: string; colon: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="inline text-stone-600">
        {term}
        {colon}
      </dt>
      <dd className="inline">{children}</dd>
    </div>
  );
}
