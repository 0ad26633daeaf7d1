// GOV.UK-style error summary: every problem at once, at the top, each linking to its field.
import type { FormProblem as FieldError } from "@/lib/actions/form-outcome";

export function ErrorSummary({ title, errors, idPrefix }: { title: string; errors: FieldError[]; idPrefix: string }) {
  if (errors.length === 0) return null;
  return (
    <div role="alert" tabIndex={-1} className="mb-4 rounded border-2 border-red-700 bg-white p-3">
      <h3 className="font-semibold text-red-800">{title}</h3>
      <ul className="mt-1 list-disc pl-5 text-sm">
        {errors.map((e, i) => (
          <li key={`${e.field}-${i}`}>
            <a href={`#${idPrefix}-${e.field}`} className="text-red-800 underline">
              {e.text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function FieldMessage({ errors, field }: { errors: FieldError[]; field: string }) {
  const mine = errors.filter((x) => x.field === field);
  return mine.length ? (
    <>
      {mine.map((e, i) => (
        <p key={i} className="mt-1 text-sm font-medium text-red-700">
          {e.text}
        </p>
      ))}
    </>
  ) : null;
}
