import type { FormProblem as FieldError } from "@/lib/actions/form-outcome";

/** The GOV.UK error summary: every problem, each linking to its field. */
export function ErrorSummary({ title, errors }: { title: string; errors: FieldError[] }) {
  if (errors.length === 0) return null;
  return (
    <div role="alert" tabIndex={-1} className="rounded border-2 border-red-700 bg-red-50 p-4 text-red-900">
      <h3 className="font-semibold">{title}</h3>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {errors.map((e, i) => (
          <li key={`${e.field}-${i}`}>
            <a href={`#${e.field}`} className="underline">
              {e.text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function FieldMessage({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1 text-sm font-medium text-red-800">
      {message}
    </p>
  );
}
