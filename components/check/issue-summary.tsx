import type { Translate } from "@/lib/i18n";
import { fieldForIssue, fieldId } from "@/lib/self-check/form-model";
import { issueText } from "./answer-view";

/** The self-check's error summary: every issue, linked to its field where the form has one. */
export function IssueSummary({ issues, t }: { issues: { path: string; message: string }[]; t: Translate }) {
  return (
    <div
      id="error-summary"
      role="alert"
      tabIndex={-1}
      className="rounded border-2 border-red-700 bg-red-50 p-4 text-red-900"
      data-testid="error-summary"
    >
      <h2 className="font-semibold">{t("check.errorSummary", { n: issues.length })}</h2>
      <ul className="mt-2 list-disc pl-5">
        {issues.map((issue, i) => {
          const name = fieldForIssue(issue.path);
          return (
            <li key={i}>
              {name ? (
                <a href={`#${fieldId(name)}`} className="underline">
                  {issueText(issue, t)}
                </a>
              ) : (
                issueText(issue, t)
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
