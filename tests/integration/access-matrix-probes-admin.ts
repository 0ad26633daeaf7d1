// The matrix's probes of the admin's domain functions (accounts, units, reference data) and of the
// counter reset: each acts on a fresh target of its own (access-matrix-actions-context.ts).
import { randomUUID } from "node:crypto";
import { createStaffUser } from "@/lib/admin/create-user";
import { deactivateUser, editStaffUser, forcePasswordReset, reactivateUser, unlockUser } from "@/lib/admin/change-user";
import { updateUnit } from "@/lib/admin/units";
import { deleteCalendarDay, saveAssessmentInput, saveCalendarDay, savePopulationStat, saveTarget } from "@/lib/reference/save-reference";
import { resetApplicantPassword } from "@/lib/auth/counter-reset";
import { registeredApplicant } from "./apply-fixtures";
import { makeClerk } from "@/tests/factories/staff";
import { makeUnit } from "@/tests/factories/units";
import { db, place } from "./access-matrix-actions-context";
import type { Probe } from "./access-matrix-actions-context";

/** A county of its own per attempt, so a reference row the call would write cannot already be there. */
const freshCounty = () =>
  makeUnit(db, place.city, { code: `am-county-${randomUUID().slice(0, 8)}`, name: "测试县", level: "COUNTY", area: "CENTRAL_URBAN" });
/** A calendar day nobody else uses: far in the future, one further per attempt. */
let calendarDays = 0;
const calendarBase = Date.UTC(2100, 0, 1) + Math.floor(Math.random() * 20_000) * 86_400_000;
const freshDate = () => new Date(calendarBase + calendarDays++ * 86_400_000).toISOString().slice(0, 10);
const calendarRow = (date: string) => db.calendarDay.findUnique({ where: { date: new Date(`${date}T00:00:00Z`) } });

export const ADMIN_PROBES: Record<string, Probe> = {
  // The admin's actions act on any account or unit ("any" scope): the admin passes, everyone else is refused.
  // An empty form is a typed refusal of the domain (ok: false), which still means the permission let it in.
  createStaffUser: async () => ({
    id: "",
    act: (actor) =>
      createStaffUser({
        db,
        actor,
        input: {
          username: `am-new-${randomUUID().slice(0, 6)}`,
          displayName: "新民警",
          role: "CLERK",
          stationCode: place.station.code,
        } as never,
      }),
  }),
  editStaffUser: async () => {
    const target = await makeClerk(db, place.station.id);
    return { id: "", act: (actor) => editStaffUser({ db, actor, userId: target.id, input: { displayName: "改名" } }) };
  },
  deactivateUser: async () => {
    const target = await makeClerk(db, place.station.id);
    return { id: "", act: (actor) => deactivateUser({ db, actor, userId: target.id }) };
  },
  reactivateUser: async () => {
    const target = await makeClerk(db, place.station.id);
    await db.user.update({ where: { id: target.id }, data: { active: false } });
    return { id: "", act: (actor) => reactivateUser({ db, actor, userId: target.id }) };
  },
  unlockUser: async () => {
    const target = await makeClerk(db, place.station.id);
    return { id: "", act: (actor) => unlockUser({ db, actor, userId: target.id }) };
  },
  forcePasswordReset: async () => {
    const target = await makeClerk(db, place.station.id);
    return { id: "", act: (actor) => forcePasswordReset({ db, actor, userId: target.id, issuePassword: true }) };
  },
  // The counter reset: a fresh resident per attempt, the name as on the card, the box ticked.
  resetApplicantPassword: async () => {
    const resident = await registeredApplicant(db);
    const { username } = await db.user.findUniqueOrThrow({ where: { id: resident.id } });
    return {
      id: "",
      act: (actor) =>
        resetApplicantPassword({ db, actor, input: { account: username, name: resident.displayName, identityChecked: "on" } }),
    };
  },
  updateUnit: async () => ({
    id: "",
    act: (actor) =>
      updateUnit({
        db,
        actor,
        unitId: place.station.id,
        input: {
          name: place.station.name,
          nameEn: "",
          area: "CENTRAL_URBAN",
          expectedName: place.station.name,
          expectedNameEn: "",
          expectedArea: "CENTRAL_URBAN",
        },
      }),
  }),
  // Reference data is the admin's alone (manage:reference:any); a valid form, so "ok" means it was saved.
  savePopulationStat: async () => {
    const unit = await freshCounty();
    return {
      id: "",
      act: (actor) =>
        savePopulationStat({
          db,
          actor,
          input: { unitId: unit.id, year: 2024, residentTotal: 1000, residentUrban: 600, source: "测试统计公报" },
        }),
      written: () => db.populationStat.findMany({ where: { unitId: unit.id } }),
    };
  },
  saveTarget: async () => {
    const unit = await freshCounty();
    const input = {
      unitId: unit.id,
      metric: "SETTLEMENTS",
      fromYear: 2021,
      toYear: 2025,
      value: 100,
      baseYear: null,
      sourceDocument: "测试文件",
      sourceClause: "三(一)",
      note: null,
    };
    return {
      id: "",
      act: (actor) => saveTarget({ db, actor, input }),
      written: () => db.reformTarget.findMany({ where: { unitId: unit.id } }),
    };
  },
  saveAssessmentInput: async () => {
    const unit = await freshCounty();
    const input = {
      unitId: unit.id,
      year: 2018,
      requiredIncrease: 1.5,
      hukouTotalPrev: null,
      hukouUrbanPrev: null,
      hukouTotal: null,
      hukouUrban: null,
      agriTransferSettlements: null,
      otherSettlements: null,
      urbanIncreaseTotal: null,
      relocatedSettled: null,
      relocatedMovedIn: null,
      source: "测试附件1",
    };
    return {
      id: "",
      act: (actor) => saveAssessmentInput({ db, actor, input }),
      written: () => db.assessmentInput.findMany({ where: { unitId: unit.id } }),
    };
  },
  saveCalendarDay: async () => {
    const date = freshDate();
    return {
      id: "",
      act: (actor) => saveCalendarDay({ db, actor, input: { date, kind: "HOLIDAY", name: "测试假日", source: "测试通知" } }),
      written: () => calendarRow(date),
    };
  },
  deleteCalendarDay: async () => {
    const date = freshDate();
    await db.calendarDay.create({ data: { date: new Date(`${date}T00:00:00Z`), kind: "HOLIDAY", name: "测试假日", source: "测试通知" } });
    return { id: "", act: (actor) => deleteCalendarDay({ db, actor, date }), written: () => calendarRow(date) };
  },
};
