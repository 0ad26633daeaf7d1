import { createPrismaClient } from "../../lib/db";
import { seedDemoData, type SeedSummary } from "../../prisma/seed";

/** Loads the demo data into the database at `url` with a client of its own; seed warnings go to stderr. */
export async function seedDatabase(url: string): Promise<SeedSummary> {
  const prisma = createPrismaClient(url);
  try {
    return await seedDemoData({ db: prisma, log: (line) => line.startsWith("seed warning") && console.warn(line) });
  } finally {
    await prisma.$disconnect();
  }
}
