-- CreateTable
CREATE TABLE "OriginVillage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "township" TEXT NOT NULL,
    "county" TEXT NOT NULL,
    "province" TEXT NOT NULL,
    "countyId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "isSample" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "OriginVillage_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AssistanceList" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "communityId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "approvingAuthority" TEXT NOT NULL,
    "basis" TEXT NOT NULL,
    "windowStartsOn" TEXT NOT NULL,
    "windowDays" INTEGER NOT NULL,
    "disclosureId" TEXT NOT NULL,
    "correctsId" TEXT,
    "correctionReason" TEXT,
    "createdAt" DATETIME NOT NULL,
    "createdByName" TEXT NOT NULL,
    "isSample" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "AssistanceList_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "AssistanceList_disclosureId_fkey" FOREIGN KEY ("disclosureId") REFERENCES "Disclosure" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "AssistanceList_correctsId_fkey" FOREIGN KEY ("correctsId") REFERENCES "AssistanceList" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AssistanceRow" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "listId" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,
    "recipientName" TEXT NOT NULL,
    "villageId" TEXT NOT NULL,
    "residentGroup" TEXT NOT NULL,
    "householdSize" INTEGER NOT NULL,
    "amount" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    CONSTRAINT "AssistanceRow_listId_fkey" FOREIGN KEY ("listId") REFERENCES "AssistanceList" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "AssistanceRow_villageId_fkey" FOREIGN KEY ("villageId") REFERENCES "OriginVillage" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "OriginVillage_code_key" ON "OriginVillage"("code");

-- CreateIndex
CREATE INDEX "OriginVillage_countyId_idx" ON "OriginVillage"("countyId");

-- CreateIndex
CREATE UNIQUE INDEX "AssistanceList_disclosureId_key" ON "AssistanceList"("disclosureId");

-- CreateIndex
CREATE UNIQUE INDEX "AssistanceList_correctsId_key" ON "AssistanceList"("correctsId");

-- CreateIndex
CREATE INDEX "AssistanceList_communityId_period_idx" ON "AssistanceList"("communityId", "period");

-- CreateIndex
CREATE INDEX "AssistanceRow_listId_idx" ON "AssistanceRow"("listId");

-- CreateIndex
CREATE INDEX "AssistanceRow_villageId_idx" ON "AssistanceRow"("villageId");
