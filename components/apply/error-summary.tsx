// GOV.UK error summary: every problem at once, at the top, each a link to its field. Works on the
// server and in a client component (no hooks); autoFocus moves the reader to it after a failed post.
export function fieldId(name: string): string {
  return `f-${name.replace(/[^a-zA-Z0-9]/g, "-")}`;
}

export function ErrorSummary({ title, errors }: { title: string; errors: { field: string; text: string }[] }) {
  if (errors.length === 0) return null;
  return (
    <div
      role="alert"
      tabIndex={-1}
      autoFocus
      aria-labelledby="error-summary-title"
      className="rounded border-2 border-red-700 bg-white p-4"
      data-testid="error-summary"
    >
      <h2 id="error-summary-title" className="mb-2 text-lg font-semibold text-red-800">
        {title}
      </h2>
      <ul className="list-disc space-y-1 pl-5">
        {errors.map((e, i) => (
          <li key={`${e.field}-${i}`}>
            <a href={`#${fieldId(e.field)}`} className="text-red-800 underline underline-offset-2">
              {e.text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function FieldError({ id, text }: { id: string; text: string | undefined }) {
  return text ? (
    <p id={id} className="font-medium text-red-800">
      {text}
    </p>
  ) : null;
}
