import { createPrismaClient } from "@/lib/db";
import { calendarPeriod } from "@/lib/stats/period";
import { stationHealth } from "@/lib/stats/station-health";
import { listSupervisionCases } from "@/lib/stats/supervision-cases";
import { exportCases } from "@/lib/stats/supervision-export";
import { translator } from "@/lib/i18n";
async function main() {
  const prisma = createPrismaClient(process.env.U!);
  const sup = await prisma.user.findUniqueOrThrow({ where: { username: "bench-supervisor" }, include: { jurisdiction: true } });
  const actor = { id: sup.id, role: "SUPERVISOR" as const, displayName: "x", stationId: null, jurisdictionId: sup.jurisdictionId, scopePath: sup.jurisdiction!.path, personId: null };
  const now = new Date(); const year = calendarPeriod({ kind: "year", today: "2026-12-01" }); const month = calendarPeriod({ kind: "month", today: "2026-12-01" });
  const t = async (name: string, f: () => Promise<unknown>) => { const xs = []; for (let i = 0; i < 6; i++) { const t0 = performance.now(); await f(); xs.push(Math.round(performance.now() - t0)); } console.log(name, xs.join(" ")); };
  await t("healthYear", () => stationHealth({ db: prisma, actor, period: year, now }));
  await t("healthMonth", () => stationHealth({ db: prisma, actor, period: month, now }));
  await t("against", () => listSupervisionCases({ db: prisma, actor, filter: { decided: "against" }, period: year, now, pageSize: 5 }));
  await t("refused", () => listSupervisionCases({ db: prisma, actor, filter: { decided: "refused" }, period: year, now, pageSize: 5 }));
  await t("overdue", () => listSupervisionCases({ db: prisma, actor, filter: { overdue: "1" }, period: month, now }));
  await t("export5000", () => exportCases({ db: prisma, actor, filter: { decided: "all" }, period: year, now, t: translator("zh-CN"), english: false, limit: 5000 }));
  await prisma.$disconnect();
}
main();
