// The one PrismaClient of the app. Created lazily so that importing modules (and `next build`)
// needs no database; reused across hot reloads in development.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseUrl } from "@/lib/db/connection";

const globalForPrisma = globalThis as unknown as { __hukouPrisma?: PrismaClient };

export function createPrismaClient(url: string = databaseUrl()): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 10 }) });
}

export function getDb(): PrismaClient {
  globalForPrisma.__hukouPrisma ??= createPrismaClient();
  return globalForPrisma.__hukouPrisma;
}

export type Db = PrismaClient;
export type { Prisma } from "@/lib/generated/prisma/client";
