// The one permissions table. Names are verb:entity:scope; scope says which rows a holder may
// touch: own (their own records), station (their police station), jurisdiction (their subtree),
// any. Pages, server actions and API routes all ask `can` / `requirePermission`; nobody
// compares role strings inline.

export const ROLES = ["APPLICANT", "CLERK", "SUPERVISOR", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = {
  APPLICANT: [
    "read:application:own",
    "create:application:own",
    "withdraw:application:own",
    "answer:application:own",
    "rate:application:own",
    "read:notice:own",
    "read:certificate:own",
    "read:household:own",
    "read:permit:own",
    "read:person:own",
  ],
  CLERK: [
    "read:application:station",
    "take:application:station",
    "decide:application:station",
    "request:materials:station",
    "reassign:application:station",
    "reveal:person:station",
    "read:notice:own",
    "read:certificate:station",
    "read:household:station",
    "update:registry:station",
    "read:permit:station",
    "issue:permit:station",
    "endorse:permit:station",
    "read:person:station",
    // The counter reset of a forgotten password: any APPLICANT account — residents go to whichever
    // station's 户籍窗口 is near, where the officer checks the ID card in person — never a staff account
    // (lib/auth/counter-reset.ts refuses those). The one clerk permission not bound to the station.
    "reset:password:any",
  ],
  SUPERVISOR: [
    "read:application:jurisdiction",
    "read:household:jurisdiction",
    "read:permit:jurisdiction",
    // The certificates of the subtree's cases: a supervisor watching the handling reads what was issued;
    // each download is audited (lib/certificates/read-certificate.ts, decision record 0252).
    "read:certificate:jurisdiction",
    "read:stats:jurisdiction",
    "reassign:application:jurisdiction",
    "flag:application:jurisdiction",
    // 差评整改回访: close a poor rating's follow-up of a station in the subtree (lib/applications/rating-follow-ups.ts).
    "close:followup:jurisdiction",
  ],
  // manage:reference:any — statistics, targets, assessment inputs and the holiday calendar (lib/reference).
  ADMIN: ["manage:user:any", "manage:jurisdiction:any", "read:audit:any", "read:stats:any", "manage:reference:any"],
} as const satisfies Record<Role, readonly string[]>;

export type Permission = (typeof PERMISSIONS)[Role][number];

export interface Actor {
  id: string;
  role: Role;
  displayName: string;
  stationId: string | null;
  jurisdictionId: string | null;
  /** Materialised path of the actor's station or jurisdiction, for subtree checks. */
  scopePath: string | null;
  personId: string | null;
  /**
   * Applicants: a clerk has checked the original ID card (User.identityVerifiedAt), in person at the counter
   * or at the case's first visit. Until then the account's link to a registry person is a claim, not a
   * proof: nothing keyed on personId is theirs (lib/auth/scope.ts, docs/decisions/0257). Absent = not verified.
   */
  identityVerified?: boolean;
}

export function can(actor: Actor | null | undefined, permission: Permission): boolean {
  if (!actor) return false;
  return (PERMISSIONS[actor.role] as readonly string[]).includes(permission);
}

export class UnauthenticatedError extends Error {
  constructor() {
    super("UNAUTHENTICATED");
    this.name = "UnauthenticatedError";
  }
}

export class ForbiddenError extends Error {
  constructor(readonly permission: string) {
    super("FORBIDDEN");
    this.name = "ForbiddenError";
  }
}

/** Throws unless the actor is signed in and holds the permission. */
export function requirePermission(actor: Actor | null | undefined, permission: Permission): Actor {
  if (!actor) throw new UnauthenticatedError();
  if (!can(actor, permission)) throw new ForbiddenError(permission);
  return actor;
}

/** The home page of each role. */
export const ROLE_HOME: Record<Role, string> = {
  APPLICANT: "/me",
  CLERK: "/workbench",
  SUPERVISOR: "/supervision",
  ADMIN: "/admin",
};
