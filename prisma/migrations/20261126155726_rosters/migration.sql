-- CreateTable
CREATE TABLE "PersonPhoto" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "communityId" TEXT NOT NULL,
    "altText" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "data" BLOB NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "createdByName" TEXT NOT NULL,
    CONSTRAINT "PersonPhoto_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Grid" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "communityId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "area" TEXT NOT NULL,
    "residentsGroups" INTEGER NOT NULL,
    "households" INTEGER NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL,
    "createdByName" TEXT NOT NULL,
    CONSTRAINT "Grid_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Building" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "communityId" TEXT NOT NULL,
    "gridId" TEXT,
    "name" TEXT NOT NULL,
    "households" INTEGER,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL,
    "createdByName" TEXT NOT NULL,
    CONSTRAINT "Building_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Building_gridId_fkey" FOREIGN KEY ("gridId") REFERENCES "Grid" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StaffPosting" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "communityId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "gridId" TEXT,
    "buildingId" TEXT,
    "name" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "duties" TEXT NOT NULL,
    "publicPhone" TEXT,
    "counter" TEXT,
    "photoId" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "startedOn" TEXT NOT NULL,
    "endedOn" TEXT,
    "endReason" TEXT,
    "createdAt" DATETIME NOT NULL,
    "createdByName" TEXT NOT NULL,
    CONSTRAINT "StaffPosting_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "StaffPosting_gridId_fkey" FOREIGN KEY ("gridId") REFERENCES "Grid" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "StaffPosting_buildingId_fkey" FOREIGN KEY ("buildingId") REFERENCES "Building" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "StaffPosting_photoId_fkey" FOREIGN KEY ("photoId") REFERENCES "PersonPhoto" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RosterNotice" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "communityId" TEXT NOT NULL,
    "asOf" TEXT NOT NULL,
    "disclosureId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "RosterNotice_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "RosterNotice_disclosureId_fkey" FOREIGN KEY ("disclosureId") REFERENCES "Disclosure" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

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
    "photoId" TEXT,
    "endReason" TEXT,
    "correctsId" TEXT,
    "correctionReason" TEXT,
    CONSTRAINT "MemberPosting_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "MemberPosting_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "MemberPosting_photoId_fkey" FOREIGN KEY ("photoId") REFERENCES "PersonPhoto" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "MemberPosting_correctsId_fkey" FOREIGN KEY ("correctsId") REFERENCES "MemberPosting" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_MemberPosting" ("duties", "endedOn", "id", "name", "organizationId", "publicPhone", "role", "sortOrder", "startedOn", "userId") SELECT "duties", "endedOn", "id", "name", "organizationId", "publicPhone", "role", "sortOrder", "startedOn", "userId" FROM "MemberPosting";
DROP TABLE "MemberPosting";
ALTER TABLE "new_MemberPosting" RENAME TO "MemberPosting";
CREATE UNIQUE INDEX "MemberPosting_correctsId_key" ON "MemberPosting"("correctsId");
CREATE INDEX "MemberPosting_organizationId_idx" ON "MemberPosting"("organizationId");
CREATE INDEX "MemberPosting_userId_idx" ON "MemberPosting"("userId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "PersonPhoto_communityId_idx" ON "PersonPhoto"("communityId");

-- CreateIndex
CREATE UNIQUE INDEX "Grid_communityId_name_key" ON "Grid"("communityId", "name");

-- CreateIndex
CREATE INDEX "Building_gridId_idx" ON "Building"("gridId");

-- CreateIndex
CREATE UNIQUE INDEX "Building_communityId_name_key" ON "Building"("communityId", "name");

-- CreateIndex
CREATE INDEX "StaffPosting_communityId_idx" ON "StaffPosting"("communityId");

-- CreateIndex
CREATE INDEX "StaffPosting_gridId_idx" ON "StaffPosting"("gridId");

-- CreateIndex
CREATE INDEX "StaffPosting_buildingId_idx" ON "StaffPosting"("buildingId");

-- CreateIndex
CREATE UNIQUE INDEX "RosterNotice_disclosureId_key" ON "RosterNotice"("disclosureId");

-- CreateIndex
CREATE INDEX "RosterNotice_communityId_idx" ON "RosterNotice"("communityId");
