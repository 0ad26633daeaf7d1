import { describe, expect, it } from "vitest";
import {
  can,
  ForbiddenError,
  PERMISSIONS,
  requirePermission,
  ROLES,
  UnauthenticatedError,
  type Actor,
  type Permission,
  type Role,
} from "./permissions";
import { applicationScope } from "./scope";

function actor(role: Role, extra: Partial<Actor> = {}): Actor {
  return { id: "u1", role, displayName: "x", stationId: null, jurisdictionId: null, scopePath: null, personId: null, ...extra };
}

// The expected table, written out independently of PERMISSIONS so a change to either shows up.
const EXPECTED: Array<[Permission, Record<Role, boolean>]> = [
  ["read:application:own", { APPLICANT: true, CLERK: false, SUPERVISOR: false, ADMIN: false }],
  ["create:application:own", { APPLICANT: true, CLERK: false, SUPERVISOR: false, ADMIN: false }],
  ["read:application:station", { APPLICANT: false, CLERK: true, SUPERVISOR: false, ADMIN: false }],
  ["take:application:station", { APPLICANT: false, CLERK: true, SUPERVISOR: false, ADMIN: false }],
  ["decide:application:station", { APPLICANT: false, CLERK: true, SUPERVISOR: false, ADMIN: false }],
  ["update:registry:station", { APPLICANT: false, CLERK: true, SUPERVISOR: false, ADMIN: false }],
  ["read:application:jurisdiction", { APPLICANT: false, CLERK: false, SUPERVISOR: true, ADMIN: false }],
  ["read:stats:jurisdiction", { APPLICANT: false, CLERK: false, SUPERVISOR: true, ADMIN: false }],
  ["answer:application:own", { APPLICANT: true, CLERK: false, SUPERVISOR: false, ADMIN: false }],
  ["rate:application:own", { APPLICANT: true, CLERK: false, SUPERVISOR: false, ADMIN: false }],
  ["read:certificate:own", { APPLICANT: true, CLERK: false, SUPERVISOR: false, ADMIN: false }],
  ["request:materials:station", { APPLICANT: false, CLERK: true, SUPERVISOR: false, ADMIN: false }],
  ["reassign:application:station", { APPLICANT: false, CLERK: true, SUPERVISOR: false, ADMIN: false }],
  ["reveal:person:station", { APPLICANT: false, CLERK: true, SUPERVISOR: false, ADMIN: false }],
  ["read:certificate:station", { APPLICANT: false, CLERK: true, SUPERVISOR: false, ADMIN: false }],
  ["reassign:application:jurisdiction", { APPLICANT: false, CLERK: false, SUPERVISOR: true, ADMIN: false }],
  ["flag:application:jurisdiction", { APPLICANT: false, CLERK: false, SUPERVISOR: true, ADMIN: false }],
  ["read:certificate:jurisdiction", { APPLICANT: false, CLERK: false, SUPERVISOR: true, ADMIN: false }],
  ["close:followup:jurisdiction", { APPLICANT: false, CLERK: false, SUPERVISOR: true, ADMIN: false }],
  ["manage:user:any", { APPLICANT: false, CLERK: false, SUPERVISOR: false, ADMIN: true }],
  ["read:audit:any", { APPLICANT: false, CLERK: false, SUPERVISOR: false, ADMIN: true }],
  ["reset:password:any", { APPLICANT: false, CLERK: true, SUPERVISOR: false, ADMIN: false }],
];

describe("permissions table", () => {
  it.each(EXPECTED)("%s", (permission, byRole) => {
    for (const role of ROLES) expect(can(actor(role), permission), `${role} ${permission}`).toBe(byRole[role]);
  });

  it("names every permission verb:entity:scope with a known scope", () => {
    for (const role of ROLES) {
      for (const p of PERMISSIONS[role]) expect(p).toMatch(/^[a-z]+:[a-z]+:(own|station|jurisdiction|any)$/);
    }
  });

  it("gives no one a permission outside their scope kind", () => {
    const scopeOf = (p: string) => p.split(":")[2];
    expect(PERMISSIONS.APPLICANT.every((p) => scopeOf(p) === "own")).toBe(true);
    // A clerk's own inbox is the one "own" permission a clerk holds; the counter reset of a resident's
    // forgotten password the one "any" (applicant accounts only, the ID card checked in person: decision 0240).
    expect(PERMISSIONS.CLERK.every((p) => scopeOf(p) === "station" || p === "read:notice:own" || p === "reset:password:any")).toBe(true);
    expect(PERMISSIONS.SUPERVISOR.every((p) => scopeOf(p) === "jurisdiction")).toBe(true);
  });

  it("refuses the signed-out and the unauthorised with distinct errors", () => {
    expect(can(null, "read:application:own")).toBe(false);
    expect(() => requirePermission(null, "read:application:own")).toThrow(UnauthenticatedError);
    expect(() => requirePermission(actor("APPLICANT"), "decide:application:station")).toThrow(ForbiddenError);
    expect(requirePermission(actor("CLERK"), "decide:application:station").role).toBe("CLERK");
  });
});

describe("query scopes", () => {
  it("limits applicants to their own, clerks to their station, supervisors to their subtree — staff never to a draft", () => {
    expect(applicationScope(actor("APPLICANT", { id: "a" }))).toEqual({ applicantUserId: "a" });
    expect(applicationScope(actor("CLERK", { stationId: "s" }))).toEqual({ stationId: "s", NOT: { status: "DRAFT" } });
    expect(applicationScope(actor("SUPERVISOR", { scopePath: "/hunan/chenzhou/" }))).toEqual({
      station: { path: { startsWith: "/hunan/chenzhou/" } },
      NOT: { status: "DRAFT" },
    });
  });

  it("gives a clerk without a station, or an admin, nothing rather than everything", () => {
    expect(applicationScope(actor("CLERK"))).toEqual({ id: { in: [] } });
    expect(applicationScope(actor("ADMIN"))).toEqual({ id: { in: [] } });
  });
});
