-- CreateTable
CREATE TABLE "PartyMeeting" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "communityId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "heldOn" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "members" INTEGER NOT NULL,
    "present" INTEGER NOT NULL,
    "summary" TEXT NOT NULL,
    "recordedAt" DATETIME NOT NULL,
    "recordedByName" TEXT NOT NULL,
    "correctsId" TEXT,
    "correctionReason" TEXT,
    "disclosureId" TEXT NOT NULL,
    "isSample" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "PartyMeeting_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "PartyMeeting_correctsId_fkey" FOREIGN KEY ("correctsId") REFERENCES "PartyMeeting" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "PartyMeeting_disclosureId_fkey" FOREIGN KEY ("disclosureId") REFERENCES "Disclosure" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PartyDevelopmentNotice" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "communityId" TEXT NOT NULL,
    "stage" TEXT NOT NULL,
    "opensOn" TEXT NOT NULL,
    "closesOn" TEXT NOT NULL,
    "workingDays" INTEGER NOT NULL,
    "contact" TEXT NOT NULL,
    "publishedAt" DATETIME NOT NULL,
    "publishedByName" TEXT NOT NULL,
    "disclosureId" TEXT NOT NULL,
    "isSample" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "PartyDevelopmentNotice_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "PartyDevelopmentNotice_disclosureId_fkey" FOREIGN KEY ("disclosureId") REFERENCES "Disclosure" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PartyDevelopmentCandidate" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "noticeId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "gender" TEXT NOT NULL,
    "birthYear" INTEGER NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    CONSTRAINT "PartyDevelopmentCandidate_noticeId_fkey" FOREIGN KEY ("noticeId") REFERENCES "PartyDevelopmentNotice" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PartyAppraisal" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "communityId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "participants" INTEGER NOT NULL,
    "excellent" INTEGER NOT NULL,
    "qualified" INTEGER NOT NULL,
    "basicallyQualified" INTEGER NOT NULL,
    "unqualified" INTEGER NOT NULL,
    "recordedAt" DATETIME NOT NULL,
    "recordedByName" TEXT NOT NULL,
    "correctsId" TEXT,
    "correctionReason" TEXT,
    "disclosureId" TEXT NOT NULL,
    "isSample" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "PartyAppraisal_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "PartyAppraisal_correctsId_fkey" FOREIGN KEY ("correctsId") REFERENCES "PartyAppraisal" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "PartyAppraisal_disclosureId_fkey" FOREIGN KEY ("disclosureId") REFERENCES "Disclosure" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PartyFeeMonth" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "communityId" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "payers" INTEGER NOT NULL,
    "members" INTEGER NOT NULL,
    "recordedAt" DATETIME NOT NULL,
    "disclosureId" TEXT NOT NULL,
    "isSample" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "PartyFeeMonth_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "PartyFeeMonth_disclosureId_fkey" FOREIGN KEY ("disclosureId") REFERENCES "Disclosure" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "PartyMeeting_correctsId_key" ON "PartyMeeting"("correctsId");

-- CreateIndex
CREATE UNIQUE INDEX "PartyMeeting_disclosureId_key" ON "PartyMeeting"("disclosureId");

-- CreateIndex
CREATE INDEX "PartyMeeting_communityId_heldOn_idx" ON "PartyMeeting"("communityId", "heldOn");

-- CreateIndex
CREATE UNIQUE INDEX "PartyDevelopmentNotice_disclosureId_key" ON "PartyDevelopmentNotice"("disclosureId");

-- CreateIndex
CREATE INDEX "PartyDevelopmentNotice_communityId_opensOn_idx" ON "PartyDevelopmentNotice"("communityId", "opensOn");

-- CreateIndex
CREATE INDEX "PartyDevelopmentCandidate_noticeId_idx" ON "PartyDevelopmentCandidate"("noticeId");

-- CreateIndex
CREATE UNIQUE INDEX "PartyAppraisal_correctsId_key" ON "PartyAppraisal"("correctsId");

-- CreateIndex
CREATE UNIQUE INDEX "PartyAppraisal_disclosureId_key" ON "PartyAppraisal"("disclosureId");

-- CreateIndex
CREATE INDEX "PartyAppraisal_communityId_year_idx" ON "PartyAppraisal"("communityId", "year");

-- CreateIndex
CREATE INDEX "PartyFeeMonth_disclosureId_idx" ON "PartyFeeMonth"("disclosureId");

-- CreateIndex
CREATE UNIQUE INDEX "PartyFeeMonth_communityId_month_key" ON "PartyFeeMonth"("communityId", "month");
