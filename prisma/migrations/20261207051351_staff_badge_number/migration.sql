-- AlterTable
ALTER TABLE "User" ADD COLUMN     "badgeNumber" VARCHAR(6);

-- CreateIndex
CREATE UNIQUE INDEX "User_badgeNumber_key" ON "User"("badgeNumber");
