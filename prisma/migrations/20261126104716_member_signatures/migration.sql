-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_FinancePeriod" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "communityId" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "openingBalance" INTEGER NOT NULL,
    "incomeTotal" INTEGER,
    "expenseTotal" INTEGER,
    "closingBalance" INTEGER,
    "openedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submittedAt" DATETIME,
    "submittedByName" TEXT,
    "reviewedAt" DATETIME,
    "opinion" TEXT,
    "opinionText" TEXT,
    "reviewedByName" TEXT,
    "publishedAt" DATETIME,
    "publisherName" TEXT,
    "canonicalFormat" TEXT NOT NULL DEFAULT 'sunboard.finance-period.v1',
    "chainHash" TEXT,
    "previousHash" TEXT,
    "disclosureId" TEXT,
    CONSTRAINT "FinancePeriod_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "FinancePeriod_disclosureId_fkey" FOREIGN KEY ("disclosureId") REFERENCES "Disclosure" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_FinancePeriod" ("chainHash", "closingBalance", "communityId", "disclosureId", "expenseTotal", "id", "incomeTotal", "month", "openedAt", "openingBalance", "opinion", "opinionText", "previousHash", "publishedAt", "publisherName", "reviewedAt", "reviewedByName", "status", "submittedAt", "submittedByName") SELECT "chainHash", "closingBalance", "communityId", "disclosureId", "expenseTotal", "id", "incomeTotal", "month", "openedAt", "openingBalance", "opinion", "opinionText", "previousHash", "publishedAt", "publisherName", "reviewedAt", "reviewedByName", "status", "submittedAt", "submittedByName" FROM "FinancePeriod";
DROP TABLE "FinancePeriod";
ALTER TABLE "new_FinancePeriod" RENAME TO "FinancePeriod";
CREATE UNIQUE INDEX "FinancePeriod_disclosureId_key" ON "FinancePeriod"("disclosureId");
CREATE UNIQUE INDEX "FinancePeriod_communityId_month_key" ON "FinancePeriod"("communityId", "month");
CREATE TABLE "new_MemberPosting" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "duties" TEXT NOT NULL,
    "publicPhone" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "userId" TEXT,
    CONSTRAINT "MemberPosting_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "MemberPosting_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_MemberPosting" ("duties", "id", "name", "organizationId", "publicPhone", "role", "sortOrder") SELECT "duties", "id", "name", "organizationId", "publicPhone", "role", "sortOrder" FROM "MemberPosting";
DROP TABLE "MemberPosting";
ALTER TABLE "new_MemberPosting" RENAME TO "MemberPosting";
CREATE UNIQUE INDEX "MemberPosting_userId_key" ON "MemberPosting"("userId");
CREATE INDEX "MemberPosting_organizationId_idx" ON "MemberPosting"("organizationId");
CREATE TABLE "new_ReviewSignature" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "periodId" TEXT NOT NULL,
    "postingId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "userId" TEXT,
    "signedAt" DATETIME,
    "opinion" TEXT,
    "opinionText" TEXT,
    CONSTRAINT "ReviewSignature_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "FinancePeriod" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ReviewSignature_postingId_fkey" FOREIGN KEY ("postingId") REFERENCES "MemberPosting" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ReviewSignature_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_ReviewSignature" ("id", "name", "periodId", "postingId", "role") SELECT "id", "name", "periodId", "postingId", "role" FROM "ReviewSignature";
DROP TABLE "ReviewSignature";
ALTER TABLE "new_ReviewSignature" RENAME TO "ReviewSignature";
CREATE UNIQUE INDEX "ReviewSignature_periodId_postingId_key" ON "ReviewSignature"("periodId", "postingId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
