-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_MemberPosting" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "duties" TEXT NOT NULL,
    "publicPhone" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "startedOn" TEXT NOT NULL,
    "endedOn" TEXT,
    "userId" TEXT,
    CONSTRAINT "MemberPosting_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "MemberPosting_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
-- Postings recorded before terms were kept started with their body's last election, or, when
-- that is unknown, on the day this migration ran.
INSERT INTO "new_MemberPosting" ("duties", "id", "name", "organizationId", "publicPhone", "role", "sortOrder", "userId", "startedOn")
SELECT p."duties", p."id", p."name", p."organizationId", p."publicPhone", p."role", p."sortOrder", p."userId",
       COALESCE(o."electedOn", date('now'))
FROM "MemberPosting" p JOIN "Organization" o ON o."id" = p."organizationId";
DROP TABLE "MemberPosting";
ALTER TABLE "new_MemberPosting" RENAME TO "MemberPosting";
CREATE INDEX "MemberPosting_organizationId_idx" ON "MemberPosting"("organizationId");
CREATE INDEX "MemberPosting_userId_idx" ON "MemberPosting"("userId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
