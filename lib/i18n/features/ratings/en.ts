// English for ratings/zh-CN.ts (the Chinese is the source; the type checker refuses a missing string).
import type { Widen } from "../../widen";
import type { ratingsZh } from "./zh-CN";

export const ratingsEn: Widen<typeof ratingsZh> = {
  followUp: {
    title: "Follow-ups of poor ratings",
    hint: "Cases the applicant rated “dissatisfied” or “very dissatisfied” (1–2) must be checked, put right and followed up with the applicant within {days} working days (State Council General Office 2019 No. 51). Close each with a note once handled.",
    none: "No poor rating waits for a follow-up.",
    openCount: "{n} waiting",
    number: "Application",
    station: "Police station",
    score: "Rating",
    comment: "Comment",
    noComment: "(no comment)",
    ratedOn: "Rated on",
    dueOn: "Due",
    overdue: "Overdue",
    note: "What was checked and done",
    noteHint: "Say what you checked, what was put right and how the applicant was contacted (up to {max} characters).",
    noteRequired: "Write what was checked and done (1–{max} characters) before closing.",
    close: "Close the follow-up",
    closedTitle: "Recently closed follow-ups",
    closedBy: "Closed by {name} on {date}",
    done: "The follow-up of {number} is closed.",
    alreadyClosed: "This follow-up is already closed.",
    notFound: "No such follow-up in your jurisdiction.",
    error: "The follow-up could not be closed.",
  },
  caseCard: {
    title: "Applicant's rating",
    score: "Rating",
    comment: "Comment",
    ratedAt: "Rated at",
    followUpOpen: "Poor rating under follow-up, due {date}",
    followUpClosed: "Poor rating followed up: {note}",
  },
  table: {
    ratings: "Ratings in period",
    average: "Average rating",
    averageValue: "{value}",
  },
  eventKind: {
    FLAG: "Flagged (督办)",
    UNFLAG: "Flag removed",
    REASSIGN: "Reassigned",
  },
  staffHome: {
    CLERK: "Go to the workbench",
    SUPERVISOR: "Go to supervision",
    ADMIN: "Go to administration",
  },
};
