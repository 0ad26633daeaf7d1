// English for care/zh-CN.ts (the Chinese is the source; the type checker refuses a missing string).
import type { Widen } from "../../widen";
import type { careZh } from "./zh-CN";

export const careEn: Widen<typeof careZh> = {
  elder: {
    on: "Large text",
    off: "Standard view",
    onLabel: "Switch to the large-text view: bigger text and buttons",
    offLabel: "Leave the large-text view and return to the standard view",
  },
  declaration: {
    title: "Declaration of truth",
    text: "I declare that the information I entered and the documents I supplied are true and valid, and I accept legal responsibility for anything false.",
    required: "Tick the declaration of truth before submitting the application",
  },
  verify: {
    landingTitle: "Verify a certificate",
    landingBody:
      "Received a settlement notice, a residence permit, a registration notice or a refusal decision? Enter the code printed on it (or scan its QR code) to check that it is genuine.",
    landingLink: "Verify a certificate",
    certificateLink: "Verify this certificate",
    footerLink: "Verify a certificate",
  },
  clock: {
    withdrawn: "The application was withdrawn; the time limit no longer runs.",
    withdrawnShort: "Withdrawn",
  },
  review: {
    closed: "Filed with the case",
  },
  member: { approved: "Approved for registration", notApproved: "Not approved" },
};
