import { createPrismaClient } from "../../lib/db";
import { buildDemoPlan, seedDemoData, type SeedSummary } from "../../prisma/seed";
import { recordMissingSettlements } from "../../lib/stats/settlement-records";

/** Loads the demo data into the database at `url` with a client of its own; seed warnings go to stderr. */
export async function seedDatabase(url: string): Promise<SeedSummary> {
  const prisma = createPrismaClient(url);
  try {
    return await seedDemoData({ db: prisma, log: (line) => line.startsWith("seed warning") && console.warn(line) });
  } finally {
    await prisma.$disconnect();
  }
}

/** Settlement records for approvals that have none (lib/stats/settlement-records.ts): the persons recorded. */
export async function recordEarlierSettlements(url: string): Promise<number> {
  const prisma = createPrismaClient(url);
  try {
    return await recordMissingSettlements({ db: prisma });
  } finally {
    await prisma.$disconnect();
  }
}

/** How many of the demo data's accounts (all with the public demo password) are active in the database at `url`. */
export async function activeDemoAccounts(url: string): Promise<number> {
  const usernames = buildDemoPlan({ warn: () => {} }).users.map((u) => u.username);
  const prisma = createPrismaClient(url);
  try {
    // Marked by the seed (User.demo), or by a username of the demo made before the mark existed.
    return await prisma.user.count({ where: { active: true, OR: [{ demo: true }, { username: { in: usernames } }] } });
  } finally {
    await prisma.$disconnect();
  }
}
