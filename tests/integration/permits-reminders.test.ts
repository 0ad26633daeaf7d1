// sendEndorsementReminders: one "endorsement_due" notice per permit per endorsement window (the month
// before validUntil), however often it runs; a new window (after endorsement) gets a new one.
import { describe, expect, it } from "vitest";
import { useTestDb } from "@/tests/factories/use-test-db";
import { sendEndorsementReminders } from "@/lib/permits/endorsement-reminders";
import { makePerson } from "@/tests/factories/people";
import { makeActor, makePermit, makeStation } from "./certificate-fixtures";

const db = useTestDb();

describe("sendEndorsementReminders", () => {
  it("reminds once per window, only for VALID permits inside it", async () => {
    const station = await makeStation(db);
    const holder = await makePerson(db, { name: "郑一", region: "431002", birthDate: "1990-01-01" });
    const account = await makeActor(db, { role: "APPLICANT", personId: holder.id });
    const inWindow = await makePermit(db, { holderId: holder.id, stationId: station.id, validUntil: "2001-04-05" });
    const tooEarly = await makePermit(db, { holderId: holder.id, stationId: station.id, validUntil: "2001-04-20" });
    const suspended = await makePermit(db, { holderId: holder.id, stationId: station.id, validUntil: "2001-03-20", status: "SUSPENDED" });

    await sendEndorsementReminders({ db, today: "2001-03-10" });
    await sendEndorsementReminders({ db, today: "2001-03-10" });
    await sendEndorsementReminders({ db, today: "2001-03-25" }); // tooEarly's window has opened by now

    const notices = await db.notice.findMany({ where: { userId: account.id, kind: "endorsement_due" }, orderBy: { createdAt: "asc" } });
    const about = (id: string) => notices.filter((n) => (n.data as { permitId?: string }).permitId === id);
    expect(about(inWindow.id)).toHaveLength(1);
    expect(about(inWindow.id)[0].data).toEqual({ permitId: inWindow.id, permitNumber: inWindow.number, validUntil: "2001-04-05" });
    expect(about(tooEarly.id)).toHaveLength(1);
    expect(about(suspended.id)).toHaveLength(0);

    // Endorsed on time: the permit runs another year and the next window brings one new reminder.
    await db.residencePermit.update({ where: { id: inWindow.id }, data: { validUntil: new Date("2002-04-05T00:00:00Z") } });
    await sendEndorsementReminders({ db, today: "2002-03-06" });
    await sendEndorsementReminders({ db, today: "2002-04-05" });
    expect(
      await db.notice.count({ where: { userId: account.id, kind: "endorsement_due", data: { path: ["permitId"], equals: inWindow.id } } }),
    ).toBe(2);
  });

  it("sends nothing to holders without an account", async () => {
    const station = await makeStation(db);
    const holder = await makePerson(db, { name: "王二", region: "431002", birthDate: "1990-01-01" });
    await makePermit(db, { holderId: holder.id, stationId: station.id, validUntil: "2001-08-05" });
    const before = await db.notice.count();
    await sendEndorsementReminders({ db, today: "2001-07-20" });
    expect(await db.notice.count()).toBe(before);
  });
});
