-- CreateTable
CREATE TABLE "SignInThrottle" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "SignInThrottle_pkey" PRIMARY KEY ("key")
);
