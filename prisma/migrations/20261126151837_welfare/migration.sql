-- CreateTable
CREATE TABLE "WelfareQuota" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "countyId" TEXT NOT NULL,
    "total" INTEGER NOT NULL,
    "basis" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    "updatedByName" TEXT NOT NULL,
    CONSTRAINT "WelfareQuota_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "WelfareQuotaShare" (
    "quotaId" TEXT NOT NULL,
    "communityId" TEXT NOT NULL,
    "posts" INTEGER NOT NULL,

    PRIMARY KEY ("quotaId", "communityId"),
    CONSTRAINT "WelfareQuotaShare_quotaId_fkey" FOREIGN KEY ("quotaId") REFERENCES "WelfareQuota" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "WelfareQuotaShare_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "WelfarePost" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "communityId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "duties" TEXT,
    "monthlySubsidy" INTEGER NOT NULL,
    "hours" TEXT NOT NULL,
    "openedOn" TEXT NOT NULL,
    "closedOn" TEXT,
    "closeReason" TEXT,
    "isSample" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL,
    "createdByName" TEXT NOT NULL,
    CONSTRAINT "WelfarePost_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "WelfareAppointment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "communityId" TEXT NOT NULL,
    "disclosureId" TEXT NOT NULL,
    "noticeFrom" TEXT NOT NULL,
    "noticeUntil" TEXT NOT NULL,
    "startsOn" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "createdByName" TEXT NOT NULL,
    CONSTRAINT "WelfareAppointment_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "WelfareAppointment_disclosureId_fkey" FOREIGN KEY ("disclosureId") REFERENCES "Disclosure" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "WelfareTenure" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "postId" TEXT NOT NULL,
    "appointmentId" TEXT NOT NULL,
    "holderName" TEXT NOT NULL,
    "holderKey" TEXT NOT NULL,
    "startsOn" TEXT NOT NULL,
    "endedOn" TEXT,
    "exitReason" TEXT,
    "exitNote" TEXT,
    "endedAt" DATETIME,
    "endedByName" TEXT,
    CONSTRAINT "WelfareTenure_postId_fkey" FOREIGN KEY ("postId") REFERENCES "WelfarePost" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "WelfareTenure_appointmentId_fkey" FOREIGN KEY ("appointmentId") REFERENCES "WelfareAppointment" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "WelfareSubsidyPayment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "communityId" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "holders" INTEGER NOT NULL,
    "total" INTEGER NOT NULL,
    "paidOn" TEXT NOT NULL,
    "disclosureId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "createdByName" TEXT NOT NULL,
    CONSTRAINT "WelfareSubsidyPayment_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "WelfareSubsidyPayment_disclosureId_fkey" FOREIGN KEY ("disclosureId") REFERENCES "Disclosure" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "WelfareVacancyLink" (
    "postId" TEXT NOT NULL,
    "jobPostingId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,

    PRIMARY KEY ("postId", "jobPostingId"),
    CONSTRAINT "WelfareVacancyLink_postId_fkey" FOREIGN KEY ("postId") REFERENCES "WelfarePost" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "WelfareVacancyLink_jobPostingId_fkey" FOREIGN KEY ("jobPostingId") REFERENCES "JobPosting" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "WelfareQuota_countyId_key" ON "WelfareQuota"("countyId");

-- CreateIndex
CREATE UNIQUE INDEX "WelfareQuotaShare_communityId_key" ON "WelfareQuotaShare"("communityId");

-- CreateIndex
CREATE UNIQUE INDEX "WelfarePost_code_key" ON "WelfarePost"("code");

-- CreateIndex
CREATE INDEX "WelfarePost_communityId_idx" ON "WelfarePost"("communityId");

-- CreateIndex
CREATE UNIQUE INDEX "WelfareAppointment_disclosureId_key" ON "WelfareAppointment"("disclosureId");

-- CreateIndex
CREATE INDEX "WelfareAppointment_communityId_idx" ON "WelfareAppointment"("communityId");

-- CreateIndex
CREATE INDEX "WelfareTenure_postId_idx" ON "WelfareTenure"("postId");

-- CreateIndex
CREATE INDEX "WelfareTenure_holderKey_idx" ON "WelfareTenure"("holderKey");

-- CreateIndex
CREATE INDEX "WelfareTenure_appointmentId_idx" ON "WelfareTenure"("appointmentId");

-- CreateIndex
CREATE UNIQUE INDEX "WelfareSubsidyPayment_disclosureId_key" ON "WelfareSubsidyPayment"("disclosureId");

-- CreateIndex
CREATE UNIQUE INDEX "WelfareSubsidyPayment_communityId_month_key" ON "WelfareSubsidyPayment"("communityId", "month");

-- CreateIndex
CREATE INDEX "WelfareVacancyLink_jobPostingId_idx" ON "WelfareVacancyLink"("jobPostingId");
