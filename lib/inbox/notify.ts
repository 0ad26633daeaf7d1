// Notices to users go through one small interface. The portal's own channel is the in-app inbox
// (a Notice row written in the same transaction as the change it reports, so a notice is never sent
// for a change that was rolled back). An SMS or e-mail channel may be added behind the same interface;
// none is configured here, and none is pretended.
import type { Prisma } from "@/lib/generated/prisma/client";

export const NOTICE_KINDS = [
  "submitted",
  "accepted",
  "materials_requested",
  "materials_answered",
  "approved",
  "rejected",
  "withdrawn",
  "withdrawn_by_you",
  "returned",
  "flagged",
  "endorsement_due",
  "permit_suspended",
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

export interface NoticeInput {
  userId: string;
  kind: NoticeKind;
  applicationId?: string | null;
  data?: Prisma.InputJsonValue;
}

export interface Notifier {
  notify(options: { tx: Prisma.TransactionClient; notice: NoticeInput }): Promise<void>;
}

export const inAppNotifier: Notifier = {
  async notify({ tx, notice }) {
    await tx.notice.create({
      data: { userId: notice.userId, kind: notice.kind, applicationId: notice.applicationId ?? null, data: notice.data },
    });
  },
};

/** The notifier the portal uses. */
export function getNotifier(): Notifier {
  return inAppNotifier;
}

/**
 * A channel that reaches the person themselves outside the portal (SMS to the phone on record, e-mail),
 * which is what an online password reset needs to prove who is asking. None is configured in this
 * portal, so this answers null and the "forgot password" page sends residents to the counter
 * (docs/decisions/0240). A deployment that contracts an SMS gateway adds it here; nothing may stand in
 * for one (a code shown on screen or written to the inbox proves nothing).
 */
export interface PersonalChannel {
  kind: "sms" | "email";
}

export function personalChannel(): PersonalChannel | null {
  return null;
}
